import { beforeEach, describe, expect, it } from "vitest";

import { signIn, signOut, usePlatformAndPage } from "./platform.js";

const ctx = usePlatformAndPage();
beforeEach(() => ctx.page.context().clearCookies());

describe("the plan's goals as measures, in Chromium", () => {
  it("the director reads the graduation goal's baseline and target, and enters the baseline's year the plan left out", async () => {
    const { page, platform } = ctx;
    await signIn(page, platform.url, "director@demo.allot.example");
    await page.goto(`${platform.url}/funding/2022`);
    const need2 = page.getByTestId("need-2").getByTestId("goal-measure");
    await need2.waitFor();
    expect(await need2.innerText()).toMatch(/graduation rate · 69\.6% → 90% by 2023/);
    expect(await need2.innerText()).toMatch(/To enter: the data source, the baseline's year/);
    await need2.getByLabel("Baseline year").fill("2020");
    await need2.getByRole("button", { name: "Save goal" }).click();
    await expect.poll(() => need2.innerText()).toMatch(/\(baseline 2020\)/);
    expect(await need2.innerText()).toMatch(/To enter: the data source$/m);
    // The first goal states growth but no baseline: the director enters it.
    const need1 = page.getByTestId("need-1").getByTestId("goal-measure");
    await need1.getByLabel("Baseline", { exact: true }).fill("41.5");
    await need1.getByRole("button", { name: "Save goal" }).click();
    await expect.poll(() => need1.innerText()).toMatch(/To enter: the baseline's year$/m);

    // A value reached: the graduation goal's chart draws baseline, reached and target.
    await need2.getByLabel("School year").fill("2022");
    await need2.getByLabel("Value (%)").fill("74.25");
    await need2.getByRole("button", { name: "Record value" }).click();
    const chart = need2.getByRole("figure", { name: /graduation rate/ });
    await expect
      .poll(() => chart.getAttribute("aria-label"))
      .toBe(
        "graduation rate: 2020 target 69.6% reached 69.6%; 2022 reached 74.25%; 2023 target 90%",
      );
    await expect.poll(() => chart.locator(".recharts-line-curve").count()).toBe(2);
    await signOut(page);
  });

  it("a viewer reads the goals but has nothing to save", async () => {
    const { page, platform } = ctx;
    await signIn(page, platform.url, "viewer@demo.allot.example");
    await page.goto(`${platform.url}/funding/2022`);
    await page.getByTestId("need-1").getByTestId("goal-measure").waitFor();
    expect(await page.getByRole("button", { name: "Save goal" }).count()).toBe(0);
    await signOut(page);
  });
});
