import { readMoney } from "@allot/engine";

import type { Table } from "./table.js";

/** A problem in a file, where the person who made it can find it: spreadsheet row and column. */
export interface FileProblem {
  /** 1 is the header row; the first record is row 2. Null for the file as a whole. */
  row: number | null;
  /** The column's header as written in the file (or the expected one when it is missing). */
  column: string | null;
  message: string;
}

/** One column a reader knows, by the names districts and states give it. */
export interface ColumnSpec<F extends string> {
  field: F;
  header: string;
  aliases: string[];
  required: boolean;
}

/**
 * What a file must and may hold, for a person preparing one: the reader's own columns, plus groups
 * of which the file needs at least one (the reader refuses it otherwise).
 */
export interface FileFormat {
  columns: readonly { header: string; required: boolean }[];
  /** Each group: at least one of these columns. A group of one is a column required by a rule. */
  atLeastOneOf?: readonly (readonly string[])[];
}

/** The format's columns as a person reads them: required ("A or B" for a group), then optional. */
export function formatColumns(format: FileFormat): { required: string[]; optional: string[] } {
  const grouped = new Set((format.atLeastOneOf ?? []).flat());
  return {
    required: [
      ...format.columns.filter((c) => c.required).map((c) => c.header),
      ...(format.atLeastOneOf ?? []).map((group) => group.join(" or ")),
    ],
    optional: format.columns
      .filter((c) => !c.required && !grouped.has(c.header))
      .map((c) => c.header),
  };
}

/** Headers match ignoring case, spaces and punctuation: "NCES School ID" = "nces_school_id". */
export const headerKey = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, "");

/** Where each known column is, with a problem for a repeated or missing required one. */
export function locateColumns<F extends string>(
  header: string[],
  specs: ColumnSpec<F>[],
  headerRow = 1,
) {
  const problems: FileProblem[] = [];
  const at = new Map<F, { index: number; header: string }>();
  header.forEach((h, index) => {
    const spec = specs.find((c) => c.aliases.includes(headerKey(h)));
    if (!spec) return;
    if (at.has(spec.field))
      problems.push({
        row: headerRow,
        column: h,
        message: `"${h}" repeats the ${spec.header} column ("${at.get(spec.field)!.header}").`,
      });
    else at.set(spec.field, { index, header: h });
  });
  for (const c of specs)
    if (c.required && !at.has(c.field))
      problems.push({
        row: headerRow,
        column: c.header,
        message: `The file has no ${c.header} column.`,
      });
  return { at, problems };
}

/**
 * The cells of one row read by field, every problem recorded against its row and column. The
 * checks are the ones every district file needs: counts, money, one of a set of words.
 */
/** More students than any school or district file row could hold: a typo, or a crafted file. */
export const MAX_STUDENTS = 1_000_000;

export function rowCells<F extends string>(
  at: Map<F, { index: number; header: string }>,
  specs: ColumnSpec<F>[],
  cells: string[],
  row: number,
  problems: FileProblem[],
) {
  const text = (f: F) => (at.has(f) ? (cells[at.get(f)!.index] ?? "").trim() : "");
  const column = (f: F) => at.get(f)?.header ?? specs.find((c) => c.field === f)!.header;
  const problem = (f: F, message: string) => problems.push({ row, column: column(f), message });
  const digits = (f: F) => text(f).replace(/,/g, "");
  return {
    text,
    problem,
    /** Whether the column holds a count `count` reads without a problem (other checks build on it). */
    countReadable: (f: F): boolean =>
      /^\d{1,7}$/.test(digits(f)) && Number(digits(f)) <= MAX_STUDENTS,
    /** A whole number of students; empty is 0 when the column is optional. */
    count: (f: F, optional: boolean): number => {
      const v = digits(f);
      if (v === "") {
        if (!optional) problem(f, "is empty: a count of students is needed.");
        return 0;
      }
      if (!/^\d+$/.test(v)) {
        problem(f, `"${text(f)}" is not a whole number of students.`);
        return 0;
      }
      if (v.length > 7 || Number(v) > MAX_STUDENTS) {
        problem(
          f,
          `${text(f)} is more students than any school has (at most ${MAX_STUDENTS.toLocaleString("en-US")}).`,
        );
        return 0;
      }
      return Number(v);
    },
    /** Dollars as spreadsheets show them ("$1,234.50", "1234.5") in integer cents; empty is 0 when optional, null when wrong. */
    money: (f: F, optional: boolean): number | null => {
      const v = text(f);
      if (v === "") {
        if (optional) return 0;
        problem(f, "is empty: an amount in dollars is needed.");
        return null;
      }
      const cents = readMoney(v.replace(/^(-?)\$\s*/, "$1")); // spreadsheets show "$1,234.50"
      if (cents === null || cents < 0) {
        problem(
          f,
          /^[-(]/.test(v)
            ? `"${v}" is negative: amounts are zero or more.`
            : `"${v}" is not an amount in dollars (commas only between groups of three, at most two decimal places).`,
        );
        return null;
      }
      return cents;
    },
    /** One of a set of words, or a synonym; empty is the fallback. */
    choice: <T extends string>(
      f: F,
      words: Record<string, T>,
      allowed: readonly string[],
      fallback: T,
    ): T => {
      const v = text(f).toUpperCase();
      if (v === "") return fallback;
      const found = words[v] ?? (allowed.includes(v) ? (v as T) : undefined);
      if (!found) problem(f, `"${text(f)}" is not one of ${allowed.join(", ")}.`);
      return found ?? fallback;
    },
    /** A fiscal year as "2022", "FY2022", "FY22" or "2021-22" (named by the year it ends in). */
    fiscalYear: (f: F): number => {
      const v = text(f).toUpperCase().replace(/\s/g, "");
      const m =
        /^(?:FY)?(\d{4})$/.exec(v) ?? /^FY(\d{2})$/.exec(v) ?? /^\d{4}-(\d{2}|\d{4})$/.exec(v);
      const year = m ? Number(m[1]!.length === 2 ? `20${m[1]}` : m[1]) : NaN;
      if (!(year >= 1990 && year <= 2200)) {
        problem(f, `"${text(f)}" is not a fiscal year (like 2022 or FY2022).`);
        return 0;
      }
      return year;
    },
  };
}

/** The table's rows after the header with their spreadsheet row numbers, blank rows left out. */
export function* recordRows(
  table: Table,
  headerIndex = 0,
): Generator<{ row: number; cells: string[] }> {
  for (let i = headerIndex + 1; i < table.length; i++) {
    const cells = table[i]!;
    if (cells.every((c) => c === "")) continue; // blank lines between blocks
    yield { row: i + 1, cells };
  }
}
