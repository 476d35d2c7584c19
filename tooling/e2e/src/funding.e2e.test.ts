import { describe, expect, it } from "vitest";

import { signIn, signOut, usePlatformAndPage } from "./platform.js";

const ctx = usePlatformAndPage();

describe("sign-in, in Chromium", () => {
  it("sends a signed-out visitor to sign in, shows a wrong password at the field, then lands where they were going", async () => {
    await ctx.page.goto(`${ctx.platform.url}/funding/2022`);
    await ctx.page.waitForURL(/\/sign-in\?next=%2Ffunding%2F2022$/);
    await ctx.page.getByLabel("Email").fill("director@demo.allot.example");
    await ctx.page.getByLabel("Password").fill("not the password");
    await ctx.page.getByRole("button", { name: "Sign in" }).click();
    await expect
      .poll(() => ctx.page.getByText("The email or the password is wrong.").isVisible())
      .toBe(true);
    await signIn(ctx.page, ctx.platform.url, "director@demo.allot.example");
    expect(await ctx.page.getByTestId("viewer").innerText()).toContain("Federal programs director");
  });

  it("signs out, and the pages are closed again", async () => {
    await signOut(ctx.page);
    await ctx.page.waitForURL(/\/sign-in$/);
    await ctx.page.goto(`${ctx.platform.url}/funding/2022`);
    await ctx.page.waitForURL(/\/sign-in/);
    await signIn(ctx.page, ctx.platform.url, "viewer@demo.allot.example");
  });
});

describe("funding per action step, in Chromium", () => {
  it("opens the dashboard of the newest fiscal year, with each program's award", async () => {
    await ctx.page.goto(ctx.platform.url);
    await ctx.page.waitForURL(/\/dashboard\/2022$/);
    await expect.poll(() => ctx.page.getByTestId("dashboard-TITLE_I_A").isVisible()).toBe(true);
    expect(await ctx.page.getByTestId("dashboard-TITLE_I_A").innerText()).toContain(
      "$29,936,150.00",
    );
  });

  it("opens funding by action step on the newest fiscal year and shows every action step grouped by need", async () => {
    await ctx.page.getByRole("link", { name: "Funding by action step" }).first().click();
    await ctx.page.waitForURL(/\/funding\/2022$/);
    await expect
      .poll(() =>
        ctx.page.getByRole("heading", { name: "Funding by action step, FY2022" }).isVisible(),
      )
      .toBe(true);
    const steps = await ctx.page
      .locator("[data-testid^=step-]")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-testid")));
    expect(steps).toEqual([
      "step-1.1",
      "step-1.2",
      "step-1.3",
      "step-1.4",
      "step-1.5",
      "step-1.6",
      "step-1.7",
      "step-2.1",
      "step-2.2",
      "step-2.3",
      "step-2.4",
      "step-2.5",
      "step-2.6",
    ]);
    expect(
      await ctx.page
        .getByRole("rowheader", { name: /^Need 1: Increase teacher effectiveness/ })
        .count(),
    ).toBe(1);
  });

  it("shows a dash where the plan does not allow a program, and amounts where it does", async () => {
    // Action step 2.4 may be paid only by Title IV-A.
    const cells = await ctx.page.getByTestId("step-2.4").locator("td").allInnerTexts();
    expect(cells.filter((c) => c === "—")).toHaveLength(6);
    expect(cells.filter((c) => /^\$[\d,]+\.\d{2}$/.test(c))).toHaveLength(2); // Title IV-A and the row total
  });

  it("shows each program's award and what remains, formatted as dollars", async () => {
    const titleI = await ctx.page.getByTestId("program-TITLE_I_A").innerText();
    expect(titleI).toContain("$29,936,150.00");
    const remaining = await ctx.page.locator("[data-testid=remaining-row] td").allInnerTexts();
    expect(remaining).toHaveLength(8);
    for (const cell of remaining) expect(cell).toMatch(/^\$[\d,]+\.\d{2}$/);
  });

  it("on a 1024 px screen each program's card shows its whole award and what is left", async () => {
    const { page } = ctx;
    await page.setViewportSize({ width: 1024, height: 768 });
    try {
      await expect.poll(() => page.getByTestId("program-TITLE_I_A").isVisible()).toBe(true);
      const clipped = await page.locator("[data-testid^=program-]").evaluateAll((cards) =>
        cards.flatMap((card) => {
          const edge = card.getBoundingClientRect().right + 1;
          return Array.from(card.querySelectorAll("p"))
            .filter((t) => t.getBoundingClientRect().right > edge)
            .map((t) => `${card.getAttribute("data-testid")}: ${t.textContent}`);
        }),
      );
      expect(clipped).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  it("says so when a year has no plan", async () => {
    await ctx.page.goto(`${ctx.platform.url}/funding/2031`);
    await expect
      .poll(() => ctx.page.getByText("FY2031 has no District Improvement Plan yet").isVisible())
      .toBe(true);
  });
});
