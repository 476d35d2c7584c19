import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { signIn, signOut, usePlatformAndPage } from "./platform.js";

const ctx = usePlatformAndPage();
const dir = mkdtempSync(path.join(tmpdir(), "allot-import-"));
const file = (name: string, text: string) => {
  writeFileSync(path.join(dir, name), text);
  return path.join(dir, name);
};
const HEADER = "NCES School ID,School Name,Level,Grade Low,Grade High,Enrollment,Direct Certified";

describe("the import wizard, in Chromium", () => {
  it("shows every problem of a file at its row and column, and will not import it", async () => {
    const { page, platform } = ctx;
    await signIn(page, platform.url, "finance@demo.allot.example");
    await page.getByRole("link", { name: "Import files" }).click();
    await page.getByRole("heading", { name: "Import the district's files" }).waitFor();
    await page.getByRole("radio", { name: "Schools and their counts" }).click();
    await page
      .locator('input[type="file"]')
      .setInputFiles(
        file(
          "bad.csv",
          `${HEADER}\n130123000001,Arbor Creek,E,K,5,600,200\n130123000002,,E,K,5,-3,10\n`,
        ),
      );
    await page.getByRole("button", { name: "Check the file" }).click();
    const problems = page.getByRole("table", { name: "Problems" });
    await problems.waitFor();
    expect(await problems.locator("tbody tr").allInnerTexts()).toEqual([
      "3\tSchool Name\tis empty.",
      '3\tEnrollment\t"-3" is not a whole number of students.',
    ]);
    expect(
      await page
        .getByRole("table", { name: "Preview of the file" })
        .locator('tr[data-problem="true"]')
        .getAttribute("data-row"),
    ).toBe("3");
    expect(await page.getByRole("button", { name: /^Import/ }).isDisabled()).toBe(true);
  });

  it("imports a 10,000-row schools file with the upload's progress shown, then updates instead of duplicating", async () => {
    const { page } = ctx;
    const rows = Array.from(
      { length: 10_000 },
      (_, i) =>
        `1301230${String(i + 1).padStart(5, "0")},School ${i + 1},${["E", "M", "H"][i % 3]},K,5,${500 + (i % 400)},${100 + (i % 200)}`,
    );
    await page.getByRole("button", { name: "Back" }).click();
    await page
      .locator('input[type="file"]')
      .setInputFiles(file("schools.csv", `${HEADER}\n${rows.join("\n")}\n`));
    // A slow link, so the progress can be seen as a person on one would see it.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 256 * 1024,
    });
    await page.getByRole("button", { name: "Check the file" }).click();
    // Part of the way (neither 0 nor 100%): the words and the bar beside them follow the upload.
    await page.getByText(/^Sending the file: [1-9]\d?%$/).waitFor();
    await page.getByText("The file is ready to import").waitFor({ timeout: 50_000 });
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    expect(
      await page
        .getByText("10,000 rows: 9,932 new, 68 updated, 0 unchanged. Nothing has been written yet.")
        .isVisible(),
    ).toBe(true);
    expect(
      await page.getByRole("table", { name: "Preview of the file" }).locator("tbody tr").count(),
    ).toBe(51);
    // What it would change in the 68 schools already there, value by value: row 2 renames the first.
    const changes = page.getByRole("table", { name: "What would change" });
    expect(await changes.locator("tbody tr").first().innerText()).toMatch(
      /^2\t.+ \(130123000001\)\tSchool Name\t.+\tSchool 1$/,
    );

    await page.getByRole("button", { name: "Import 10,000 rows" }).click();
    await page
      .getByText("10,000 rows: 9,932 new, 68 updated, 0 unchanged. Recorded in the audit trail.")
      .waitFor({ timeout: 30_000 });
    expect(await page.getByRole("link", { name: "See the schools" }).isVisible()).toBe(true);

    await page.getByRole("button", { name: "Import another file" }).click();
    await page.locator('input[type="file"]').setInputFiles(path.join(dir, "schools.csv"));
    await page.getByRole("button", { name: "Check the file" }).click();
    await page.getByText("Nothing would change").waitFor({ timeout: 60_000 });
    expect(await page.getByRole("button", { name: "Import 10,000 rows" }).isDisabled()).toBe(true);
  }, 120_000);

  it("offers each role only the imports it may run", async () => {
    const { page, platform } = ctx;
    await signOut(page);
    await signIn(page, platform.url, "director@demo.allot.example");
    await page.getByRole("link", { name: "Import files" }).click();
    await page.getByRole("heading", { name: "Import the district's files" }).waitFor();
    expect(
      await page
        .getByRole("radio")
        .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label"))),
    ).toEqual(["Budget lines"]);

    // The template offered is a file the import takes as it is.
    await page.getByRole("radio", { name: "Budget lines" }).click();
    const [template] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download a template" }).click(),
    ]);
    expect(template.suggestedFilename()).toBe("budgetLines-template.csv");
    await page.locator('input[type="file"]').setInputFiles({
      name: template.suggestedFilename(),
      mimeType: "text/csv",
      buffer: readFileSync(await template.path()),
    });
    await page.getByRole("button", { name: "Check the file" }).click();
    await page.getByText("The file is ready to import").waitFor({ timeout: 30_000 });
  });
});
