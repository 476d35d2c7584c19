import ExcelJS from "exceljs";
import Papa from "papaparse";

/** A file as a table of text cells: the header row first, as the person who made it sees it. */
export type Table = string[][];

export class FileFormatError extends Error {}

/** Reads CSV (any of comma, semicolon or tab) or the first sheet of an XLSX or XLS workbook. */
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
    // Excel 97-2003, as GOSA publishes its downloads: SheetJS reads that binary format.
    const notXls = new FileFormatError(`${fileName} is not a readable Excel 97-2003 (.xls) workbook.`);
    if (![0xd0, 0xcf, 0x11, 0xe0].every((b, i) => bytes[i] === b)) throw notXls; // not an OLE2 compound file
    const XLSX = await import("@e965/xlsx");
    let book;
    try {
      book = XLSX.read(bytes, { type: "array", dense: true });
    } catch {
      throw notXls;
    }
    const sheet = book.SheetNames[0] === undefined ? undefined : book.Sheets[book.SheetNames[0]];
    if (!sheet) throw new FileFormatError(`${fileName} has no worksheet.`);
    // Formatted text, as the person who made it sees it; blank rows kept so row numbers match.
    const rows = XLSX.utils.sheet_to_json<(string | number | boolean)[]>(sheet, { header: 1, raw: false, defval: "", blankrows: true });
    return rows.map((r) => r.map((c) => String(c).trim()));
  }
  throw new FileFormatError(`${fileName}: send a .csv, .xlsx or .xls file.`);
}
