import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, signIn, startPlatform } from "./platform.js";

let platform: Awaited<ReturnType<typeof startPlatform>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  platform = await startPlatform(inject("adminUrl"));
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

const whoIs = async (token: string) =>
  (await fetch(`${platform.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query: "{ me { name role } }" }) })).status;

describe("API tokens in the admin app, in Chromium", () => {
  it("an administrator creates a token, sees its secret once, and it works; revoked, it stops", async () => {
    await signIn(page, platform.url, "admin@demo.allot.example");
    await page.getByRole("link", { name: "API tokens" }).click();
    await page.getByRole("button", { name: "Create token" }).click();
    await expect.poll(() => page.getByText("Name the system that will use it").isVisible()).toBe(true);
    await page.getByLabel("Name").fill("Warehouse export");
    await page.getByRole("button", { name: "Create token" }).click();
    const token = (await page.getByTestId("new-token").innerText()).trim();
    expect(token).toMatch(/^allot_/);
    expect(await whoIs(token)).toBe(200);
    await page.getByRole("button", { name: "Done" }).click();
    await expect.poll(() => page.getByTestId("token-Warehouse export").isVisible()).toBe(true);
    expect(await page.content()).not.toContain(token);

    page.once("dialog", (d) => void d.accept());
    await page.getByTestId("token-Warehouse export").getByRole("button", { name: "Revoke" }).click();
    await expect.poll(() => page.getByTestId("token-Warehouse export").getByText("Revoked").isVisible()).toBe(true);
    expect(await whoIs(token)).toBe(401);
  });

  it("is not offered to a viewer", async () => {
    await page.getByRole("button", { name: "Sign out" }).click();
    await signIn(page, platform.url, "viewer@demo.allot.example");
    expect(await page.getByRole("link", { name: "API tokens" }).count()).toBe(0);
  });
});
