import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";

import { signIn, usePlatformAndPage } from "./platform.js";

const ctx = usePlatformAndPage();

describe("reports for the board and the state, in Chromium", () => {
  it("finance staff open a run scenario's print-ready compliance report: every rule with its citation, and no buttons on paper", async () => {
    const { page, platform } = ctx;
    await signIn(page, platform.url, "finance@demo.allot.example");
    await page.getByRole("link", { name: "Scenarios" }).click();
    await page.getByLabel("Name").fill("Board report");
    await page.getByRole("button", { name: "New scenario" }).click();
    await page.getByRole("button", { name: "Save and run" }).click();
    await page.getByRole("table", { name: "Scenario results" }).waitFor();
    const scenarioUrl = page.url();

    // The workbook behind the page, downloaded as a person would.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: /Workbook \(XLSX\)/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("scenario-board-report-FY2022.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    expect(book.getWorksheet("Schools")!.rowCount).toBe(70);

    await page.getByRole("link", { name: "Print-ready report" }).click();
    await page.waitForURL(`${scenarioUrl}/compliance`);
    await page.getByRole("heading", { name: "Compliance report: Board report, FY2022" }).waitFor();
    expect(await page.getByText("Clayton County Public Schools (NCES 1301230)").isVisible()).toBe(
      true,
    );
    // A new scenario gives no Title IV-A uses, IDEA counts or comparability figures: those rules are
    // not checked, said so first, never counted as passing.
    expect(await page.getByTestId("report-summary").innerText()).toMatch(
      /^(\d+ fail, )?\d+ not checked \(an input is missing\), of \d+ rules\.$/,
    );
    const statuses = await page
      .getByRole("table", { name: "Rules" })
      .locator("tbody tr td:nth-child(1)")
      .allInnerTexts();
    expect(statuses[0]!.toLowerCase()).toBe("not checked");
    expect(statuses.findIndex((x) => x.toLowerCase() !== "not checked")).toBeGreaterThan(3);
    const citations = await page
      .getByRole("table", { name: "Rules" })
      .locator("tbody tr td:nth-child(4)")
      .allInnerTexts();
    expect(citations.length).toBeGreaterThan(10);
    expect(citations.every((c) => c.trim().length > 3)).toBe(true);
    expect(citations.some((c) => c.includes("ESEA"))).toBe(true);
    expect(await page.getByRole("navigation").count()).toBe(0); // printed without the app around it
    expect(await page.getByRole("button", { name: "Print or save as PDF" }).isVisible()).toBe(true);
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("button", { name: "Print or save as PDF" }).isVisible()).toBe(
      false,
    );
    expect(await page.getByRole("table", { name: "Rules" }).isVisible()).toBe(true);
    await page.emulateMedia({ media: "screen" });
  });

  it("funding per action step downloads as a workbook from its page", async () => {
    const { page, platform } = ctx;
    await page.goto(`${platform.url}/funding/2022`);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Workbook (XLSX)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("funding-by-action-step-FY2022.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    expect(book.worksheets.map((w) => w.name)).toEqual([
      "Funding by action step",
      "Programs",
      "About",
    ]);
  });
});
