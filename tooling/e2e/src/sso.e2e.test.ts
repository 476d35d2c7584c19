import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { freePort } from "@allot/db/testing";

import { startOidcProvider } from "./oidc-provider.js";
import { launchBrowser, startPlatform } from "./platform.js";

let platform: Awaited<ReturnType<typeof startPlatform>>;
let provider: Awaited<ReturnType<typeof startOidcProvider>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const [appPort, providerPort] = [await freePort(), await freePort()];
  const redirectUrl = `http://127.0.0.1:${appPort}/auth/oidc/callback`;
  provider = await startOidcProvider({ port: providerPort, redirectUri: redirectUrl });
  platform = await startPlatform(inject("adminUrl"), {
    port: appPort,
    oidc: {
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      redirectUrl,
      label: "Sign in with the district account",
      allowHttp: true,
    },
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
  await provider?.stop();
});

/** Through the provider's own login and consent pages, as a person would. */
async function signInThroughProvider(account: string) {
  page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${platform.url}/sign-in`);
  await page.getByRole("link", { name: "Sign in with the district account" }).click();
  await page.locator("input[name=login]").fill(account);
  await page.locator("input[name=password]").fill("any");
  await page.locator("button[type=submit]").click();
  await page.locator("button[type=submit]").click(); // consent
}

describe("single sign-on through OpenID Connect, in Chromium", () => {
  it("a person the district has added signs in with the provider and lands in the app", async () => {
    await signInThroughProvider("director@demo.allot.example");
    await page.getByTestId("viewer").waitFor();
    expect(await page.getByTestId("viewer").innerText()).toContain("Federal programs director");
    await page.close();
  });

  it("someone the district has not added is turned back with a reason", async () => {
    await signInThroughProvider("stranger@elsewhere.example");
    await page.waitForURL(/\/sign-in\?error=/);
    await expect
      .poll(() => page.getByText("Your district has not given you access to Allot yet").isVisible())
      .toBe(true);
    await page.close();
  });
});
