import { readFileSync } from "node:fs";

import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

import { signIn, signOut, usePlatformAndPage } from "./platform.js";

const ctx = usePlatformAndPage();
const dollars = (text: string) => Math.round(Number(text.replace(/[$,]/g, "")) * 100);

/** School, EL share and total of each row of the scenario results table. */
async function results(page: Page) {
  const rows = await page
    .getByRole("table", { name: "Scenario results" })
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent ?? "")),
    );
  return rows.map((c) => ({
    school: c[0]!,
    el: Number(c[2]!.replace("%", "")),
    total: dollars(c[5]!),
  }));
}

describe("what finance staff and the federal programs director do, in Chromium", () => {
  let scenarioUrl = "";

  it("a finance analyst builds a scenario, raises the English-learner weight, runs it, and the schools with many English learners gain", async () => {
    const { page, platform } = ctx;
    await signIn(page, platform.url, "finance@demo.allot.example");
    await page.getByRole("link", { name: "Scenarios" }).click();
    await page.getByLabel("Name").fill("EL weight study");
    await page.getByRole("button", { name: "New scenario" }).click();
    await page.getByRole("button", { name: "Save and run" }).click();
    await page.getByRole("table", { name: "Scenario results" }).waitFor();
    const before = await results(page);
    expect(before).toHaveLength(68);

    await page.getByLabel("English learners weight").fill("1.5");
    await page.getByRole("button", { name: "Save and run" }).click();
    await page.getByText(/version 5 · run/).waitFor(); // created 1, saved 2, run 3; saved 4, run 5
    const after = new Map((await results(page)).map((r) => [r.school, r.total]));
    const mostEl = [...before].sort((a, b) => b.el - a.el).slice(0, 8);
    const fewestEl = [...before].sort((a, b) => a.el - b.el).slice(0, 8);
    for (const s of mostEl) expect(after.get(s.school)!, s.school).toBeGreaterThan(s.total);
    expect(fewestEl.reduce((a, s) => a + after.get(s.school)! - s.total, 0)).toBeLessThan(0);

    // Each amount says how it was reached.
    await page
      .getByRole("table", { name: "Scenario results" })
      .getByText(mostEl[0]!.school)
      .click();
    expect(await page.getByTestId("explanation-TITLE_III_A").innerText()).toMatch(
      /English learners of [\d,.]+ in eligible schools/,
    );
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Submit for approval" }).click();
    await page.getByTestId("scenario-status").getByText("submitted").waitFor();
    scenarioUrl = page.url();
    await signOut(page);
  });

  it("the federal programs director approves it: read-only from then on, with who and when, and it is the adopted budget on the dashboard", async () => {
    const { page, platform } = ctx;
    await signIn(page, platform.url, "director@demo.allot.example");
    // It waits for them on the dashboard.
    await page.getByTestId("waiting").getByRole("link", { name: "EL weight study" }).click();
    await page.waitForURL(scenarioUrl);
    await page.getByRole("button", { name: "Approve" }).click();
    // Approving is final: a confirmation first, with the comparison against the adopted budget.
    const dialog = page.getByRole("dialog", { name: 'Approve "EL weight study"?' });
    await dialog.getByText(/It is final/).waitFor();
    expect(await dialog.getByTestId("approve-comparison").locator("tbody tr").count()).toBe(7);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    expect(await page.getByTestId("scenario-status").innerText()).toBe("SUBMITTED");
    await page.getByRole("button", { name: "Approve" }).click();
    await dialog.getByRole("button", { name: "Approve: this is final" }).click();
    await page.getByTestId("scenario-status").getByText("approved").waitFor();
    expect(
      await page
        .getByText(
          /Approved by Demo Federal Programs Director \(director@demo\.allot\.example\) on/,
        )
        .isVisible(),
    ).toBe(true);
    expect(await page.getByLabel("English learners weight").isDisabled()).toBe(true);
    expect(await page.getByRole("button", { name: "Save and run" }).count()).toBe(0);
    await page.getByRole("link", { name: "Dashboard" }).click();
    await expect
      .poll(() => page.getByText('Adopted budget: "EL weight study"').isVisible())
      .toBe(true);
  });

  it("the director opens action step 1 of need 1, sees its funding by program, is told a negative amount is wrong, and a valid one moves the totals", async () => {
    const { page, platform } = ctx;
    await page.goto(`${platform.url}/funding/2022`);
    await page.getByTestId("step-1.1").getByRole("link", { name: "1.1", exact: true }).click();
    await page.getByTestId("budget-lines").waitFor();
    expect(await page.getByTestId("step-program-TITLE_I_A").isVisible()).toBe(true);
    const totalBefore = dollars(
      (await page.getByTestId("step-total").innerText()).replace("Total ", ""),
    );

    await page.getByLabel("Program", { exact: true }).first().click();
    await page.getByRole("option", { name: "Title I, Part A", exact: true }).click();
    await page.getByLabel("Amount", { exact: true }).fill("-250");
    await page.getByLabel("Description").fill("Literacy coaches");
    await page.getByRole("button", { name: "Add line" }).click();
    await expect
      .poll(() => page.getByText("Amount must be greater than zero.").isVisible())
      .toBe(true);
    expect(dollars((await page.getByTestId("step-total").innerText()).replace("Total ", ""))).toBe(
      totalBefore,
    );

    await page.getByLabel("Amount", { exact: true }).fill("1234.56");
    await page.getByRole("button", { name: "Add line" }).click();
    // The new line and the totals arrive after a refetch: seconds on a busy machine, not one.
    await expect
      .poll(
        async () =>
          dollars((await page.getByTestId("step-total").innerText()).replace("Total ", "")),
        { timeout: 15_000 },
      )
      .toBe(totalBefore + 123_456);
    expect(await page.getByTestId("line-Literacy coaches").innerText()).toContain("$1,234.56");
    await signOut(page);
  });

  it("a viewer sees everything and can change nothing", async () => {
    const { page, platform } = ctx;
    await signIn(page, platform.url, "viewer@demo.allot.example");
    await page.goto(`${platform.url}/plan/2022/steps/1.1`);
    await page.getByTestId("budget-lines").waitFor();
    expect(await page.getByText("Literacy coaches").isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Add line" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /^Change / }).count()).toBe(0);
    await page.goto(`${platform.url}/scenarios/2022`);
    await page.getByRole("table", { name: "Scenarios" }).waitFor();
    expect(await page.getByRole("button", { name: "New scenario" }).count()).toBe(0);
    await page.getByRole("link", { name: "EL weight study" }).click();
    await page.getByRole("table", { name: "Scenario results" }).waitFor();
    expect(await page.getByRole("button", { name: /Save|Approve|Reject|Submit/ }).count()).toBe(0);
  });

  it("exports what a table shows, filtered, to CSV and XLSX", async () => {
    const { page, platform } = ctx;
    await page.goto(`${platform.url}/schools`);
    await page.getByRole("table", { name: "Schools" }).waitFor();
    await page.getByLabel("Filter Schools").fill("Middle");
    const shown = await page.getByRole("table", { name: "Schools" }).locator("tbody tr").count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(68);
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export CSV" }).click(),
    ]);
    const text = readFileSync(await csv.path(), "utf8")
      .trim()
      .split(/\r?\n/);
    expect(text[0]).toMatch(/^NCES id,School,Level,Enrollment,Poverty %/);
    expect(text).toHaveLength(shown + 1);
    expect(text.slice(1).every((l) => l.includes("Middle"))).toBe(true);
    const [xlsx] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export XLSX" }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe("schools.xlsx");
    expect(
      readFileSync(await xlsx.path())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK"); // an Office Open XML zip
    await signOut(page);
  });

  it("the director sends a submitted scenario back to draft with a comment the analyst sees", async () => {
    const { page, platform } = ctx;
    await signIn(page, platform.url, "finance@demo.allot.example");
    await page.goto(`${platform.url}/scenarios/2022`);
    await page.getByLabel("Name").fill("Needs another look");
    await page.getByRole("button", { name: "New scenario" }).click();
    await page.getByRole("button", { name: "Save and run" }).click();
    await page.getByRole("table", { name: "Scenario results" }).waitFor();
    await page.getByRole("button", { name: "Submit for approval" }).click();
    await page.getByTestId("scenario-status").getByText("submitted").waitFor();
    const url = page.url();
    await signOut(page);
    await signIn(page, platform.url, "director@demo.allot.example");
    await page.goto(url);
    await page.getByRole("button", { name: "Reject" }).click();
    await page.getByLabel("What should change?").fill("Hold Title III administration at 1%");
    await page.getByRole("dialog").getByRole("button", { name: "Reject" }).click();
    await page.getByTestId("scenario-status").getByText("sent back").waitFor();
    await signOut(page);
    await signIn(page, platform.url, "finance@demo.allot.example");
    await page.goto(url);
    await expect
      .poll(() => page.getByTestId("sent-back").innerText())
      .toMatch(/Sent back by the reviewer\s+Hold Title III administration at 1%/);
    await page.goto(`${platform.url}/scenarios/2022`);
    await expect
      .poll(() => page.getByRole("row", { name: /Needs another look/ }).innerText())
      .toMatch(/sent back/i);
  });
});
