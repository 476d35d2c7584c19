import { readFile } from "node:fs/promises";

import { beforeEach, describe, expect, it } from "vitest";

import { DEMO_PASSWORD } from "@allot/api/demo-users";

import { signIn, signOut, usePlatformAndPage } from "./platform.js";

const ctx = usePlatformAndPage();
// Each test starts signed out, whatever the one before it left.
beforeEach(() => ctx.page.context().clearCookies());

const dollars = (text: string) => Number(text.replace(/[$,]/g, ""));

describe("the budget and its compliance, in Chromium", () => {
  it("the director follows a deep link to the budget, reads each rule with its citation, and exports a program's function x object grid", async () => {
    const { page, platform } = ctx;
    await page.goto(`${platform.url}/budget/2022`);
    await page.waitForURL(/\/sign-in\?next=%2Fbudget%2F2022$/);
    await page.getByLabel("Email").fill("director@demo.allot.example");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Budget, FY2022" }).waitFor();
    expect(await page.getByText(/Coded in the GA chart of accounts/).isVisible()).toBe(true);

    // The seeded budget is coded and meets every rule it touches; with no budget adopted yet, the
    // schools' envelopes cannot be checked, and the report says what to do rather than pass.
    expect(await page.getByTestId("budget-compliance-summary").innerText()).toMatch(
      /^1 not checked: enter what each names \(\d+ pass\)/,
    );
    expect(await page.getByTestId("budget-rule-SCHOOL_ENVELOPE-all").innerText()).toMatch(
      /not checked[\s\S]*approve a scenario/i,
    );
    const rule = page.getByTestId("budget-rule-TITLE_III_ADMINISTRATION-TITLE_III_A");
    expect(await rule.innerText()).toMatch(
      /pass[\s\S]*ESEA 3115\(b\)[\s\S]*coded to function 2230/i,
    );

    await page.getByRole("radiogroup", { name: "Program" }).getByText("Title III-A").click();
    const grid = page.getByRole("table", { name: "Title III-A budget by function and object" });
    await grid.getByText("2230 Federal Grant Administration").waitFor();
    const total = await grid.getByTestId("totals-row").locator("th").nth(2).innerText();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export CSV" }).last().click(),
    ]);
    expect(download.suggestedFilename()).toBe("budget-TITLE_III_A-FY2022-function-object.csv");
    const rows = (await readFile(await download.path(), "utf8")).trim().split(/\r?\n/).slice(1);
    const sum = rows.reduce((s, r) => s + Number(r.split(",").at(-2)!.replace(/"/g, "")), 0);
    expect(sum).toBeCloseTo(dollars(total), 2);

    // The whole budget as the state's pages, from a link on the page.
    const [workbook] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "State budget workbook (XLSX)" }).click(),
    ]);
    expect(workbook.suggestedFilename()).toBe("budget-FY2022.xlsx");

    // The dashboard's alerts come from the same report.
    await page.goto(`${platform.url}/dashboard/2022`);
    expect(await page.getByTestId("budget-alerts").innerText()).toMatch(
      /^Budget: 1 not checked[\s\S]*Not checked: Each school's budget lines/,
    );
    await signOut(page);
  });

  it("a line coded to grant administration above Title III-A's 2% shows up failing, with its statute", async () => {
    const { page, platform } = ctx;
    await signIn(page, platform.url, "director@demo.allot.example");
    await page.goto(`${platform.url}/plan/2022/steps/1.2`);
    await page.getByRole("button", { name: "Add line" }).waitFor();
    await page.getByLabel("Program", { exact: true }).first().click();
    await page.getByRole("option", { name: "Title III, Part A", exact: true }).click();
    await page.getByLabel("Amount", { exact: true }).fill("20000.00");
    await page.getByLabel("Description").fill("Title III office supplies");
    await page.getByLabel("Function", { exact: true }).first().fill("2230");
    await page.getByRole("option", { name: "2230 Federal Grant Administration" }).click();
    await page.getByLabel("Object", { exact: true }).first().fill("610");
    await page.getByRole("option", { name: "610 Supplies", exact: true }).click();
    await page.getByRole("button", { name: "Add line" }).click();
    await page.getByTestId("line-Title III office supplies").waitFor();
    expect(await page.getByTestId("line-Title III office supplies").innerText()).toContain(
      "2230-610",
    );

    await page.goto(`${platform.url}/budget/2022`);
    const rule = page.getByTestId("budget-rule-TITLE_III_ADMINISTRATION-TITLE_III_A");
    await rule.waitFor();
    expect(await rule.innerText()).toMatch(/fail[\s\S]*ESEA 3115\(b\)/i);
    await page.goto(`${platform.url}/dashboard/2022`);
    expect(await page.getByTestId("budget-alerts").innerText()).toMatch(
      /Fails: Title III-A, Title III administration at most 2%/,
    );
    await signOut(page);
  });

  it("finance enters the fund and program codes of a grant: a wrong width is named at the field, a right one is kept", async () => {
    const { page, platform } = ctx;
    await signIn(page, platform.url, "finance@demo.allot.example");
    await page.goto(`${platform.url}/budget/2022`);
    const fund = page.getByLabel("Title II-A fund code");
    await fund.fill("10");
    await page.getByLabel("Title II-A program code").fill("4321");
    await page.getByRole("button", { name: "Save Title II-A" }).click();
    await page.getByText('Fund code "10" must be 3 digits in the GA chart of accounts.').waitFor();
    await fund.fill("100");
    await page.getByRole("button", { name: "Save Title II-A" }).click();
    await page.getByText("Codes saved").waitFor();
    await page.reload();
    await page.getByRole("table", { name: "Account codes per program" }).waitFor();
    expect(await page.getByLabel("Title II-A fund code").inputValue()).toBe("100");
    expect(await page.getByLabel("Title II-A program code").inputValue()).toBe("4321");
    await signOut(page);
  });

  it("a school leader has no district-wide budget: no menu entry, no report on the dashboard", async () => {
    const { page, platform } = ctx;
    await signIn(page, platform.url, "leader@demo.allot.example");
    await page.goto(`${platform.url}/dashboard/2022`);
    await page.getByRole("heading", { name: "FY2022 at a glance" }).waitFor();
    expect(await page.getByRole("link", { name: "Budget and compliance" }).count()).toBe(0);
    expect(await page.getByTestId("budget-alerts").count()).toBe(0);
    await page.goto(`${platform.url}/budget/2022`);
    await page.getByText("Could not load the budget").waitFor();
    await signOut(page);
  });

  it("on a phone the rules and the grid stay readable without the page scrolling sideways", async () => {
    const { page, platform } = ctx;
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      // A deep link on a phone: sign in, land on the budget.
      await page.goto(`${platform.url}/budget/2022`);
      await page.getByLabel("Email").fill("finance@demo.allot.example");
      await page.getByLabel("Password").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByRole("table", { name: "Budget compliance rules" }).waitFor();
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true);
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });
});
