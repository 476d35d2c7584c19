import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { dataOf, signInAs, startTestApi, type TestApi } from "../../test/api.js";
import { graphql } from "../../test/gql/index.js";
import { DEMO_USERS } from "../auth/demo-users.js";

// The year's progress monitoring exported in the shape the state's progress monitoring asks for.
let api: TestApi;

const STEP = graphql(`
  query MonitoringExportStep {
    stepProgress(fiscalYear: 2022) {
      actionStep {
        id
        label
      }
    }
  }
`);
const RECORD = graphql(`
  mutation MonitoringExportRecord($input: RecordStepMonitoringInput!) {
    recordStepMonitoring(input: $input) {
      userErrors {
        message
      }
    }
  }
`);

const director = () => api.as("FEDERAL_PROGRAMS_DIRECTOR");

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

describe("the progress monitoring export", () => {
  it("exports every step in both windows, recorded or not, with the plan's monitoring methods and the budget", async () => {
    const step = dataOf(await api.gql(STEP)).stepProgress.find(
      (s) => s.actionStep.label === "2.1",
    )!;
    const recorded = dataOf(
      await director()(RECORD, {
        input: {
          actionStepId: step.actionStep.id,
          window: "END_OF_YEAR",
          status: "PARTIAL",
          evidence: "=cmd|' /C calc'!A0 (leadership academy agendas)",
        },
      }),
    ).recordStepMonitoring;
    expect(recorded.userErrors).toEqual([]);
    const cookie = await signInAs(api.url, DEMO_USERS.find((u) => u.role === "VIEWER")!.email);
    const res = await fetch(`${api.url}/exports/monitoring/2022.csv`, { headers: { cookie } });
    expect(res.status).toBe(200);
    const csv = await res.text();
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(
      /^Overarching need,Action step #,Action step,Funding sources,Method for monitoring implementation,/,
    );
    // 13 steps x 2 windows, one header.
    expect(lines).toHaveLength(1 + 13 * 2);
    const row = lines.find((l) => l.startsWith("2,2.1,") && l.includes("End of year"))!;
    expect(row).toMatch(/Partially implemented/);
    // A formula-looking answer is written as text, never run by a spreadsheet.
    expect(row).toContain("'=cmd");
    expect(lines.filter((l) => l.includes("Not recorded")).length).toBeGreaterThan(0);
    expect(
      (await fetch(`${api.url}/exports/monitoring/1999.csv`, { headers: { cookie } })).status,
    ).toBe(404);
    expect((await fetch(`${api.url}/exports/monitoring/2022.csv`)).status).toBe(401);
  });
});
