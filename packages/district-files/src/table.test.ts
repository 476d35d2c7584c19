import ExcelJS from "exceljs";
import { afterEach, describe, expect, it, vi } from "vitest";

import { FILE_LIMITS, readTable, zipInflatedSize } from "./table.js";

const xlsx = async (fill: (sheet: ExcelJS.Worksheet) => void) => {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet("Schools"));
  return new Uint8Array(await book.xlsx.writeBuffer());
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe("a file is refused at its limits before its cells are read", () => {
  it("reads an XLSX sheet's row and column counts once, not once per cell", async () => {
    const bytes = await xlsx((sheet) => {
      for (let i = 0; i < 2_000; i++)
        sheet.addRow([`1301230${String(i).padStart(5, "0")}`, `School ${i}`, i]);
    });
    const worksheet = Object.getPrototypeOf(
      new ExcelJS.Workbook().addWorksheet("probe"),
    ) as ExcelJS.Worksheet;
    const columnCount = vi.spyOn(worksheet, "columnCount", "get");
    const table = await readTable("schools.xlsx", bytes);
    expect(table).toHaveLength(2_000);
    expect(table[1_999]).toEqual(["130123001999", "School 1999", "1999"]);
    // The old reader asked 6,000 times, each walking all 2,000 rows.
    expect(columnCount).toHaveBeenCalledTimes(1);
  });

  it("refuses an XLSX whose one cell sits a million rows down", async () => {
    const bytes = await xlsx((sheet) => {
      sheet.getCell("A1").value = "NCES School ID";
      sheet.getCell("A1000000").value = "x";
    });
    await expect(readTable("schools.xlsx", bytes)).rejects.toThrow(
      `schools.xlsx has more than ${FILE_LIMITS.maxRows} rows; split it into smaller files.`,
    );
  });

  it("refuses an XLSX whose parts would unpack past the limit, before unpacking them (a zip bomb)", async () => {
    const bytes = await xlsx((sheet) => sheet.addRow(["a"]));
    expect(zipInflatedSize(bytes)).toBeLessThan(100_000);
    // Declare one part 1 GB, as a zip bomb's directory does.
    const view = new DataView(bytes.buffer);
    const end = bytes.length - 22;
    expect(view.getUint32(end, true)).toBe(0x06054b50);
    view.setUint32(view.getUint32(end + 16, true) + 24, 1_000_000_000, true);
    await expect(readTable("bomb.xlsx", bytes)).rejects.toThrow(
      "bomb.xlsx would unpack to 954 MB, over the limit of 64 MB.",
    );
  });

  it("refuses a cell with a NUL character, naming its row and column", async () => {
    await expect(
      readTable("schools.csv", new TextEncoder().encode("a,b\nx,y\u0000z\n")),
    ).rejects.toThrow(
      "schools.csv: row 2, column 2 holds a NUL character, which text may not contain.",
    );
  });

  it("refuses a CSV with too many columns", async () => {
    const wide = Array.from({ length: FILE_LIMITS.maxColumns + 1 }, (_, i) => `c${i}`).join(",");
    await expect(readTable("wide.csv", new TextEncoder().encode(`${wide}\n`))).rejects.toThrow(
      `wide.csv has ${FILE_LIMITS.maxColumns + 1} columns, over the limit of ${FILE_LIMITS.maxColumns}.`,
    );
  });

  it("refuses a CSV that is not UTF-8 unless its encoding is named, then reads it right", async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode("School Name\nCaf"), 0xe9, 0x0a]);
    await expect(readTable("schools.csv", latin1)).rejects.toThrow(
      'schools.csv is not valid UTF-8 text: save it as "CSV UTF-8", or name its encoding (utf-8, windows-1252, iso-8859-1).',
    );
    expect(await readTable("schools.csv", latin1, { encoding: "windows-1252" })).toEqual([
      ["School Name"],
      ["Café"],
      [""],
    ]);
    expect(
      await readTable("schools.csv", new TextEncoder().encode("\uFEFFSchool Name\nCafé\n")),
    ).toEqual([["School Name"], ["Café"], [""]]);
  });
});
