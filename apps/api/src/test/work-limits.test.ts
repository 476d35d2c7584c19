import { crc32, deflateRawSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, startTestApi, type TestApi } from "./api.js";

// A file that needs more than a worker thread may use is refused alone: its import answers with a
// problem, the process lives on and everyone else is answered meanwhile.
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

/** A zip archive of the given text files (deflated), as an XLSX is. */
function zip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, "utf8");
    const packed = deflateRawSync(data, { level: 9 });
    const fileName = Buffer.from(name, "utf8");
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(8, 8); // deflate
    head.writeUInt32LE(crc32(data), 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(fileName.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc32(data), 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(fileName.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(head, fileName, packed);
    central.push(entry, fileName);
    offset += head.length + fileName.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** An XLSX of 30 rows of header and then `cells` tiny cells: well inside the unpacked-size limit, far past what a worker may hold. */
function heavyWorkbook(cells: number): Buffer {
  const perRow = 150;
  const row = `<row>${"<c><v>1</v></c>".repeat(perRow)}</row>`;
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${row.repeat(Math.ceil(cells / perRow))}</sheetData></worksheet>`;
  return zip({
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Schools" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    "xl/worksheets/sheet1.xml": sheet,
  });
}

describe("a file that hits a worker's limits fails alone", () => {
  it("answers a problem for a workbook too large to hold, while the API answers others", { timeout: 120_000 }, async () => {
    const bytes = heavyWorkbook(4_000_000);
    expect(bytes.length).toBeLessThan(1_500_000); // fits the request body
    const upload = api.as("FINANCE_ANALYST")<{ importSchools: { problems: { message: string }[]; written: boolean } }>(
      "mutation($i: ImportSchoolsInput!) { importSchools(input: $i) { problems { message } written } }",
      { i: { fileName: "schools.xlsx", contentBase64: bytes.toString("base64") } },
    );
    // While the workbook is read in its thread, other requests are answered.
    const meanwhile: number[] = [];
    let done = false;
    void upload.finally(() => (done = true));
    while (!done) {
      meanwhile.push((await api.as("VIEWER")("{ me { name } }")).status);
      await new Promise((r) => setTimeout(r, 200));
    }
    const { importSchools } = dataOf(await upload);
    expect(importSchools.written).toBe(false);
    expect(importSchools.problems).toEqual([{ message: "schools.xlsx could not be read: It needed more than 256 MB of memory and was stopped. Split it into smaller files." }]);
    expect(meanwhile.length).toBeGreaterThan(1);
    expect(new Set(meanwhile)).toEqual(new Set([200]));
    // The pool replaced the thread: the next file is read.
    const next = dataOf(await api.as("FINANCE_ANALYST")<{ importSchools: { problems: { message: string }[] } }>(
      "mutation($i: ImportSchoolsInput!) { importSchools(input: $i) { problems { message } } }",
      { i: { fileName: "schools.csv", contentBase64: Buffer.from("School Name\nA\n").toString("base64"), dryRun: true } },
    ));
    expect(next.importSchools.problems.length).toBeGreaterThan(0);
    expect(next.importSchools.problems[0]!.message).toMatch(/no NCES School ID column/);
  });
});
