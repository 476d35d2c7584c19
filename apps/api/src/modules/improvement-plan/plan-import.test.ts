import { readFileSync } from "node:fs";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { SAMPLE_FILES } from "@allot/plan-import";

import { dataOf, startTestApi, type TestApi } from "../../test/api.js";
import { graphql } from "../../test/gql/index.js";

let api: TestApi;
const seed = readFileSync(SAMPLE_FILES.improvementPlanFy2022, "utf8");
const IMPORT = graphql(`
  mutation PlanImportImport($input: ImportImprovementPlanInput!) {
    importImprovementPlan(input: $input) {
      improvementPlan {
        id
        fiscalYear
        needs {
          number
          actionSteps {
            id
            label
          }
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const RECORD = graphql(`
  mutation PlanImportRecordProgress($input: RecordStepMonitoringInput!) {
    recordStepMonitoring(input: $input) {
      monitoring {
        version
      }
    }
  }
`);
const DELETE_RECORD = graphql(`
  mutation PlanImportDeleteProgress($input: DeleteStepMonitoringInput!) {
    deleteStepMonitoring(input: $input) {
      deleted
      userErrors {
        code
      }
    }
  }
`);

const planShape = async () =>
  dataOf(
    await api.gql(
      graphql(`
        query PlanImportImprovementPlan {
          improvementPlan(fiscalYear: 2022) {
            needs {
              actionSteps {
                id
                label
                description
              }
            }
          }
        }
      `),
    ),
  ).improvementPlan!;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

describe("importImprovementPlan", () => {
  it("re-imports the same text in place: ids and budget lines stay", async () => {
    const before = await planShape();
    const r = dataOf(
      await api.gql(IMPORT, { input: { fiscalYear: 2022, text: seed } }),
    ).importImprovementPlan;
    expect(r.userErrors).toEqual([]);
    expect(r.improvementPlan!.needs.map((n) => n.actionSteps.length)).toEqual([7, 6]);
    expect(await planShape()).toEqual(before);
  });

  it("refuses malformed text with the line and the problem, and changes nothing", async () => {
    const before = await planShape();
    const broken = seed.replace(
      "Funding Sources\tTitle I, Part A Title III, Part A",
      "Funding Sources\tTitle I, Part A Title VI, Part Z",
    );
    const r = dataOf(
      await api.gql(IMPORT, { input: { fiscalYear: 2022, text: broken } }),
    ).importImprovementPlan;
    expect(r.improvementPlan).toBeNull();
    expect(r.userErrors).toEqual([
      {
        field: ["input", "text"],
        code: "PLAN_MALFORMED",
        message: expect.stringMatching(
          /^Line \d+: unknown funding source "Title VI, Part Z"/,
        ) as string,
      },
    ]);
    expect(await planShape()).toEqual(before);
  });

  it("refuses a text for another year", async () => {
    const r = dataOf(
      await api.gql(IMPORT, { input: { fiscalYear: 2023, text: seed } }),
    ).importImprovementPlan;
    expect(r.userErrors[0]).toMatchObject({
      field: ["input", "fiscalYear"],
      code: "INVALID",
      message: expect.stringContaining("FY2022") as string,
    });
  });

  it("refuses a re-import that drops an action step budget lines point at", async () => {
    const before = await planShape();
    // Remove action step 2.6 (it has budget lines in the demo) from the text.
    const cut = seed.slice(
      0,
      seed.indexOf("Action Step # 6", seed.indexOf("Overarching Need # 2")),
    );
    const r = dataOf(
      await api.gql(IMPORT, { input: { fiscalYear: 2022, text: cut } }),
    ).importImprovementPlan;
    expect(r.improvementPlan).toBeNull();
    expect(r.userErrors.length).toBeGreaterThan(0);
    expect(
      r.userErrors.every((e) => e.code === "PLAN_IN_USE" && e.field.join(".") === "input.text"),
    ).toBe(true);
    expect(r.userErrors[0]!.message).toMatch(
      /^Action step 2\.6 is not in the new text but \d+ budget line\(s\)/,
    );
    expect(await planShape()).toEqual(before);
  });

  it("refuses to drop a step whose progress is recorded until the record is deleted", async () => {
    const step = (await planShape()).needs
      .flatMap((n) => n.actionSteps)
      .find((s) => s.label === "2.6")!;
    const director = api.as("FEDERAL_PROGRAMS_DIRECTOR");
    const recorded = dataOf(
      await director(RECORD, {
        input: { actionStepId: step.id, window: "MID_YEAR", status: "BEGINNING" },
      }),
    ).recordStepMonitoring.monitoring!;
    const cut = seed.slice(
      0,
      seed.indexOf("Action Step # 6", seed.indexOf("Overarching Need # 2")),
    );
    const messages = async () =>
      dataOf(
        await api.gql(IMPORT, { input: { fiscalYear: 2022, text: cut } }),
      ).importImprovementPlan.userErrors.map((e) => e.message);
    expect(await messages()).toContain(
      "Action step 2.6 is not in the new text but its progress is recorded (mid-year); export the monitoring and delete those records first.",
    );
    const stale = dataOf(
      await director(DELETE_RECORD, {
        input: { actionStepId: step.id, window: "MID_YEAR", expectedVersion: recorded.version + 1 },
      }),
    ).deleteStepMonitoring;
    expect(stale).toMatchObject({ deleted: false, userErrors: [{ code: "CONFLICT" }] });
    const deleted = dataOf(
      await director(DELETE_RECORD, {
        input: { actionStepId: step.id, window: "MID_YEAR", expectedVersion: recorded.version },
      }),
    ).deleteStepMonitoring;
    expect(deleted).toEqual({ deleted: true, userErrors: [] });
    // Only the budget lines still hold the step.
    expect((await messages()).some((m) => m.includes("progress is recorded"))).toBe(false);
  });

  it("imports a new year and creates the fiscal year", async () => {
    const fy2023 = seed
      .replace("# District Improvement Plan 2021 - 2022", "# District Improvement Plan 2022 - 2023")
      .replace(/Quarterly/g, "Monthly");
    const r = dataOf(
      await api.gql(IMPORT, { input: { fiscalYear: 2023, text: fy2023 } }),
    ).importImprovementPlan;
    expect(r.userErrors).toEqual([]);
    expect(r.improvementPlan!.fiscalYear).toBe(2023);
    const years = dataOf(
      await api.gql(
        graphql(`
          query PlanImportFiscalYears {
            fiscalYears {
              year
              startsOn
              endsOn
            }
          }
        `),
      ),
    );
    expect(years.fiscalYears[0]).toEqual({
      year: 2023,
      startsOn: "2022-07-01",
      endsOn: "2023-06-30",
    });
  });
});
