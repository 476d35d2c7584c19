import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { dataOf, firstActionStepId, startTestApi, type TestApi } from "../../test/api.js";
import { graphql } from "../../test/gql/index.js";

let api: TestApi;
let stepId: string;
let schoolId: string;
let jobClassId: string;
let step12: string;

const CREATE = graphql(`
  mutation PositionsCreate($input: CreatePositionInput!) {
    createPosition(input: $input) {
      position {
        id
        code
        version
        salary
        totalCost
        localCost
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
  mutation PositionsFund($input: SetPositionFundingInput!) {
    setPositionFunding(input: $input) {
      position {
        id
        version
        totalCost
        localCost
        cost {
          name
          objectCode
          amount
        }
        fundings {
          program
          functionCode
          shareBasisPoints
          amount
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
const UPDATE = graphql(`
  mutation PositionsUpdate($input: UpdatePositionInput!) {
    updatePosition(input: $input) {
      position {
        id
        version
        totalCost
        fundings {
          program
          amount
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
const DELETE = graphql(`
  mutation PositionsDelete($input: DeletePositionInput!) {
    deletePosition(input: $input) {
      deletedPositionId
      userErrors {
        message
      }
    }
  }
`);
const RATE = graphql(`
  mutation PositionsRate($input: SetBenefitRateInput!) {
    setBenefitRate(input: $input) {
      benefitRate {
        name
        version
      }
      userErrors {
        field
        message
      }
    }
  }
`);
const BUDGETED = graphql(`
  query PositionsBudgeted {
    fundingByActionStep(fiscalYear: 2022) {
      programs {
        fundingSource {
          code
        }
        budgeted
      }
    }
  }
`);

const cents = (money: string) => Math.round(Number(money) * 100);
async function budgeted(program: string) {
  const d = dataOf(await api.gql(BUDGETED)).fundingByActionStep!;
  return cents(d.programs.find((p) => p.fundingSource.code === program)!.budgeted);
}

let n = 0;
async function newPosition(salary = "72500.00") {
  n += 1;
  const r = dataOf(
    await api.gql(CREATE, {
      input: {
        fiscalYear: 2022,
        code: `COACH-${n}`,
        title: "Instructional coach",
        jobClassId,
        schoolId,
        fte: 1,
        salary,
        status: "FILLED",
      },
    }),
  ).createPosition;
  expect(r.userErrors).toEqual([]);
  return r.position!;
}

beforeAll(async () => {
  api = await startTestApi();
  stepId = await firstActionStepId(api);
  const plan = dataOf(
    await api.gql(
      graphql(`
        query PositionsPlan {
          improvementPlan(fiscalYear: 2022) {
            needs {
              actionSteps {
                id
                label
              }
            }
          }
        }
      `),
    ),
  );
  // Step 1.2 is paid by Title I-A and Title III-A only.
  step12 = plan
    .improvementPlan!.needs.flatMap((x) => x.actionSteps)
    .find((x) => x.label === "1.2")!.id;
  schoolId = dataOf(
    await api.gql(
      graphql(`
        query PositionsSchool {
          schools(first: 1) {
            nodes {
              id
            }
          }
        }
      `),
    ),
  ).schools.nodes[0]!.id;
  const jc = dataOf(
    await api.gql(
      graphql(`
        mutation PositionsJobClass($input: CreateJobClassInput!) {
          createJobClass(input: $input) {
            jobClass {
              id
            }
            userErrors {
              field
              message
            }
          }
        }
      `),
      {
        input: {
          code: "IC",
          title: "Instructional coach",
          category: "CERTIFIED",
          salaryObjectCode: "110",
        },
      },
    ),
  ).createJobClass;
  expect(jc.userErrors).toEqual([]);
  jobClassId = jc.jobClass!.id;
  for (const input of [
    {
      name: "FICA/Medicare",
      objectCode: "220",
      basis: "PERCENT_OF_SALARY",
      rateHundredthsOfPercent: 765,
      appliesTo: "ALL",
    },
    {
      name: "TRS",
      objectCode: "230",
      basis: "PERCENT_OF_SALARY",
      rateHundredthsOfPercent: 2_114,
      appliesTo: "CERTIFIED",
    },
    { name: "Health", objectCode: "210", basis: "PER_FTE", perFte: "18960.00", appliesTo: "ALL" },
  ] as const) {
    const r = dataOf(await api.gql(RATE, { input: { fiscalYear: 2022, ...input } })).setBenefitRate;
    expect(r.userErrors).toEqual([]);
  }
});
afterAll(() => api?.close());

describe("positions", () => {
  it("the cost per program covers every position of the year, not a page, and matches their shares to the cent", async () => {
    const d = dataOf(
      await api.gql(
        graphql(`
          query PositionsCostByProgram {
            positionCostByProgram(fiscalYear: 2022) {
              program
              amount
              positions
            }
            positions(fiscalYear: 2022, first: 100) {
              totalCount
              nodes {
                fundings {
                  program
                  amount
                }
              }
            }
          }
        `),
      ),
    );
    expect(d.positions.totalCount).toBeLessThanOrEqual(100);
    const sums = new Map<string, { amount: number; positions: number }>();
    for (const p of d.positions.nodes)
      for (const program of new Set(p.fundings.map((f) => f.program))) {
        const s = sums.get(program) ?? { amount: 0, positions: 0 };
        s.positions += 1;
        for (const f of p.fundings.filter((x) => x.program === program))
          s.amount += cents(f.amount);
        sums.set(program, s);
      }
    expect(d.positionCostByProgram.length).toBeGreaterThan(0);
    expect(
      new Map(
        d.positionCostByProgram.map((c) => [
          c.program,
          { amount: cents(c.amount), positions: c.positions },
        ]),
      ),
    ).toEqual(sums);
  });

  it("a split-funded coach puts each share's salary and benefits on its program, to the cent, the rest local", async () => {
    const [t1, t2] = [await budgeted("TITLE_I_A"), await budgeted("TITLE_II_A")];
    const p = await newPosition();
    const r = dataOf(
      await api.gql(FUND, {
        input: {
          positionId: p.id,
          expectedVersion: p.version,
          shares: [
            {
              program: "TITLE_I_A",
              actionStepId: stepId,
              functionCode: "2213",
              shareBasisPoints: 5_000,
            },
            {
              program: "TITLE_II_A",
              actionStepId: stepId,
              functionCode: "2213",
              shareBasisPoints: 3_000,
            },
          ],
        },
      }),
    ).setPositionFunding;
    expect(r.userErrors).toEqual([]);
    const pos = r.position!;
    // 72,500 salary, 7.65% FICA, 21.14% TRS, 18,960 health (another test may add a rate).
    expect(pos.cost).toEqual(
      expect.arrayContaining([
        { name: "Salary", objectCode: "110", amount: "72500.00" },
        { name: "FICA/Medicare", objectCode: "220", amount: "5546.25" },
        { name: "TRS", objectCode: "230", amount: "15326.50" },
        { name: "Health", objectCode: "210", amount: "18960.00" },
      ]),
    );
    const total = pos.cost.reduce((t, c) => t + cents(c.amount), 0);
    expect(cents(pos.totalCost)).toBe(total);
    const [share1, share2] = pos.fundings;
    expect(share1).toMatchObject({ program: "TITLE_I_A", shareBasisPoints: 5_000 });
    expect(share2).toMatchObject({ program: "TITLE_II_A", shareBasisPoints: 3_000 });
    // Each cost is split to the cent, so a share is within a cent per cost of its percentage.
    expect(Math.abs(cents(share1!.amount) * 2 - total)).toBeLessThanOrEqual(2 * pos.cost.length);
    expect(cents(share1!.amount) + cents(share2!.amount) + cents(pos.localCost)).toBe(total);
    expect((await budgeted("TITLE_I_A")) - t1).toBe(cents(share1!.amount));
    expect((await budgeted("TITLE_II_A")) - t2).toBe(cents(share2!.amount));

    // A raise flows to every line the position pays.
    const raised = dataOf(
      await api.gql(UPDATE, {
        input: { id: p.id, expectedVersion: pos.version, salary: "75000.00" },
      }),
    ).updatePosition;
    expect(raised.userErrors).toEqual([]);
    const newShare = cents(raised.position!.fundings[0]!.amount);
    expect(newShare).toBeGreaterThan(cents(share1!.amount));
    expect((await budgeted("TITLE_I_A")) - t1).toBe(newShare);

    // A stale version is refused and changes nothing.
    const stale = dataOf(
      await api.gql(UPDATE, { input: { id: p.id, expectedVersion: pos.version, salary: "1.00" } }),
    ).updatePosition;
    expect(stale.userErrors[0]).toMatchObject({ code: "CONFLICT" });

    // Its lines are changed through the position, never one by one.
    const lines = dataOf(
      await api.gql(
        graphql(`
          query PositionsLines($schoolId: ID!) {
            budgetLines(
              fiscalYear: 2022
              first: 100
              program: TITLE_II_A
              functionCode: "2213"
              schoolId: $schoolId
            ) {
              nodes {
                id
                description
                functionCode
                objectCode
              }
            }
          }
        `),
        { schoolId },
      ),
    ).budgetLines.nodes.filter((l) => l.description.includes(`(${p.code})`));
    // One Title II-A line per cost of the position, on its object code.
    expect(lines.map((l) => l.objectCode).sort()).toEqual(pos.cost.map((c) => c.objectCode).sort());
    expect(new Set(lines.map((l) => l.functionCode))).toEqual(new Set(["2213"]));
    const edit = dataOf(
      await api.gql(
        graphql(`
          mutation PositionsEditLine($input: UpdateBudgetLineInput!) {
            updateBudgetLine(input: $input) {
              userErrors {
                message
              }
            }
          }
        `),
        { input: { id: lines[0]!.id, amount: "1.00" } },
      ),
    ).updateBudgetLine;
    expect(edit.userErrors[0]!.message).toMatch(/change the position or its funding shares/);

    // Deleting the position takes its lines with it.
    await api.gql(DELETE, { input: { id: p.id } });
    expect(await budgeted("TITLE_I_A")).toBe(t1);
    expect(await budgeted("TITLE_II_A")).toBe(t2);
  });

  it("a new benefit rate flows to every position's lines of the year", async () => {
    const p = await newPosition("50000.00");
    await api.gql(FUND, {
      input: {
        positionId: p.id,
        shares: [
          {
            program: "TITLE_I_A",
            actionStepId: stepId,
            functionCode: "1000",
            shareBasisPoints: 10_000,
          },
        ],
      },
    });
    const before = await budgeted("TITLE_I_A");
    const r = dataOf(
      await api.gql(RATE, {
        input: {
          fiscalYear: 2022,
          name: "Workers' compensation",
          objectCode: "260",
          basis: "PERCENT_OF_SALARY",
          rateHundredthsOfPercent: 100,
          appliesTo: "ALL",
        },
      }),
    ).setBenefitRate;
    expect(r.userErrors).toEqual([]);
    // 1% of this position's 50,000 salary, all on Title I-A (other positions may add theirs).
    expect((await budgeted("TITLE_I_A")) - before).toBeGreaterThanOrEqual(500_00);
    await api.gql(DELETE, { input: { id: p.id } });
  });

  it("refuses shares over 100%, a program the step does not allow, an unknown code, and overspending, at the field", async () => {
    const p = await newPosition();
    const fund = async (shares: unknown[]) =>
      dataOf(await api.gql(FUND, { input: { positionId: p.id, shares: shares as never } }))
        .setPositionFunding;
    const share = (o: object) => ({
      program: "TITLE_I_A" as const,
      actionStepId: stepId,
      functionCode: "1000",
      shareBasisPoints: 5_000,
      ...o,
    });
    const over100 = await fund([
      share({}),
      share({ program: "TITLE_II_A", shareBasisPoints: 5_001 }),
    ]);
    expect(over100.userErrors[0]).toMatchObject({
      field: ["input", "shares"],
      message: "The shares add up to 100.01%, more than 100%.",
    });
    const notAllowed = await fund([share({ program: "IDEA_B", actionStepId: step12 })]);
    expect(notAllowed.userErrors[0]).toMatchObject({
      field: ["input", "shares", "0", "program"],
      code: "PROGRAM_NOT_ALLOWED",
    });
    const badCode = await fund([share({ functionCode: "9999" })]);
    expect(badCode.userErrors[0]).toMatchObject({
      field: ["input", "shares", "0", "functionCode"],
    });
    const before = await budgeted("MCKINNEY_VENTO");
    const huge = await newPosition("90000000.00");
    const overspend = dataOf(
      await api.gql(FUND, {
        input: {
          positionId: huge.id,
          shares: [share({ program: "MCKINNEY_VENTO", shareBasisPoints: 10_000 })],
        },
      }),
    ).setPositionFunding;
    expect(overspend.userErrors[0]).toMatchObject({
      field: ["input", "shares"],
      code: "OVER_AWARD",
    });
    expect(overspend.userErrors[0]!.message).toMatch(
      /^McKinney-Vento .* has \$[\d,]+\.\d\d left this year; these shares would take \$/,
    );
    expect(await budgeted("MCKINNEY_VENTO")).toBe(before);
    await api.gql(DELETE, { input: { id: p.id } });
    await api.gql(DELETE, { input: { id: huge.id } });
  });
});
