import type { ProgramCode } from "@allot/engine";

import {
  locateColumns,
  recordRows,
  rowCells,
  type ColumnSpec,
  type FileFormat,
  type FileProblem,
} from "./columns.js";
import { programCell } from "./programs.js";
import type { Table } from "./table.js";

/** One budget line as the district's budget file gives it; money in cents. */
export interface BudgetLineRecord {
  row: number;
  fiscalYear: number;
  program: ProgramCode;
  /** "1.3": need 1, action step 3 of that year's improvement plan. */
  actionStep: { need: number; step: number };
  /** Null for a district-level line. */
  ncesSchoolId: string | null;
  description: string;
  amountCents: number;
  accountCode: string | null;
  /** Function and object codes of the state's chart (checked against it by the import). */
  functionCode: string | null;
  objectCode: string | null;
}

type Field =
  | "fiscalYear"
  | "program"
  | "actionStep"
  | "ncesSchoolId"
  | "description"
  | "amountCents"
  | "accountCode"
  | "functionCode"
  | "objectCode";

const COLUMNS: ColumnSpec<Field>[] = [
  {
    field: "fiscalYear",
    header: "Fiscal Year",
    aliases: ["fiscalyear", "fy", "year"],
    required: true,
  },
  {
    field: "program",
    header: "Program",
    aliases: ["program", "fundingsource", "grant", "fund", "programname"],
    required: true,
  },
  {
    field: "actionStep",
    header: "Action Step",
    aliases: ["actionstep", "step", "planstep", "actionstepnumber"],
    required: true,
  },
  {
    field: "ncesSchoolId",
    header: "NCES School ID",
    aliases: ["ncesschoolid", "ncessch", "ncesid", "school"],
    required: false,
  },
  {
    field: "description",
    header: "Description",
    aliases: ["description", "item", "lineitem", "purpose"],
    required: true,
  },
  {
    field: "amountCents",
    header: "Amount",
    aliases: ["amount", "budget", "budgeted", "budgetamount"],
    required: true,
  },
  {
    field: "accountCode",
    header: "Account Code",
    aliases: ["accountcode", "account", "accountnumber", "chartofaccounts", "fundfunctionobject"],
    required: false,
  },
  {
    field: "functionCode",
    header: "Function",
    aliases: ["function", "functioncode", "func"],
    required: false,
  },
  {
    field: "objectCode",
    header: "Object",
    aliases: ["object", "objectcode", "obj"],
    required: false,
  },
];

/** What this reader takes (see FileFormat). */
export const BUDGET_LINES_FORMAT: FileFormat = { columns: COLUMNS };

/** What identifies a line across imports: a re-imported file updates these instead of adding. */
export function budgetLineKey(
  r: Pick<
    BudgetLineRecord,
    "fiscalYear" | "program" | "actionStep" | "ncesSchoolId" | "accountCode"
  >,
): string {
  return [
    r.fiscalYear,
    r.program,
    `${r.actionStep.need}.${r.actionStep.step}`,
    r.ncesSchoolId ?? "",
    r.accountCode ?? "",
  ].join("|");
}

/**
 * Budget lines: which program pays how much for which action step, at which school. A line is
 * known by its year, program, action step, school and account code, so that re-importing the file
 * updates the lines it made; two rows with the same key are a problem (give each an account code).
 */
export function readBudgetLines(table: Table): {
  lines: BudgetLineRecord[];
  problems: FileProblem[];
} {
  const { at, problems } = locateColumns(table[0] ?? [], COLUMNS);
  if (problems.length) return { lines: [], problems };
  const lines: BudgetLineRecord[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of recordRows(table)) {
    const { text, problem, money, fiscalYear } = rowCells(at, COLUMNS, cells, row, problems);
    const year = fiscalYear("fiscalYear");
    const program = programCell(text("program"), (m) => problem("program", m));
    const step = /^(\d{1,3})\.(\d{1,3})$/.exec(
      text("actionStep").replace(/^(?:step|action step)\s*/i, ""),
    );
    if (!step)
      problem(
        "actionStep",
        `"${text("actionStep")}" is not an action step number like 1.3 (need 1, step 3).`,
      );
    const nces = text("ncesSchoolId").replace(/\s/g, "") || null;
    if (nces !== null && !/^\d{12}$/.test(nces))
      problem(
        "ncesSchoolId",
        `"${text("ncesSchoolId")}" is not a 12-digit NCES school id (leave it empty for a district-level line).`,
      );
    const description = text("description");
    if (!description) problem("description", "is empty.");
    else if (description.length > 500) problem("description", "is longer than 500 characters.");
    const accountCode = text("accountCode") || null;
    if (accountCode && accountCode.length > 64)
      problem("accountCode", "is longer than 64 characters.");
    // A chart's code: letters and digits; whether the state lists it is the import's check.
    const code = (field: "functionCode" | "objectCode") => {
      const c = text(field).replace(/\s/g, "") || null;
      if (c !== null && !/^[0-9A-Za-z]{1,8}$/.test(c))
        problem(field, `"${text(field)}" is not a chart code (1 to 8 letters or digits).`);
      return c;
    };
    const functionCode = code("functionCode");
    const objectCode = code("objectCode");
    const amountCents = money("amountCents", false) ?? 0;
    if (amountCents === 0 && /^[$0.,\s]+$/.test(text("amountCents")))
      problem("amountCents", "is zero: a budget line is for more than nothing.");
    const line: BudgetLineRecord = {
      row,
      fiscalYear: year,
      program: program ?? "TITLE_I_A",
      actionStep: { need: Number(step?.[1] ?? 0), step: Number(step?.[2] ?? 0) },
      ncesSchoolId: nces,
      description,
      amountCents,
      accountCode,
      functionCode,
      objectCode,
    };
    if (program && step && year) {
      const key = budgetLineKey(line);
      if (seen.has(key))
        problem(
          at.has("accountCode") ? "accountCode" : "actionStep",
          `The same program, action step, school${at.has("accountCode") ? " and account code" : ""} are also on row ${seen.get(key)!}; give each line its own account code.`,
        );
      else seen.set(key, row);
    }
    lines.push(line);
  }
  if (lines.length === 0 && problems.length === 0)
    problems.push({
      row: null,
      column: null,
      message: "The file has a header but no budget lines.",
    });
  return { lines, problems };
}
