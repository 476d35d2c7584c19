import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { dataOf, startTestApi, type TestApi } from "../../test/api.js";
import type { ProgramCode } from "../../test/gql/graphql.js";
import { graphql } from "../../test/gql/index.js";

// The programs each action step allows, edited in Allot: never so that money is orphaned.
let api: TestApi;

const STEPS = graphql(`
  query StepProgramsRead {
    improvementPlan(fiscalYear: 2022) {
      needs {
        actionSteps {
          id
          label
          allowedFundingSources {
            code
          }
        }
      }
    }
  }
`);
const SET = graphql(`
  mutation StepProgramsSet($input: SetActionStepProgramsInput!) {
    setActionStepPrograms(input: $input) {
      actionStep {
        label
        allowedFundingSources {
          code
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

const step = async (label: string) =>
  dataOf(await api.gql(STEPS))
    .improvementPlan!.needs.flatMap((n) => n.actionSteps)
    .find((s) => s.label === label)!;
const codes = (s: { allowedFundingSources: { code: ProgramCode }[] }) =>
  s.allowedFundingSources.map((f) => f.code);

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

describe("editing the programs an action step allows", () => {
  it("refuses to drop a program the step's lines and position shares still use, naming them, and changes nothing", async () => {
    const s = await step("2.2");
    expect(codes(s)).toContain("TITLE_II_A");
    const r = dataOf(
      await api.gql(SET, {
        input: {
          actionStepId: s.id,
          programs: codes(s).filter((c) => c !== "TITLE_II_A"),
          expectedPrograms: codes(s),
        },
      }),
    ).setActionStepPrograms;
    expect(r.actionStep).toBeNull();
    expect(r.userErrors).toHaveLength(1);
    expect(r.userErrors[0]).toMatchObject({ field: ["input", "programs"], code: "PLAN_IN_USE" });
    expect(r.userErrors[0]!.message).toMatch(/^Step 2\.2 still pays with Title II-A: /);
    expect(r.userErrors[0]!.message).toMatch(/position PLC-01's Title II-A share/);
    expect(codes(await step("2.2"))).toEqual(codes(s));
  });

  it("adds a program and takes it away again when nothing uses it; a stale read is refused", async () => {
    const s = await step("2.3");
    const plus = [...codes(s), "MCKINNEY_VENTO" as ProgramCode].filter(
      (c, i, all) => all.indexOf(c) === i,
    );
    const added = dataOf(
      await api.as("FEDERAL_PROGRAMS_DIRECTOR")(SET, {
        input: { actionStepId: s.id, programs: plus, expectedPrograms: codes(s) },
      }),
    ).setActionStepPrograms;
    expect(added.userErrors).toEqual([]);
    expect(codes(added.actionStep!)).toContain("MCKINNEY_VENTO");

    const stale = dataOf(
      await api.gql(SET, {
        input: { actionStepId: s.id, programs: codes(s), expectedPrograms: codes(s) },
      }),
    ).setActionStepPrograms;
    expect(stale.userErrors[0]).toMatchObject({
      field: ["input", "expectedPrograms"],
      code: "CONFLICT",
    });

    const back = dataOf(
      await api.gql(SET, {
        input: { actionStepId: s.id, programs: codes(s), expectedPrograms: plus },
      }),
    ).setActionStepPrograms;
    expect(back.userErrors).toEqual([]);
    expect(codes(await step("2.3")).sort()).toEqual(codes(s).sort());
  });

  it("is the director's and the administrator's: a viewer and finance may not", async () => {
    const s = await step("1.1");
    for (const role of ["VIEWER", "FINANCE_ANALYST"] as const) {
      const r = await api.as(role)(SET, { input: { actionStepId: s.id, programs: codes(s) } });
      expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });
});
