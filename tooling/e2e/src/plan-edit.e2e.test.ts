import { beforeEach, describe, expect, it } from "vitest";

import { signIn, signOut, usePlatformAndPage } from "./platform.js";

const ctx = usePlatformAndPage();
beforeEach(() => ctx.page.context().clearCookies());

describe("editing the plan's programs per step, in Chromium", () => {
  it("the director may not drop a program the step's positions still use: the refusal names them", async () => {
    const { page, platform } = ctx;
    await signIn(page, platform.url, "director@demo.allot.example");
    await page.goto(`${platform.url}/plan/2022/steps/2.2`);
    // Clicking the field's label opens its list of programs.
    await page.getByText("Programs that may pay for this step").click();
    await page.getByRole("option", { name: "Title II-A" }).click();
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Save programs" }).click();
    const error = page.getByTestId("step-programs-error");
    await error.waitFor();
    expect(await error.innerText()).toMatch(/Step 2\.2 still pays with Title II-A: .*PLC-01/s);
    // Nothing changed: the step still shows Title II-A's funding.
    await page.reload();
    await page.getByTestId("step-program-TITLE_II_A").waitFor();
    await signOut(page);
  });

  it("a viewer sees the step's programs but cannot edit them", async () => {
    const { page, platform } = ctx;
    await signIn(page, platform.url, "viewer@demo.allot.example");
    await page.goto(`${platform.url}/plan/2022/steps/2.2`);
    await page.getByTestId("step-program-TITLE_II_A").waitFor();
    expect(await page.getByRole("button", { name: "Save programs" }).count()).toBe(0);
    await signOut(page);
  });
});
