import ExcelJS from "exceljs";

import { formatMoney } from "@allot/engine";

import type { Sheet, Workbook } from "./exports.service.js";

const MONEY_FORMAT = '"$"#,##0.00;[Red]-"$"#,##0.00';

/**
 * A workbook with one formatted sheet per table: bold frozen headers, dollars with two places,
 * a bold totals row. Amounts are computed in cents and written as dollars (exact to the cent for
 * any budget: a double holds every cent up to $90 billion).
 */
export async function toXlsx(wb: Workbook): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "Allot";
  for (const sheet of wb.sheets) {
    const ws = book.addWorksheet(sheet.name.slice(0, 31), {
      views: [{ state: "frozen", ySplit: 1 }],
    });
    ws.columns = sheet.columns.map((c) => ({
      header: c.header,
      width: c.width ?? 16,
      ...(c.money ? { style: { numFmt: MONEY_FORMAT } } : {}),
    }));
    ws.getRow(1).font = { bold: true };
    const cells = (row: Sheet["rows"][number]) =>
      row.map((v, i) => (sheet.columns[i]?.money && typeof v === "number" ? v / 100 : v));
    for (const row of sheet.rows) ws.addRow(cells(row));
    if (sheet.totals) ws.addRow(cells(sheet.totals)).font = { bold: true };
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab or carriage return first) gets a
 * leading apostrophe, as OWASP advises for CSV files; a negative number stays a number.
 */
export const FORMULA_START = /^(?:[=+@\t\r]|-(?!\d[\d,]*(?:\.\d+)?$))/;

/** One sheet as CSV (RFC 4180): money as decimal strings with two places, a totals row last. */
export function toCsv(sheet: Sheet): string {
  const field = (v: string | number | null, money: boolean) => {
    const text = v === null ? "" : money && typeof v === "number" ? formatMoney(v) : String(v);
    const s = FORMULA_START.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const line = (row: (string | number | null)[]) =>
    row.map((v, i) => field(v, sheet.columns[i]?.money ?? false)).join(",");
  return (
    [
      sheet.columns.map((c) => field(c.header, false)).join(","),
      ...sheet.rows.map(line),
      ...(sheet.totals ? [line(sheet.totals)] : []),
    ].join("\r\n") + "\r\n"
  );
}
