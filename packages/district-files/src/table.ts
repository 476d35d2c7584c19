import ExcelJS from "exceljs";
import Papa from "papaparse";

/** A file as a table of text cells: the header row first, as the person who made it sees it. */
export type Table = string[][];

export class FileFormatError extends Error {}

/**
 * The most a district file may hold. Far above any district's real files (a state's largest has a
 * few thousand rows and 20-odd columns); each is checked before the cells are read, so a crafted
 * file is refused instead of filling memory.
 */
export const FILE_LIMITS = {
  maxRows: 50_000,
  maxColumns: 200,
  maxCells: 2_000_000,
  /** What an XLSX's parts may inflate to, as its zip directory declares them (a zip bomb is refused). */
  maxUncompressedBytes: 64 * 1024 * 1024,
} as const;

/** Text encodings a CSV may be read in when the sender names one; without one it must be UTF-8. */
export const TEXT_ENCODINGS = ["utf-8", "windows-1252", "iso-8859-1"] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/** Reads CSV (any of comma, semicolon or tab) or the first sheet of an XLSX or XLS workbook. */
export async function readTable(
  fileName: string,
  bytes: Uint8Array,
  o: { encoding?: TextEncoding } = {},
): Promise<Table> {
  const table = await readCells(fileName, bytes, o.encoding);
  // No text in the database may hold a NUL character: say where it is rather than fail on write.
  for (let r = 0; r < table.length; r++) {
    const c = table[r]!.findIndex((cell) => cell.includes("\u0000"));
    if (c >= 0)
      throw new FileFormatError(
        `${fileName}: row ${r + 1}, column ${c + 1} holds a NUL character, which text may not contain.`,
      );
  }
  return table;
}

async function readCells(
  fileName: string,
  bytes: Uint8Array,
  encoding: TextEncoding | undefined,
): Promise<Table> {
  if (/\.xlsx$/i.test(fileName)) {
    const inflated = zipInflatedSize(bytes);
    if (inflated === null)
      throw new FileFormatError(`${fileName} is not a readable XLSX workbook.`);
    if (inflated > FILE_LIMITS.maxUncompressedBytes) {
      throw new FileFormatError(
        `${fileName} would unpack to ${mb(inflated)} MB, over the limit of ${mb(FILE_LIMITS.maxUncompressedBytes)} MB.`,
      );
    }
    const book = new ExcelJS.Workbook();
    try {
      await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    } catch {
      throw new FileFormatError(`${fileName} is not a readable XLSX workbook.`);
    }
    const sheet = book.worksheets[0];
    if (!sheet) throw new FileFormatError(`${fileName} has no worksheet.`);
    // ExcelJS works each of these out by walking every row: read them once, not per cell.
    const rows = sheet.rowCount;
    const columns = sheet.columnCount;
    checkSize(fileName, rows, columns);
    const table: Table = [];
    sheet.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: string[] = [];
      for (let c = 1; c <= columns; c++) cells.push(row.getCell(c).text.trim());
      table[n - 1] = cells;
    });
    return Array.from(table, (r) => r ?? []);
  }
  if (/\.(csv|txt|tsv)$/i.test(fileName)) {
    const text = decodeText(fileName, bytes, encoding);
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
    checkSize(
      fileName,
      parsed.data.length,
      parsed.data.reduce((m, r) => Math.max(m, r.length), 0),
    );
    return parsed.data.map((r) => r.map((c) => c.trim()));
  }
  if (/\.xls$/i.test(fileName)) {
    // Excel 97-2003, as GOSA publishes its downloads: SheetJS reads that binary format.
    const notXls = new FileFormatError(
      `${fileName} is not a readable Excel 97-2003 (.xls) workbook.`,
    );
    if (![0xd0, 0xcf, 0x11, 0xe0].every((b, i) => bytes[i] === b)) throw notXls; // not an OLE2 compound file
    const XLSX = await import("@e965/xlsx");
    let book;
    try {
      // One row more than allowed is read, so that a longer sheet is refused, not cut short.
      book = XLSX.read(bytes, { type: "array", dense: true, sheetRows: FILE_LIMITS.maxRows + 1 });
    } catch {
      throw notXls;
    }
    const sheet = book.SheetNames[0] === undefined ? undefined : book.Sheets[book.SheetNames[0]];
    if (!sheet) throw new FileFormatError(`${fileName} has no worksheet.`);
    // Formatted text, as the person who made it sees it; blank rows kept so row numbers match.
    const range = XLSX.utils.decode_range(sheet["!ref"] ?? "A1:A1");
    checkSize(fileName, range.e.r + 1, range.e.c + 1);
    const rows = XLSX.utils.sheet_to_json<(string | number | boolean)[]>(sheet, {
      header: 1,
      raw: false,
      defval: "",
      blankrows: true,
    });
    return rows.map((r) => r.map((c) => String(c).trim()));
  }
  throw new FileFormatError(`${fileName}: send a .csv, .xlsx or .xls file.`);
}

function checkSize(fileName: string, rows: number, columns: number): void {
  if (rows > FILE_LIMITS.maxRows)
    throw new FileFormatError(
      `${fileName} has more than ${FILE_LIMITS.maxRows} rows; split it into smaller files.`,
    );
  if (columns > FILE_LIMITS.maxColumns)
    throw new FileFormatError(
      `${fileName} has ${columns} columns, over the limit of ${FILE_LIMITS.maxColumns}.`,
    );
  if (rows * columns > FILE_LIMITS.maxCells)
    throw new FileFormatError(
      `${fileName} has ${rows * columns} cells, over the limit of ${FILE_LIMITS.maxCells}.`,
    );
}

/** A CSV's text: UTF-8 (a byte-order mark allowed) unless the sender names another encoding. */
function decodeText(
  fileName: string,
  bytes: Uint8Array,
  encoding: TextEncoding | undefined,
): string {
  try {
    return new TextDecoder(encoding ?? "utf-8", { fatal: true })
      .decode(bytes)
      .replace(/^\uFEFF/, "");
  } catch {
    throw new FileFormatError(
      `${fileName} is not valid ${encoding ?? "UTF-8"} text: save it as "CSV UTF-8", or name its encoding (${TEXT_ENCODINGS.join(", ")}).`,
    );
  }
}

const mb = (bytes: number) => Math.ceil(bytes / 1024 / 1024);

/**
 * The total size a zip archive's entries unpack to, as its central directory declares it; null
 * when the bytes are not a zip archive. An entry too large to state (ZIP64) counts as unbounded.
 */
export function zipInflatedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: 22 bytes and a comment of at most 65,535, from the end.
  let end = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 65_535; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
    total += size;
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return total;
}
