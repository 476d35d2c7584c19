import {
  locateColumns,
  recordRows,
  rowCells,
  type ColumnSpec,
  type FileFormat,
  type FileProblem,
} from "./columns.js";
import type { Table } from "./table.js";

/** One position as the HR system's file gives it; salary in cents, FTE in hundredths. */
export interface PositionRecord {
  row: number;
  fiscalYear: number;
  /** The HR system's position code: what a re-import matches on, per fiscal year. */
  code: string;
  title: string;
  /** The job class's code, as Allot knows the job class. */
  jobClass: string;
  /** Null for the district office. */
  ncesSchoolId: string | null;
  fteHundredths: number;
  salaryCents: number;
  status: "FILLED" | "VACANT";
  /** Null when the file has no Person column, so a re-import keeps the name already there. */
  personName: string | null;
}

type Field = Exclude<keyof PositionRecord, "row">;

const COLUMNS: ColumnSpec<Field>[] = [
  {
    field: "fiscalYear",
    header: "Fiscal Year",
    aliases: ["fiscalyear", "fy", "year"],
    required: true,
  },
  {
    field: "code",
    header: "Position Code",
    aliases: ["positioncode", "positionnumber", "positionid", "position", "poscode", "posno"],
    required: true,
  },
  {
    field: "title",
    header: "Title",
    aliases: ["title", "positiontitle", "jobtitle"],
    required: true,
  },
  {
    field: "jobClass",
    header: "Job Class",
    aliases: ["jobclass", "jobcode", "jobclasscode", "class"],
    required: true,
  },
  {
    field: "ncesSchoolId",
    header: "NCES School ID",
    aliases: ["ncesschoolid", "ncesid", "schoolncesid"],
    required: false,
  },
  { field: "fteHundredths", header: "FTE", aliases: ["fte"], required: true },
  {
    field: "salaryCents",
    header: "Salary",
    aliases: ["salary", "annualsalary", "basesalary", "salaryamount"],
    required: true,
  },
  { field: "status", header: "Status", aliases: ["status", "positionstatus"], required: false },
  {
    field: "personName",
    header: "Person",
    aliases: ["person", "employee", "employeename", "incumbent"],
    required: false,
  },
];

/** What this reader takes (see FileFormat). */
export const POSITIONS_FORMAT: FileFormat = { columns: COLUMNS };

/** "1", "1.00", "0.5", ".75" as hundredths from 1 to 100; null when it is not one. */
function fteOf(text: string): number | null {
  const [whole = "", part = "", ...rest] = text.split(".");
  if (rest.length || whole.length > 1 || part.length > 2) return null;
  if (![...whole, ...part].every((c) => c >= "0" && c <= "9") || whole + part === "") return null;
  const value = Number(whole || "0") * 100 + Number(part.padEnd(2, "0") || "0");
  return value >= 1 && value <= 100 ? value : null;
}

/**
 * Positions per fiscal year from the HR system's export. A position code appears once per year;
 * every problem is named by row and column.
 */
export function readPositions(table: Table): {
  positions: PositionRecord[];
  problems: FileProblem[];
} {
  const { at, problems } = locateColumns(table[0] ?? [], COLUMNS);
  if (problems.length) return { positions: [], problems };
  const positions: PositionRecord[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of recordRows(table)) {
    const { text, problem, money, fiscalYear, choice } = rowCells(
      at,
      COLUMNS,
      cells,
      row,
      problems,
    );
    const year = fiscalYear("fiscalYear");
    const code = text("code");
    if (!code) problem("code", "is empty: each position needs its HR code.");
    else if (code.length > 40) problem("code", "is longer than 40 characters.");
    else if (year && seen.has(`${year} ${code}`))
      problem("code", `${code} for FY${year} is also on row ${seen.get(`${year} ${code}`)!}.`);
    else if (year) seen.set(`${year} ${code}`, row);
    const title = text("title");
    if (!title) problem("title", "is empty.");
    else if (title.length > 200) problem("title", "is longer than 200 characters.");
    const jobClass = text("jobClass");
    if (!jobClass) problem("jobClass", "is empty: name the job class by its code.");
    const nces = text("ncesSchoolId").replace(/\s/g, "") || null;
    if (nces !== null && !/^\d{12}$/.test(nces))
      problem(
        "ncesSchoolId",
        `"${text("ncesSchoolId")}" is not a 12-digit NCES school id (leave it empty for the district office).`,
      );
    const fte = fteOf(text("fteHundredths"));
    if (fte === null)
      problem("fteHundredths", `"${text("fteHundredths")}" is not an FTE from 0.01 to 1.00.`);
    const status = choice(
      "status",
      { F: "FILLED", V: "VACANT", OPEN: "VACANT" },
      ["FILLED", "VACANT"],
      "FILLED",
    );
    const personName = at.has("personName") ? text("personName") : null;
    if (personName && personName.length > 200)
      problem("personName", "is longer than 200 characters.");
    positions.push({
      row,
      fiscalYear: year,
      code,
      title,
      jobClass,
      ncesSchoolId: nces,
      fteHundredths: fte ?? 100,
      salaryCents: money("salaryCents", false) ?? 0,
      status,
      personName,
    });
  }
  if (positions.length === 0 && problems.length === 0)
    problems.push({ row: null, column: null, message: "The file has a header but no positions." });
  return { positions, problems };
}
