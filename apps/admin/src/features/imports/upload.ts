import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";

/**
 * Sends one GraphQL operation with the upload's progress reported (0..1), which fetch cannot do:
 * a 10,000-row file is about a megabyte. Same endpoint, cookie and JSON body as Apollo Client.
 */
export function postWithProgress<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  onProgress: (sent: number) => void,
): Promise<TData> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/graphql");
    xhr.setRequestHeader("content-type", "application/json");
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.upload.onload = () => onProgress(1);
    xhr.onerror = () =>
      reject(new Error("The server could not be reached. Check the connection and try again."));
    xhr.onload = () => {
      let body: { data?: TData; errors?: { message: string }[] };
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        reject(new Error(`The server answered ${xhr.status} without a GraphQL response.`));
        return;
      }
      if (body.errors?.length || !body.data)
        reject(new Error(body.errors?.[0]?.message ?? `The server answered ${xhr.status}.`));
      else resolve(body.data);
    };
    xhr.send(JSON.stringify({ query: print(document), variables }));
  });
}

/** The file's bytes as base64, read in slices so a large file does not blow the call stack. */
export async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The file as the spreadsheet shows it (rows of text), for the preview: CSV by papaparse, XLSX by exceljs, XLS by SheetJS. */
export async function previewRows(file: File): Promise<string[][]> {
  const rows = await readRows(file);
  while (rows.length && rows.at(-1)!.every((c) => !c.trim())) rows.pop(); // the file's last line break
  return rows;
}

async function readRows(file: File): Promise<string[][]> {
  if (/\.xls$/i.test(file.name)) {
    // Excel 97-2003, as Georgia's GOSA publishes its downloads (SheetJS, loaded only for these).
    const XLSX = await import("@e965/xlsx");
    const book = XLSX.read(new Uint8Array(await file.arrayBuffer()), {
      type: "array",
      dense: true,
    });
    const sheet = book.Sheets[book.SheetNames[0] ?? ""];
    return sheet
      ? XLSX.utils
          .sheet_to_json<(string | number | boolean)[]>(sheet, {
            header: 1,
            raw: false,
            defval: "",
            blankrows: true,
          })
          .map((r) => r.map(String))
      : [];
  }
  if (/\.xlsx$/i.test(file.name)) {
    const { default: ExcelJS } = await import("exceljs");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await file.arrayBuffer());
    const sheet = book.worksheets[0];
    const rows: string[][] = [];
    sheet?.eachRow({ includeEmpty: true }, (row, n) => {
      rows[n - 1] = Array.from({ length: sheet.columnCount }, (_, c) => row.getCell(c + 1).text);
    });
    return Array.from(rows, (r) => r ?? []);
  }
  const { parse } = await import("papaparse");
  return parse<string[]>(await file.text(), { skipEmptyLines: false }).data;
}
