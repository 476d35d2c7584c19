import { PROGRAMS, type ProgramCode } from "@allot/engine";

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

/** A program's award to one school for a fiscal year, as the state's allocation file gives it. */
export interface SchoolAwardRecord {
  row: number;
  fiscalYear: number;
  program: ProgramCode;
  /** The school by NCES id or by the state's id ("GA-631-0104"); at least one is given. */
  ncesSchoolId: string | null;
  stateSchoolId: string | null;
  amountCents: number;
}

type Field = Exclude<keyof SchoolAwardRecord, "row">;

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
    aliases: ["program", "fundingsource", "grant", "programname"],
    required: true,
  },
  {
    field: "ncesSchoolId",
    header: "NCES School ID",
    aliases: ["ncesschoolid", "ncessch", "ncesid"],
    required: false,
  },
  {
    field: "stateSchoolId",
    header: "State School ID",
    aliases: ["stateschoolid", "stateid", "schoolcode"],
    required: false,
  },
  {
    field: "amountCents",
    header: "Amount",
    aliases: ["amount", "award", "allocation", "schoolallocation", "awardamount"],
    required: true,
  },
];

/** What this reader takes (see FileFormat). */
export const SCHOOL_AWARDS_FORMAT: FileFormat = {
  columns: COLUMNS,
  atLeastOneOf: [["NCES School ID", "State School ID"]],
};

/**
 * The state's awards to single schools (Georgia's 1003 school improvement allocations, typed or
 * exported into a sheet): one row per school, program and year, every problem by row and column.
 */
export function readSchoolAwards(table: Table): {
  awards: SchoolAwardRecord[];
  problems: FileProblem[];
} {
  const { at, problems } = locateColumns(table[0] ?? [], COLUMNS);
  if (!at.has("ncesSchoolId") && !at.has("stateSchoolId"))
    problems.push({
      row: 1,
      column: "NCES School ID",
      message: "The file has neither an NCES School ID nor a State School ID column.",
    });
  if (problems.length) return { awards: [], problems };
  const awards: SchoolAwardRecord[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of recordRows(table)) {
    const { text, problem, money, fiscalYear } = rowCells(at, COLUMNS, cells, row, problems);
    const year = fiscalYear("fiscalYear");
    const program = programCell(text("program"), (m) => problem("program", m));
    const nces = text("ncesSchoolId").replace(/\s/g, "") || null;
    const state = text("stateSchoolId").toUpperCase().replace(/\s/g, "") || null;
    if (nces !== null && !/^\d{12}$/.test(nces))
      problem("ncesSchoolId", `"${text("ncesSchoolId")}" is not a 12-digit NCES school id.`);
    if (nces === null && state === null)
      problem(
        at.has("ncesSchoolId") ? "ncesSchoolId" : "stateSchoolId",
        "is empty: name the school by its NCES or state id.",
      );
    const key = `${year} ${program} ${nces ?? state}`;
    if (program && year && seen.has(key))
      problem(
        "amountCents",
        `${PROGRAMS[program].name} for this school in FY${year} is also on row ${seen.get(key)!}.`,
      );
    else if (program && year) seen.set(key, row);
    awards.push({
      row,
      fiscalYear: year,
      program: program ?? "TITLE_I_A_1003",
      ncesSchoolId: nces,
      stateSchoolId: state,
      amountCents: money("amountCents", false) ?? 0,
    });
  }
  if (awards.length === 0 && problems.length === 0)
    problems.push({ row: null, column: null, message: "The file has a header but no awards." });
  return { awards, problems };
}
