import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { dataOf, startTestApi, type TestApi } from "../../test/api.js";
import { graphql } from "../../test/gql/index.js";

// A raise to a salary schedule reaches every position on it and every budget line they pay.
let api: TestApi;
let jobClassId: string;
let step12: string;

const SCHEDULE = graphql(`
  mutation SchedulesSet($input: SetSalaryScheduleInput!) {
    setSalarySchedule(input: $input) {
      salarySchedule {
        name
        positionCount
        version
        steps {
          step
          salary
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
const CREATE = graphql(`
  mutation SchedulesCreatePosition($input: CreatePositionInput!) {
    createPosition(input: $input) {
      position {
        id
        version
        salary
        salarySchedule
        scheduleStep
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const FUND = graphql(`
  mutation SchedulesFund($input: SetPositionFundingInput!) {
    setPositionFunding(input: $input) {
      position {
        version
      }
      userErrors {
        message
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation SchedulesUpdate($input: UpdatePositionInput!) {
    updatePosition(input: $input) {
      position {
        salary
        salarySchedule
        scheduleStep
      }
      userErrors {
        field
        message
      }
    }
  }
`);
const READ = graphql(`
  query SchedulesRead($id: ID!) {
    node(id: $id) {
      ... on Position {
        salary
        version
        salarySchedule
        fundings {
          amount
        }
      }
    }
    salarySchedules(fiscalYear: 2022) {
      name
      positionCount
    }
  }
`);
const LINES = graphql(`
  query SchedulesLines {
    budgetLines(fiscalYear: 2022, program: TITLE_I_A, first: 100, functionCode: "2213") {
      nodes {
        description
        amount
      }
    }
  }
`);

const cents = (money: string) => Math.round(Number(money) * 100);
const steps = (...salaries: string[]) => salaries.map((salary, i) => ({ step: i + 1, salary }));
const schedule = async (name: string, s: { step: number; salary: string }[], v?: number) =>
  dataOf(
    await api.gql(SCHEDULE, {
      input: { fiscalYear: 2022, name, steps: s, expectedVersion: v ?? null },
    }),
  ).setSalarySchedule;

/** A position on `name` at `step`, half paid by Title I-A on step 1.2 (function 2213). */
async function placed(code: string, name: string, step: number) {
  const made = dataOf(
    await api.gql(CREATE, {
      input: {
        fiscalYear: 2022,
        code,
        title: "Teacher development specialist",
        jobClassId,
        fte: 1,
        salarySchedule: name,
        scheduleStep: step,
        status: "FILLED",
      },
    }),
  ).createPosition;
  expect(made.userErrors).toEqual([]);
  const funded = dataOf(
    await api.gql(FUND, {
      input: {
        positionId: made.position!.id,
        shares: [
          {
            program: "TITLE_I_A",
            actionStepId: step12,
            functionCode: "2213",
            shareBasisPoints: 5000,
          },
        ],
      },
    }),
  ).setPositionFunding;
  expect(funded.userErrors).toEqual([]);
  return made.position!;
}
const read = async (id: string) => dataOf(await api.gql(READ, { id }));
const linesOf = async (code: string) =>
  dataOf(await api.gql(LINES)).budgetLines.nodes.filter((l) => l.description.includes(`(${code})`));

beforeAll(async () => {
  api = await startTestApi();
  const plan = dataOf(
    await api.gql(
      graphql(`
        query SchedulesPlan {
          improvementPlan(fiscalYear: 2022) {
            needs {
              actionSteps {
                id
                label
              }
            }
          }
          jobClasses {
            id
            category
          }
        }
      `),
    ),
  );
  step12 = plan
    .improvementPlan!.needs.flatMap((x) => x.actionSteps)
    .find((x) => x.label === "1.2")!.id;
  jobClassId = plan.jobClasses.find((j) => j.category === "CERTIFIED")!.id;
});
afterAll(() => api?.close());

describe("salary schedules", () => {
  it("a raise to a step reaches the position's salary, its version and the budget lines it pays", async () => {
    const made = await schedule("Raise T-5", steps("50000.00", "52000.00"));
    expect(made.userErrors).toEqual([]);
    expect(made.salarySchedule).toMatchObject({ name: "Raise T-5", positionCount: 0 });
    const p = await placed("SCHED-1", "Raise T-5", 2);
    expect(p).toMatchObject({ salary: "52000.00", salarySchedule: "Raise T-5", scheduleStep: 2 });
    const before = await read(p.id);
    const linesBefore = await linesOf("SCHED-1");
    expect(linesBefore.length).toBeGreaterThan(0);

    const raised = await schedule(
      "Raise T-5",
      steps("50000.00", "55000.00"),
      made.salarySchedule!.version,
    );
    expect(raised.userErrors).toEqual([]);
    expect(raised.salarySchedule!.positionCount).toBe(1);
    const after = await read(p.id);
    expect(after.node).toMatchObject({ salary: "55000.00", salarySchedule: "Raise T-5" });
    expect((after.node as { version: number }).version).toBeGreaterThan(
      (before.node as { version: number }).version,
    );
    // Half of the $3,000 raise, and half of the benefits on it, move to Title I-A's lines.
    const sum = (ls: { amount: string }[]) => ls.reduce((t, l) => t + cents(l.amount), 0);
    const funding = (r: typeof after) =>
      cents((r.node as { fundings: { amount: string }[] }).fundings[0]!.amount);
    expect(sum(await linesOf("SCHED-1"))).toBe(funding(after));
    expect(funding(after) - funding(before)).toBeGreaterThanOrEqual(150_000);
  });

  it("refuses to drop a step a position holds, naming it, and changes nothing", async () => {
    const made = await schedule("Drop T-4", steps("40000.00", "41000.00", "42000.00"));
    const p = await placed("SCHED-2", "Drop T-4", 3);
    const r = await schedule("Drop T-4", steps("40000.00", "41000.00"));
    expect(r.salarySchedule).toBeNull();
    expect(r.userErrors).toEqual([
      {
        field: ["input", "steps"],
        message:
          "Positions hold steps this schedule would drop: SCHED-2 (step 3). Keep the steps or move the positions first.",
        code: "INVALID",
      },
    ]);
    expect((await read(p.id)).node).toMatchObject({ salary: "42000.00" });
    const stale = await schedule(
      "Drop T-4",
      steps("1.00", "2.00", "3.00"),
      made.salarySchedule!.version - 1,
    );
    expect(stale.userErrors[0]!.code).toBe("CONFLICT");
  });

  it("refuses a raise that would overspend a program, with the amount left, and keeps the old salary", async () => {
    await schedule("Big T-7", steps("60000.00"));
    const p = await placed("SCHED-3", "Big T-7", 1);
    const r = await schedule("Big T-7", steps("900000000.00"));
    expect(r.userErrors[0]!.message).toMatch(/^Title I, Part A has \$[\d,.]+ left this year/);
    expect((await read(p.id)).node).toMatchObject({ salary: "60000.00" });
  });

  it("names each wrong step at its field, an unknown schedule or step at the position's, and an actual salary takes a position off its schedule", async () => {
    const bad = await schedule("Bad", [
      { step: 1, salary: "1.00" },
      { step: 1, salary: "2.00" },
    ]);
    expect(bad.userErrors).toEqual([
      {
        field: ["input", "steps", "1", "step"],
        message: "Step 1 is listed twice.",
        code: "INVALID",
      },
    ]);
    const none = dataOf(
      await api.gql(CREATE, {
        input: {
          fiscalYear: 2022,
          code: "SCHED-X",
          title: "T",
          jobClassId,
          fte: 1,
          salarySchedule: "No such",
          scheduleStep: 1,
          status: "VACANT",
        },
      }),
    ).createPosition;
    expect(none.userErrors).toEqual([
      {
        field: ["input", "salarySchedule"],
        message: 'FY2022 has no salary schedule "No such".',
        code: "NOT_FOUND",
      },
    ]);

    await schedule("Off T-6", steps("70000.00"));
    const p = await placed("SCHED-4", "Off T-6", 1);
    const moved = dataOf(
      await api.gql(UPDATE, { input: { id: p.id, scheduleStep: 9, salarySchedule: "Off T-6" } }),
    ).updatePosition;
    expect(moved.userErrors[0]).toMatchObject({
      field: ["input", "scheduleStep"],
      message: 'Salary schedule "Off T-6" has no step 9.',
    });
    const actual = dataOf(
      await api.gql(UPDATE, { input: { id: p.id, salary: "71234.00" } }),
    ).updatePosition;
    expect(actual.position).toEqual({
      salary: "71234.00",
      salarySchedule: null,
      scheduleStep: null,
    });
    const list = (await read(p.id)).salarySchedules;
    expect(list.find((s) => s.name === "Off T-6")!.positionCount).toBe(0);
  });

  it("is finance's to set: a viewer may not", async () => {
    const r = await api.as("VIEWER")(SCHEDULE, {
      input: { fiscalYear: 2022, name: "V", steps: steps("1.00") },
    });
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
