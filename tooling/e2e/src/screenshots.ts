// Regenerates docs/screenshots/*.png from the real platform on a fresh demo database, one per
// screen, at 1280x720:
//   pnpm --filter @allot/e2e screenshots
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import type { Page } from "playwright-core";

import { repoRoot } from "@allot/db";
import { startTestServer } from "@allot/db/testing";

import { launchBrowser, signIn, signOut, startPlatform } from "./platform.js";

const out = path.join(repoRoot(), "docs", "screenshots");
mkdirSync(out, { recursive: true });
const server = await startTestServer();
const platform = await startPlatform(server.adminUrl);
const browser = await launchBrowser();
const written: string[] = [];
const shot = async (page: Page, name: string) => {
  // Notifications are for the moment; in a picture of the screen they only cover it.
  await page.addStyleTag({ content: ".mantine-Notifications-root { display: none !important; }" });
  await page.waitForTimeout(500); // charts and transitions settle
  await page.screenshot({ path: path.join(out, `${name}.png`) });
  written.push(`${name}.png`);
};
try {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 720 },
    deviceScaleFactor: 1,
  });
  await page.goto(`${platform.url}/sign-in`);
  await page.getByLabel("Email").waitFor();
  await shot(page, "sign-in");

  // A finance analyst builds and runs a scenario with an English-learner weight, and submits it.
  await signIn(page, platform.url, "finance@demo.allot.example");
  await page.goto(`${platform.url}/scenarios/2022`);
  await page.getByLabel("Name").fill("FY2022 with EL weight");
  await page.getByRole("button", { name: "New scenario" }).click();
  await page.getByLabel("English learners weight").fill("0.4");
  await page.getByLabel("Students with disabilities weight").fill("0.9");
  await page.getByRole("button", { name: "Save and run" }).click();
  await page.getByRole("table", { name: "Scenario results" }).waitFor();
  await shot(page, "scenario-builder");
  await page.getByRole("table", { name: "Scenario results" }).scrollIntoViewIfNeeded();
  await page.getByTestId("chart-per-pupil").scrollIntoViewIfNeeded();
  await shot(page, "scenario-results");
  await page.getByRole("table", { name: "Scenario results" }).locator("tbody tr").first().click();
  await page.getByTestId("explanation-TITLE_I_A").waitFor();
  await shot(page, "scenario-explanation");
  await page.keyboard.press("Escape");
  await page.goto(`${page.url()}/compliance`);
  await page.getByRole("table", { name: "Rules" }).waitFor();
  await shot(page, "compliance-report");
  await page.goBack();
  await page.getByRole("button", { name: "Submit for approval" }).click();
  await page.getByTestId("scenario-status").getByText("submitted").waitFor();
  const scenarioUrl = page.url();
  await signOut(page);

  // The federal programs director approves it; the dashboard shows the adopted budget.
  await signIn(page, platform.url, "director@demo.allot.example");
  await page.goto(scenarioUrl);
  await page.getByRole("button", { name: "Approve" }).click();
  // Approving asks for confirmation: it is final.
  await page.getByRole("dialog").getByRole("button", { name: "Approve: this is final" }).click();
  await page.getByTestId("scenario-status").getByText("approved").waitFor();
  await page.goto(`${platform.url}/dashboard/2022`);
  await page.getByTestId("program-table").waitFor();
  await shot(page, "dashboard");
  await page.goto(`${platform.url}/funding/2022`);
  await page.getByTestId("step-2.6").waitFor();
  await shot(page, "funding-by-action-step");
  await page.getByTestId("remaining-row").scrollIntoViewIfNeeded();
  await shot(page, "funding-by-action-step-totals");
  await page.goto(`${platform.url}/budget/2022`);
  await page.getByRole("table", { name: "Budget compliance rules" }).waitFor();
  await shot(page, "budget-compliance");
  await page.goto(`${platform.url}/positions/2022`);
  await page.getByRole("table", { name: "Positions" }).waitFor();
  await page.getByTestId("position-PLC-01").click();
  await page.getByRole("dialog").getByRole("table", { name: "Cost" }).waitFor();
  await shot(page, "position-split-funding");
  await page.keyboard.press("Escape");
  await page.goto(`${platform.url}/plan/2022/steps/1.1`);
  await page.getByTestId("budget-lines").waitFor();
  await shot(page, "action-step");
  await page.goto(`${platform.url}/plan/2022`);
  await page.getByRole("table", { name: "By system" }).waitFor();
  await shot(page, "improvement-plan");
  await page.goto(`${platform.url}/strategic-plan/2022`);
  await page.getByRole("table", { name: "Strategic links" }).waitFor();
  await shot(page, "strategic-plan");
  await page.goto(`${platform.url}/monitoring/2022`);
  await page.getByRole("table", { name: "Action step progress" }).waitFor();
  await shot(page, "monitoring");
  await page.goto(`${platform.url}/schools`);
  await page.getByRole("table", { name: "Schools" }).waitFor();
  await shot(page, "schools");
  await page.getByRole("table", { name: "Schools" }).locator("tbody tr").first().click();
  await page.getByText("Allocations in each FY2022 scenario").waitFor();
  await shot(page, "school");

  // Two scenarios compared.
  await signOut(page);
  await signIn(page, platform.url, "finance@demo.allot.example");
  await page.goto(`${platform.url}/scenarios/2022`);
  await page.getByLabel("Name").fill("FY2022 no weights");
  await page.getByRole("button", { name: "New scenario" }).click();
  await page.getByRole("button", { name: "Save and run" }).click();
  await page.getByRole("table", { name: "Scenario results" }).waitFor();
  await page.goto(`${platform.url}/scenarios/2022`);
  await page.getByLabel("Compare FY2022 with EL weight").check();
  await page.getByLabel("Compare FY2022 no weights").check();
  await page.getByRole("button", { name: "Compare the two chosen" }).click();
  await page.getByRole("table", { name: "Differences per program" }).waitFor();
  await shot(page, "compare");

  // The import wizard showing where a schools file is wrong.
  const file = path.join(mkdtempSync(path.join(tmpdir(), "allot-shot-")), "schools.csv");
  writeFileSync(
    file,
    "NCES School ID,State School ID,School Name,Level,Grade Low,Grade High,Enrollment,Direct Certified\n130123000001,GA-631-0001,Arbor Creek Elementary School,E,PK,5,640,290\n130123000002,GA-631-0002,Birchwood Middle School,M,6,8,910,1000\n130123000003,GA-631-0003,,H,9,13,1480,520\n130123000004,GA-631-0004,Cedar Ridge High School,H,9,12,1525,610\n",
  );
  await page.goto(`${platform.url}/import`);
  await page.getByRole("radio", { name: "Schools and their counts" }).click();
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.getByRole("button", { name: "Check the file" }).click();
  await page.getByRole("table", { name: "Problems" }).waitFor();
  await shot(page, "import-wizard");

  await signOut(page);
  await signIn(page, platform.url, "admin@demo.allot.example");
  await page.goto(`${platform.url}/tokens`);
  await page.getByLabel("Name").fill("ERP nightly sync");
  await page.getByRole("button", { name: "Create token" }).click();
  await page.getByTestId("token-ERP nightly sync").waitFor();
  await page.getByTestId("new-token").waitFor();
  await shot(page, "api-tokens");
  console.log(`wrote ${path.relative(repoRoot(), out)}/: ${written.join(", ")}`);
} finally {
  await browser.close();
  await platform.stop();
  await server.stop();
}
