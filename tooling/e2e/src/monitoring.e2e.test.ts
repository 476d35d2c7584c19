import { beforeEach, describe, expect, it } from "vitest";

import { DEMO_PASSWORD } from "@allot/api/demo-users";

import { signIn, signOut, usePlatformAndPage } from "./platform.js";

const ctx = usePlatformAndPage();
beforeEach(() => ctx.page.context().clearCookies());

describe("progress monitoring of action steps, in Chromium", () => {
  it("the director follows a deep link, records step 1.3 at mid-year with a PDF, and sees it beside the step's money", async () => {
    const { page, platform } = ctx;
    await page.goto(`${platform.url}/monitoring/2022`);
    await page.getByLabel("Email").fill("director@demo.allot.example");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    const row = page.getByTestId("progress-1.3");
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Not recorded\s+Not recorded\s+0\s+\$[\d,.]+/);
    await row.click();
    const drawer = page.getByRole("dialog");
    await drawer.getByLabel("Implementation").click();
    await page.getByRole("option", { name: "Partial" }).click();
    await drawer.getByLabel("Evidence").fill("Sign-in sheets from four family nights");
    await drawer.getByLabel("Notes").fill("Attendance doubled at the second night.");
    await drawer.locator('input[type="file"]').setInputFiles({
      name: "sign-in.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n% sign-in sheet\n%%EOF\n"),
    });
    await drawer.getByRole("button", { name: "Save progress" }).click();
    await drawer.getByRole("link", { name: "sign-in.pdf" }).waitFor();
    await page.keyboard.press("Escape");
    await expect.poll(() => row.innerText()).toMatch(/Partial\s+Not recorded\s+1\s+\$/);
    // Opened again, the record shows what was saved.
    await row.click();
    expect(await page.getByRole("dialog").getByLabel("Notes").inputValue()).toBe(
      "Attendance doubled at the second night.",
    );
    await page.keyboard.press("Escape");

    // The year's window dates: the defaults until the director sets them.
    const dates = page.getByTestId("window-dates");
    expect(await dates.innerText()).toMatch(
      /Mid-year: 2021-12-01 to 2022-01-31 .*\(default dates\)/s,
    );
    await dates.getByRole("button", { name: "Change the dates" }).click();
    await dates.getByLabel("Mid-year closes").fill("2021-11-01");
    await dates.getByRole("button", { name: "Save the dates" }).click();
    expect(await page.getByTestId("window-dates-error").innerText()).toBe(
      "The window closes before it opens.",
    );
    await dates.getByLabel("Mid-year closes").fill("2022-01-14");
    await dates.getByRole("button", { name: "Save the dates" }).click();
    await dates.getByText(/Mid-year: 2021-12-01 to 2022-01-14/).waitFor();

    // The state export carries what was just recorded.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Export for the state (XLSX)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("progress-monitoring-FY2022.xlsx");
    await signOut(page);
  });

  it("a viewer reads every step's progress but has nothing to save", async () => {
    const { page, platform } = ctx;
    await signIn(page, platform.url, "viewer@demo.allot.example");
    await page.goto(`${platform.url}/monitoring/2022`);
    await page.getByTestId("progress-1.1").click();
    await page.getByRole("dialog").getByLabel("Evidence").waitFor();
    expect(await page.getByRole("button", { name: "Save progress" }).count()).toBe(0);
    await page.keyboard.press("Escape");
    await signOut(page);
  });
});
