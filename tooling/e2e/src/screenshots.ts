// Regenerates docs/screenshots/*.png from the real platform on a fresh demo database:
//   pnpm --filter @allot/e2e screenshots
import { mkdirSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "@allot/db";
import { startTestServer } from "@allot/db/testing";
import { launchBrowser, signIn, startPlatform } from "./platform.js";

const out = path.join(repoRoot(), "docs", "screenshots");
mkdirSync(out, { recursive: true });
const server = await startTestServer();
const platform = await startPlatform(server.adminUrl);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
  await page.goto(`${platform.url}/sign-in`);
  await page.getByLabel("Email").waitFor();
  await page.screenshot({ path: path.join(out, "sign-in.png") });
  await signIn(page, platform.url, "director@demo.allot.example");
  await page.goto(`${platform.url}/funding/2022`);
  await page.getByTestId("step-2.6").waitFor();
  await page.screenshot({ path: path.join(out, "funding-by-action-step.png") });
  await page.getByTestId("remaining-row").scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(out, "funding-by-action-step-totals.png") });
  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn(page, platform.url, "admin@demo.allot.example");
  await page.goto(`${platform.url}/tokens`);
  await page.getByLabel("Name").fill("ERP nightly sync");
  await page.getByRole("button", { name: "Create token" }).click();
  await page.getByTestId("token-ERP nightly sync").waitFor();
  await page.getByTestId("new-token").waitFor();
  await page.waitForTimeout(400); // the modal's opening transition
  await page.screenshot({ path: path.join(out, "api-tokens.png") });
  console.log(`wrote ${path.relative(repoRoot(), out)}/sign-in.png, funding-by-action-step{,-totals}.png, api-tokens.png`);
} finally {
  await browser.close();
  await platform.stop();
  await server.stop();
}
