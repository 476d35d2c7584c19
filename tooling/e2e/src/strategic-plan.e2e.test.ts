import { beforeEach, describe, expect, it } from "vitest";

import { signIn, signOut, usePlatformAndPage } from "./platform.js";

const ctx = usePlatformAndPage();
beforeEach(() => ctx.page.context().clearCookies());

describe("the strategic plan on screen, in Chromium", () => {
  it("the director marks the addendum's priorities and links a step, and its money moves to the goal", async () => {
    const { page, platform } = ctx;
    await signIn(page, platform.url, "director@demo.allot.example");
    await page.goto(`${platform.url}/strategic-plan/2022`);
    const priorities = page.getByTestId("priorities");
    await priorities
      .getByText(/4 performance objectives were chosen .* on 2022-01-27\. 0 of 4/)
      .waitFor();

    await priorities.getByLabel("Priority objectives").click();
    await page.getByRole("option", { name: /^5\.1 / }).click();
    await page.keyboard.press("Escape");
    await priorities.getByRole("button", { name: "Save priorities" }).click();
    await priorities.getByText(/1 of 4 are marked/).waitFor();

    // Link step 2.4 to 6.1.2a (arts integration) as well.
    const row = page.getByTestId("links-2.4");
    await row.getByLabel("Strategic steps served by 2.4").click();
    await page.getByRole("option", { name: /^6\.1\.2a / }).click();
    await page.keyboard.press("Escape");
    await row.getByRole("button", { name: "Save" }).click();
    const byGoal = page.getByRole("table", { name: "Federal budget by strategic goal" });
    const goal6 = byGoal.getByRole("row", { name: /Goal 6: Education In and Through the Arts/ });
    await goal6.waitFor();
    expect(await goal6.innerText()).toMatch(/2\.4/);

    await page.getByRole("button", { name: /Goal 6:/ }).click();
    const arts = page.getByRole("listitem").filter({ hasText: /^6\.1\.2a / });
    expect(await arts.innerText()).toMatch(/served by improvement plan step 2\.4/);
    await signOut(page);
  });

  it("a viewer reads the plan and its links without editing them, on a phone", async () => {
    const { page, platform } = ctx;
    await signIn(page, platform.url, "viewer@demo.allot.example");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${platform.url}/strategic-plan/2022`);
    await page.getByRole("table", { name: "Strategic links" }).waitFor();
    expect(await page.getByRole("button", { name: "Save priorities" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Save", exact: true }).count()).toBe(0);
    await page.setViewportSize({ width: 1280, height: 720 });
    await signOut(page);
  });
});
