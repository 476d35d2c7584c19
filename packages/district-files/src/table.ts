import ExcelJS from "exceljs";
import Papa from "papaparse";

/** A file as a table of text cells: the header row first, as the person who made it sees it. */
export type Table = string[][];

export class FileFormatError extends Error {}

/** Reads CSV (any of comma, semicolon or tab) or the first sheet of an XLSX workbook. */
export async function readTable(fileName: string, bytes: Uint8Array): Promise<Table> {
  if (/\.xlsx$/i.test(fileName)) {
    const book = new ExcelJS.Workbook();
    try {
      await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    } catch {
      throw new FileFormatError(`${fileName} is not a readable XLSX workbook.`);
    }
    const sheet = book.worksheets[0];
    if (!sheet) throw new FileFormatError(`${fileName} has no worksheet.`);
    const table: Table = [];
    sheet.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: string[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) cells.push(row.getCell(c).text.trim());
      table[n - 1] = cells;
    });
    return Array.from(table, (r) => r ?? []);
  }
  if (/\.(csv|txt|tsv)$/i.test(fileName)) {
    const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
    return parsed.data.map((r) => r.map((c) => c.trim()));
  }
  if (/\.xls$/i.test(fileName)) {
    // GOSA publishes Excel 97-2003 files; that binary format is not read here.
    throw new FileFormatError(`${fileName} is an Excel 97-2003 (.xls) workbook: open it and save it as .xlsx or CSV, then import that.`);
  }
  throw new FileFormatError(`${fileName}: send a .csv or an .xlsx file.`);
}
