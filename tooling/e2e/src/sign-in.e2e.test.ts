import { describe, expect, it } from "vitest";

import { DEMO_PASSWORD } from "@allot/api/demo-users";

import { usePlatformAndPage } from "./platform.js";

const ctx = usePlatformAndPage();

// People start where a bookmark or a link in an email takes them, not at the sign-in page.
describe("signing in from a deep link, in Chromium", () => {
  it("a signed-out visitor to /funding/2022 signs in and lands on the funding page", async () => {
    const page = ctx.page;
    await page.goto(`${ctx.platform.url}/funding/2022`);
    await page.waitForURL(/\/sign-in\?next=%2Ffunding%2F2022$/);
    await page.getByLabel("Email").fill("director@demo.allot.example");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Funding by action step, FY2022" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/funding/2022");
  });

  it("a signed-in person opening /sign-in goes on to the page asked for", async () => {
    const page = ctx.page;
    await page.goto(`${ctx.platform.url}/sign-in?next=%2Fschools`);
    await page.waitForURL(/\/schools$/);
    expect(await page.getByLabel("Password").count()).toBe(0);
  });
});
