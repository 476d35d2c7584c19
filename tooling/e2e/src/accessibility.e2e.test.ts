import axe from "axe-core";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";

import { signIn, signOut, usePlatformAndPage } from "./platform.js";

const ctx = usePlatformAndPage();
// Each test starts signed out, whatever the one before it left; with reduced motion, so axe reads
// dialogs as they are, not half faded in.
beforeEach(async () => {
  await ctx.page.context().clearCookies();
  await ctx.page.emulateMedia({ reducedMotion: "reduce" });
});

interface Finding {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** axe-core's WCAG 2.1 A and AA rules on the page as it stands; only critical and serious findings. */
async function seriousFindings(page: Page): Promise<Finding[]> {
  // Evaluated through the browser's debugging protocol, which the app's script-src CSP allows.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const r = await run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return r.violations
      .filter((v) => v.impact === "critical" || v.impact === "serious")
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
      }));
  });
}

/** Opens a screen, waits until it has loaded its data, and checks it with axe. */
async function check(page: Page, url: string, ready: (page: Page) => Promise<unknown>) {
  await page.goto(url);
  await ready(page);
  await page.waitForFunction(
    () => !document.querySelector('[aria-label^="Loading"], [aria-label^="Checking"]'),
  );
  expect(await seriousFindings(page), url).toEqual([]);
  expect(await page.title(), url).toMatch(/ · Allot$/);
}

/** The main menu is off screen (a phone's closed drawer). */
const menuOffScreen = (page: Page) =>
  page
    .getByRole("navigation", { name: "Main" })
    .evaluate((nav) => nav.getBoundingClientRect().right <= 0);

const heading = (name: RegExp | string) => (page: Page) =>
  page.getByRole("heading", { name }).first().waitFor();

describe("accessibility (WCAG 2.1 AA by axe-core) on every screen, in Chromium", () => {
  let scenarioUrl = "";
  let secondUrl = "";

  it("sign-in, signed out", async () => {
    const { page, platform } = ctx;
    await check(page, `${platform.url}/sign-in`, (p) => p.getByLabel("Password").waitFor());
  });

  it("every screen a finance analyst uses", async () => {
    const { page, platform } = ctx;
    await signIn(page, platform.url, "finance@demo.allot.example");
    const u = platform.url;
    for (const name of ["Access study", "Access study, second"]) {
      await page.goto(`${u}/scenarios/2022`);
      await page.getByLabel("Name").fill(name);
      await page.getByRole("button", { name: "New scenario" }).click();
      await page.getByRole("button", { name: "Save and run" }).click();
      await page.getByRole("table", { name: "Scenario results" }).waitFor();
      if (!scenarioUrl) scenarioUrl = page.url();
      else secondUrl = page.url();
    }
    await check(page, `${u}/dashboard/2022`, heading("FY2022 at a glance"));
    await check(page, `${u}/funding/2022`, heading(/Funding by action step, FY2022/));
    await check(page, `${u}/positions/2022`, (p) =>
      p.getByRole("table", { name: "Positions" }).waitFor(),
    );
    await page.getByTestId("position-PLC-01").click();
    await page.getByRole("dialog").getByRole("table", { name: "Cost" }).waitFor();
    expect(await seriousFindings(page), "position drawer").toEqual([]);
    await page.keyboard.press("Escape");
    await check(page, `${u}/monitoring/2022`, (p) =>
      p.getByRole("table", { name: "Action step progress" }).waitFor(),
    );
    await check(page, `${u}/budget/2022`, (p) =>
      p.getByRole("table", { name: "Budget compliance rules" }).waitFor(),
    );
    await check(page, `${u}/plan/2022`, heading(/Improvement plan, FY2022/));
    await check(page, `${u}/strategic-plan/2022`, (p) =>
      p.getByRole("table", { name: "Strategic links" }).waitFor(),
    );
    await check(page, `${u}/plan/2022/steps/1.1`, (p) =>
      p.getByRole("table", { name: "Budget lines" }).waitFor(),
    );
    await check(page, `${u}/schools`, (p) => p.getByRole("table", { name: "Schools" }).waitFor());
    await check(page, `${u}/scenarios/2022`, (p) =>
      p.getByRole("table", { name: "Scenarios" }).waitFor(),
    );
    await check(page, scenarioUrl, (p) =>
      p.getByRole("table", { name: "Scenario results" }).waitFor(),
    );
    await check(page, `${scenarioUrl}/compliance`, (p) =>
      p.getByTestId("report-summary").waitFor(),
    );
    const [a, b] = [scenarioUrl, secondUrl].map((x) => x.split("/").at(-1)!);
    await check(page, `${u}/scenarios/compare?a=${a}&b=${b}`, heading(/Access study and/));
    await check(page, `${u}/import`, heading(/Import/));

    // A school opens from its row with the keyboard, as with a mouse.
    await page.goto(`${u}/schools`);
    const firstRow = page.getByRole("table", { name: "Schools" }).locator("tbody tr").first();
    await firstRow.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/schools\/.+/);
    await page.getByRole("heading").first().waitFor();
    await page.waitForFunction(() => !document.querySelector('[aria-label^="Loading"]'));
    expect(await seriousFindings(page), "school page").toEqual([]);

    // A scenario's result row opens its explanation with the keyboard.
    await page.goto(scenarioUrl);
    await page.getByRole("table", { name: "Scenario results" }).locator("tbody tr").first().focus();
    await page.keyboard.press("Enter");
    await page.getByRole("dialog").waitFor();
    expect(await seriousFindings(page), "explanation drawer").toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Submit for approval" }).click();
    await page.getByTestId("scenario-status").getByText("submitted").waitFor();
    await signOut(page);
  }, 180_000); // two scenario runs and fifteen screens: about 45 s alone, over 60 s beside the API suite

  it("the director's approval dialog, and each role's dashboard", async () => {
    const { page, platform } = ctx;
    await signIn(page, platform.url, "director@demo.allot.example");
    await page.goto(scenarioUrl);
    await page.getByRole("button", { name: "Approve" }).click();
    await page.getByTestId("approve-comparison").waitFor();
    expect(await seriousFindings(page), "approve dialog").toEqual([]);
    await page.keyboard.press("Escape");
    await signOut(page);
    for (const who of ["admin", "leader", "viewer"]) {
      await signIn(page, platform.url, `${who}@demo.allot.example`);
      await check(page, `${platform.url}/dashboard/2022`, heading("FY2022 at a glance"));
      if (who === "admin") await check(page, `${platform.url}/tokens`, heading(/API tokens/));
      await signOut(page);
    }
  });

  it("a phone: the menu is a button, every page is reachable and sign-out is in the menu", async () => {
    const { page, platform } = ctx;
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(`${platform.url}/sign-in`);
      await page.getByLabel("Email").fill("director@demo.allot.example");
      await page.getByLabel("Password").fill("allot-demo-2022");
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByRole("button", { name: "Open the menu" }).waitFor();
      // The menu does not cover the page until it is opened.
      expect(await menuOffScreen(page)).toBe(true);
      await check(page, `${platform.url}/dashboard/2022`, heading("FY2022 at a glance"));
      await check(page, scenarioUrl, (p) =>
        p.getByRole("table", { name: "Scenario results" }).waitFor(),
      );
      await page.getByRole("button", { name: "Open the menu" }).click();
      await page
        .getByRole("navigation", { name: "Main" })
        .getByRole("link", { name: "Funding by action step" })
        .click();
      await page.waitForURL(/\/funding\/2022$/);
      await expect.poll(() => menuOffScreen(page)).toBe(true);
      await page.getByRole("button", { name: "Open the menu" }).click();
      await page
        .getByRole("navigation", { name: "Main" })
        .getByRole("button", { name: "Sign out" })
        .click();
      await page.waitForURL(/\/sign-in/);
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  it("at 1024 px every column of the dashboard's programs is on screen or its table scrolls on its own", async () => {
    const { page, platform } = ctx;
    await page.setViewportSize({ width: 1024, height: 768 });
    try {
      await signIn(page, platform.url, "finance@demo.allot.example");
      await check(page, `${platform.url}/dashboard/2022`, (p) =>
        p.getByTestId("program-table").waitFor(),
      );
      const fits = await page.evaluate(() => {
        const table = document.querySelector('[data-testid="program-table"]')!;
        const remaining = Array.from(table.querySelectorAll<HTMLTableCellElement>("th"))
          .find((th) => th.textContent === "Unbudgeted")!
          .getBoundingClientRect();
        const scroller = table.closest(".mantine-Table-scrollContainer") ?? table.parentElement!;
        const box = scroller.getBoundingClientRect();
        return (
          remaining.right <= Math.min(box.right, window.innerWidth) + 1 ||
          scroller.scrollWidth > scroller.clientWidth
        );
      });
      expect(fits).toBe(true);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true);
      await signOut(page);
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });
});
