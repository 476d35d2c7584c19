import { readFileSync } from "node:fs";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { SAMPLE_FILES } from "@allot/plan-import";

import { dataOf, startTestApi, type TestApi } from "../../test/api.js";
import { graphql } from "../../test/gql/index.js";

// The plan's goals as measures: what the text states, read by the importer; the rest completed by
// the director, and kept when the plan is imported again.
let api: TestApi;
const plan = readFileSync(SAMPLE_FILES.improvementPlanFy2022, "utf8");

const GOALS = graphql(`
  query GoalsRead {
    improvementPlan(fiscalYear: 2022) {
      needs {
        id
        number
        goalMeasure {
          measure
          dataSource
          unit
          baseline
          baselineYear
          target
          targetYear
          annualChange
          missing
          version
          values {
            year
            kind
            value
          }
        }
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation GoalsUpdate($input: UpdateGoalMeasureInput!) {
    updateGoalMeasure(input: $input) {
      goalMeasure {
        baselineYear
        dataSource
        missing
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
  mutation GoalsRecord($input: RecordGoalValueInput!) {
    recordGoalValue(input: $input) {
      goalMeasure {
        values {
          year
          kind
          value
        }
      }
      userErrors {
        field
        message
      }
    }
  }
`);
const IMPORT = graphql(`
  mutation GoalsImport($input: ImportImprovementPlanInput!) {
    importImprovementPlan(input: $input) {
      userErrors {
        message
      }
    }
  }
`);

const needs = async () => dataOf(await api.gql(GOALS)).improvementPlan!.needs;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

describe("the plan's goals as measures", () => {
  it("reads the graduation goal's 69.6% to 90% by 2023, and the 3 points a year, leaving the rest marked for a person", async () => {
    const [first, second] = await needs();
    // (Another test of this file completes the second goal, so only what the text states is asserted here.)
    expect(second!.goalMeasure).toMatchObject({
      measure: "graduation rate",
      unit: "PERCENT",
      baseline: 69.6,
      target: 90,
      targetYear: 2023,
    });
    expect(first!.goalMeasure).toMatchObject({
      dataSource: "state assessments",
      unit: "PERCENTAGE_POINTS",
      annualChange: 3,
      baseline: null,
      missing: ["baseline", "baselineYear"],
    });
  });

  it("the director completes a goal and records a year's value; a re-import keeps what they entered", async () => {
    const second = (await needs())[1]!;
    // As imported: the text states no data source and no year for its baseline.
    expect(second.goalMeasure!.missing).toEqual(["dataSource", "baselineYear"]);
    const done = dataOf(
      await api.as("FEDERAL_PROGRAMS_DIRECTOR")(UPDATE, {
        input: {
          needId: second.id,
          expectedVersion: second.goalMeasure!.version,
          baselineYear: 2020,
          dataSource: "Georgia four-year cohort graduation rate",
        },
      }),
    ).updateGoalMeasure;
    expect(done.userErrors).toEqual([]);
    expect(done.goalMeasure!.missing).toEqual([]);
    const reached = dataOf(
      await api.as("FEDERAL_PROGRAMS_DIRECTOR")(RECORD, {
        input: { needId: second.id, year: 2022, kind: "REACHED", value: 74.25 },
      }),
    ).recordGoalValue;
    expect(reached.goalMeasure!.values).toEqual([{ year: 2022, kind: "REACHED", value: 74.25 }]);

    const again = dataOf(
      await api.gql(IMPORT, { input: { fiscalYear: 2022, text: plan } }),
    ).importImprovementPlan;
    expect(again.userErrors).toEqual([]);
    expect((await needs())[1]!.goalMeasure).toMatchObject({
      baseline: 69.6,
      baselineYear: 2020,
      dataSource: "Georgia four-year cohort graduation rate",
      values: [{ year: 2022, kind: "REACHED", value: 74.25 }],
      missing: [],
    });
  });

  it("names a bad value at its field and a stale version, and a viewer may not change a goal", async () => {
    const first = (await needs())[0]!;
    const bad = dataOf(
      await api.gql(UPDATE, { input: { needId: first.id, baseline: 55.555, baselineYear: 1200 } }),
    ).updateGoalMeasure;
    expect(bad.userErrors.map((e) => e.field)).toEqual([
      ["input", "baseline"],
      ["input", "baselineYear"],
    ]);
    const stale = dataOf(
      await api.gql(UPDATE, {
        input: { needId: first.id, expectedVersion: first.goalMeasure!.version - 1, baseline: 50 },
      }),
    ).updateGoalMeasure;
    expect(stale.userErrors[0]!.code).toBe("CONFLICT");
    // Refused changes write nothing, not even the fields that were valid.
    expect((await needs())[0]!.goalMeasure).toEqual(first.goalMeasure);
    const viewer = await api.as("VIEWER")(UPDATE, { input: { needId: first.id, baseline: 50 } });
    expect(viewer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
