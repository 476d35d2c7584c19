/** One column of an export: its heading and how to read a row's value (numbers stay numbers). */
export interface ExportColumn<T> {
  header: string;
  value: (row: T) => string | number | null;
  /** Money columns get a dollar format in XLSX. */
  money?: boolean;
}

function download(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab or carriage return first) gets a
 * leading apostrophe (OWASP's CSV advice, as the API's exports do); a negative number stays a number.
 */
const FORMULA_START = /^(?:[=+@\t\r]|-(?!\d[\d,]*(?:\.\d+)?$))/;

/** What a table shows, as CSV (papaparse quotes what needs quoting and neutralises formulas). */
export async function exportCsv<T>(
  rows: readonly T[],
  columns: readonly ExportColumn<T>[],
  filename: string,
) {
  const { unparse } = await import("papaparse");
  const csv = unparse(
    {
      fields: columns.map((c) => c.header),
      data: rows.map((r) => columns.map((c) => c.value(r) ?? "")),
    },
    { escapeFormulae: FORMULA_START },
  );
  download(new Blob([csv], { type: "text/csv;charset=utf-8" }), `${filename}.csv`);
}

/** What a table shows, as an Excel workbook with dollar-formatted money (exceljs, loaded on demand). */
export async function exportXlsx<T>(
  rows: readonly T[],
  columns: readonly ExportColumn<T>[],
  filename: string,
  sheet = "Data",
) {
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(sheet.slice(0, 31));
  ws.columns = columns.map((c) => ({
    header: c.header,
    key: c.header,
    width: Math.max(12, c.header.length + 2),
    style: c.money ? { numFmt: '"$"#,##0.00' } : {},
  }));
  for (const r of rows) ws.addRow(columns.map((c) => c.value(r)));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: 1 }];
  const buffer = await book.xlsx.writeBuffer();
  download(
    new Blob([buffer], {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }),
    `${filename}.xlsx`,
  );
}
