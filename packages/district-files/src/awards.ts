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

/** One program's award for a fiscal year as the district's file gives it; money in cents. */
export interface AwardRecord {
  row: number;
  fiscalYear: number;
  program: ProgramCode;
  amountCents: number;
  /** Title I carryover into the year (ESEA 1127); 0 when the file has no such column. */
  carryoverInCents: number;
  /** Null when the file has no Notes column, so a re-import keeps the notes already written. */
  notes: string | null;
}

type Field = Exclude<keyof AwardRecord, "row">;

const COLUMNS: ColumnSpec<Field>[] = [
  {
    field: "fiscalYear",
    header: "Fiscal Year",
    aliases: ["fiscalyear", "fy", "year", "schoolyear"],
    required: true,
  },
  {
    field: "program",
    header: "Program",
    aliases: ["program", "fundingsource", "grant", "fund", "programname"],
    required: true,
  },
  {
    field: "amountCents",
    header: "Award",
    aliases: ["award", "amount", "awardamount", "allocation", "finalallocation", "grantaward"],
    required: true,
  },
  {
    field: "carryoverInCents",
    header: "Carryover",
    aliases: ["carryover", "carryoverin", "carryoveramount", "carryforward"],
    required: false,
  },
  {
    field: "notes",
    header: "Notes",
    aliases: ["notes", "note", "comments", "comment"],
    required: false,
  },
];

/** What this reader takes (see FileFormat). */
export const AWARDS_FORMAT: FileFormat = { columns: COLUMNS };

/**
 * Awards per program and fiscal year (the state's grant award notices, typed or exported into a
 * sheet). A program appears once per year; every problem is named by row and column.
 */
export function readAwards(table: Table): { awards: AwardRecord[]; problems: FileProblem[] } {
  const { at, problems } = locateColumns(table[0] ?? [], COLUMNS);
  if (problems.length) return { awards: [], problems };
  const awards: AwardRecord[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of recordRows(table)) {
    const { text, problem, money, fiscalYear } = rowCells(at, COLUMNS, cells, row, problems);
    const year = fiscalYear("fiscalYear");
    const program = programCell(text("program"), (m) => problem("program", m));
    if (program && year && seen.has(`${year} ${program}`))
      problem(
        "program",
        `${PROGRAMS[program].name} for FY${year} is also on row ${seen.get(`${year} ${program}`)!}.`,
      );
    else if (program && year) seen.set(`${year} ${program}`, row);
    const notes = at.has("notes") ? text("notes") : null;
    if (notes && notes.length > 2000) problem("notes", "is longer than 2,000 characters.");
    awards.push({
      row,
      fiscalYear: year,
      program: program ?? "TITLE_I_A",
      amountCents: money("amountCents", false) ?? 0,
      carryoverInCents: money("carryoverInCents", true) ?? 0,
      notes,
    });
  }
  if (awards.length === 0 && problems.length === 0)
    problems.push({ row: null, column: null, message: "The file has a header but no awards." });
  return { awards, problems };
}
