import { execFileSync } from "node:child_process";
import type { AddressInfo } from "node:net";
import path from "node:path";

import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";

import { createApp, type OidcOptions } from "@allot/api/app";
import { DEMO_PASSWORD, seedDemoUsers } from "@allot/api/demo-users";
import {
  createOrm,
  createScratchDatabase,
  ensureApiRole,
  migrate,
  repoRoot,
  seedDemoDistrict,
} from "@allot/db";

/** Debian's Chromium (CHROMIUM_PATH overrides); `npm test` installs it when missing. */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync("sh", ["-c", "command -v chromium || command -v chromium-browser"], {
      encoding: "utf8",
    }).trim();
  } catch {
    throw new Error(
      "Chromium is not installed: `apt-get install -y chromium`, or set CHROMIUM_PATH",
    );
  }
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Signs in through the sign-in page as the demo user of a role and waits for the app. */
export async function signIn(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByTestId("viewer").waitFor();
}

/** Signs out through the menu and waits until the app has ended the session and shown sign-in. */
export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/sign-in/);
}

/** The real API and the built admin app on a fresh database seeded with the demo district. */
export async function startPlatform(
  adminUrl: string,
  o: { port?: number; oidc?: OidcOptions } = {},
) {
  const db = await createScratchDatabase(adminUrl, "allot_e2e");
  const sessionSecret = "e2e-session-secret-at-least-32-characters";
  // As the server does: the owner migrates and seeds; the API answers as its role with rights on rows only.
  const owner = await createOrm({ clientUrl: db.url, auditSecret: sessionSecret });
  await migrate(owner);
  await seedDemoDistrict(owner);
  await seedDemoUsers(owner);
  const orm = await createOrm({
    clientUrl: await ensureApiRole(owner, sessionSecret),
    auditSecret: sessionSecret,
  });
  await owner.close();
  const app = await createApp({
    orm,
    adminDist: path.join(repoRoot(), "apps", "admin", "dist"),
    sessionSecret,
    oidc: o.oidc,
    log: () => undefined,
  });
  const { server } = app;
  await new Promise<void>((r) => server.listen(o.port ?? 0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async stop() {
      await app.stop();
      await orm.close();
      await db.drop();
    },
  };
}

/** A test file's platform and browser page: started before its tests, stopped after. */
export function usePlatformAndPage(options: Parameters<typeof startPlatform>[1] = {}) {
  const state = {} as {
    platform: Awaited<ReturnType<typeof startPlatform>>;
    browser: Browser;
    page: Page;
  };
  beforeAll(async () => {
    state.platform = await startPlatform(inject("adminUrl"), options);
    state.browser = await launchBrowser();
    state.page = await state.browser.newPage({ viewport: { width: 1280, height: 720 } });
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.platform?.stop();
  });
  return state;
}
