import { beforeEach, describe, expect, it } from "vitest";

import { DEMO_PASSWORD } from "@allot/api/demo-users";

import { signIn, signOut, usePlatformAndPage } from "./platform.js";

const ctx = usePlatformAndPage();
beforeEach(() => ctx.page.context().clearCookies());

describe("positions and their split funding, in Chromium", () => {
  it("finance staff follow a deep link, open a coach, are stopped above 100%, and re-split it 60/40", async () => {
    const { page, platform } = ctx;
    await page.goto(`${platform.url}/positions/2022`);
    await page.waitForURL(/\/sign-in\?next=%2Fpositions%2F2022$/);
    await page.getByLabel("Email").fill("finance@demo.allot.example");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Positions, FY2022" }).waitFor();

    const coach = page.getByTestId("position-PLC-01");
    expect(await coach.innerText()).toMatch(/Title I-A 50% · Title II-A 50%/);
    await coach.click();
    const drawer = page.getByRole("dialog");
    await drawer.getByRole("table", { name: "Cost" }).waitFor();
    expect(await drawer.getByRole("table", { name: "Cost" }).innerText()).toMatch(
      /Salary[\s\S]*Teachers Retirement System[\s\S]*Total/,
    );

    // Above 100% is refused before anything is sent, with the total.
    await drawer.getByLabel("Share %").first().fill("60");
    await drawer.getByRole("button", { name: "Save shares" }).click();
    expect(await drawer.getByTestId("shares-error").innerText()).toMatch(
      /The shares add up to 110.00%, more than 100%/,
    );
    await drawer.getByLabel("Share %").nth(1).fill("40");
    await drawer.getByRole("button", { name: "Save shares" }).click();
    await expect
      .poll(() => page.getByTestId("position-PLC-01").innerText())
      .toMatch(/Title I-A 60% · Title II-A 40%/);
    await page.keyboard.press("Escape");
    await signOut(page);
  });

  it("finance raises a step of the salary schedule and the positions on it follow; a bad amount is named at its step", async () => {
    const { page, platform } = ctx;
    await signIn(page, platform.url, "finance@demo.allot.example");
    await page.goto(`${platform.url}/positions/2022`);
    const tds = page.getByTestId("position-TDS-01");
    expect(await tds.innerText()).toMatch(/\$78,000\.00 · step 7/);
    const step7 = page.getByLabel("Step 7 salary");
    await step7.fill("79,0000");
    await page.getByRole("button", { name: "Save Certified (illustrative)" }).click();
    await page.getByText("Dollars and cents, e.g. 78,000.00.").waitFor();
    await step7.fill("79,000.00");
    await page.getByRole("button", { name: "Save Certified (illustrative)" }).click();
    await page.getByText("Schedule saved").waitFor();
    await expect.poll(() => tds.innerText()).toMatch(/\$79,000\.00 · step 7/);
    // A viewer reads the schedule but has no inputs.
    await signOut(page);
    await signIn(page, platform.url, "viewer@demo.allot.example");
    await page.goto(`${platform.url}/positions/2022`);
    await page.getByRole("table", { name: "Certified (illustrative) steps" }).waitFor();
    expect(await page.getByLabel("Step 7 salary").count()).toBe(0);
    await signOut(page);
  });

  it("finance imports 100 positions from the HR file and pages through all of them", async () => {
    const { page, platform } = ctx;
    await signIn(page, platform.url, "finance@demo.allot.example");
    await page.getByRole("link", { name: "Import files" }).click();
    await page.getByRole("radio", { name: "Positions (HR system)" }).click();
    // Codes after every seeded one, so the seeded positions stay on the first page.
    const rows = Array.from(
      { length: 100 },
      (_, i) => `2022,ZZ-${String(i + 1).padStart(3, "0")},Tutor,PARA,,0.50,21000,Vacant,`,
    );
    await page.locator('input[type="file"]').setInputFiles({
      name: "hr-positions.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        `Fiscal Year,Position Code,Title,Job Class,NCES School ID,FTE,Salary,Status,Person\n${rows.join("\n")}\n`,
      ),
    });
    await page.getByRole("button", { name: "Check the file" }).click();
    await page.getByText("The file is ready to import").waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Import 100 rows" }).click();
    await page.getByRole("link", { name: "See the positions" }).click();

    await page.getByText(/^Positions 1-100 of 135$/).waitFor();
    expect(await page.getByTestId("position-ZZ-065").count()).toBe(1);
    await page.getByRole("button", { name: "Next page" }).click();
    await page.getByText(/^Positions 101-135 of 135$/).waitFor();
    expect(await page.getByTestId("position-ZZ-100").count()).toBe(1);
    expect(await page.getByRole("button", { name: "Next page" }).isDisabled()).toBe(true);
    await page.getByRole("button", { name: "Previous page" }).click();
    await page.getByText(/^Positions 1-100 of 135$/).waitFor();
    await signOut(page);
  });

  it("a viewer reads the positions but has nothing to save", async () => {
    const { page, platform } = ctx;
    await signIn(page, platform.url, "viewer@demo.allot.example");
    await page.goto(`${platform.url}/positions/2022`);
    await page.getByTestId("position-PARA-01").click();
    await page.getByRole("dialog").getByRole("table", { name: "Cost" }).waitFor();
    expect(await page.getByRole("button", { name: "Save shares" }).count()).toBe(0);
    await page.keyboard.press("Escape");
    await signOut(page);
  });

  it("on a 1024 px screen the page does not scroll sideways", async () => {
    const { page, platform } = ctx;
    await page.setViewportSize({ width: 1024, height: 768 });
    try {
      await signIn(page, platform.url, "director@demo.allot.example");
      await page.goto(`${platform.url}/positions/2022`);
      await page.getByRole("table", { name: "Positions" }).waitFor();
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true);
      await signOut(page);
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });
});
