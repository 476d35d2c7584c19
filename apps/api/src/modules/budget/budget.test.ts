import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { dataOf, startTestApi, type TestApi } from "../../test/api.js";
import { graphql } from "../../test/gql/index.js";

let api: TestApi;
let stepId: string;

const REPORT = graphql(`
  query BudgetComplianceReport($fiscalYear: Int!) {
    budgetCompliance(fiscalYear: $fiscalYear) {
      fiscalYear
      allPass
      failed
      notChecked
      checks {
        ruleId
        citation
        program
        status
        detail
        missing
      }
    }
  }
`);
const TRANSFER = graphql(`
  mutation BudgetTransfer($input: TransferFundsInput!) {
    transferFunds(input: $input) {
      transfer {
        id
      }
      userErrors {
        message
      }
    }
  }
`);
const UNDO_TRANSFER = graphql(`
  mutation BudgetUndoTransfer($input: DeleteTransferInput!) {
    deleteTransfer(input: $input) {
      userErrors {
        message
      }
    }
  }
`);
const GRID = graphql(`
  query BudgetGrid($fiscalYear: Int!, $program: ProgramCode) {
    budgetByFunctionAndObject(fiscalYear: $fiscalYear, program: $program) {
      program
      function {
        code
        name
      }
      object {
        code
        name
      }
      amount
      lineCount
    }
    fundingByActionStep(fiscalYear: $fiscalYear) {
      total
    }
    chartOfAccounts(fiscalYear: $fiscalYear) {
      state
      edition
      functions {
        code
        name
      }
      administrationFunctions
    }
  }
`);
const CREATE = graphql(`
  mutation BudgetCreateLine($input: CreateBudgetLineInput!) {
    createBudgetLine(input: $input) {
      budgetLine {
        id
        version
      }
      userErrors {
        message
      }
    }
  }
`);
const DELETE = graphql(`
  mutation BudgetDeleteLine($input: DeleteBudgetLineInput!) {
    deleteBudgetLine(input: $input) {
      userErrors {
        message
      }
    }
  }
`);

const PICTURE = graphql(`
  query BudgetMoneyPicture($fiscalYear: Int!) {
    moneyPicture(fiscalYear: $fiscalYear) {
      program
      available
      reserved
      toSchools
      districtLines
      districtLinesBeyondReservations
      schoolLines
      unbudgeted
      adopted
    }
  }
`);

const cents = (money: string) => Math.round(Number(money) * 100);

async function report() {
  return dataOf(await api.gql(REPORT, { fiscalYear: 2022 })).budgetCompliance;
}
const rule = (r: Awaited<ReturnType<typeof report>>, id: string, program?: string) =>
  r.checks.find((c) => c.ruleId === id && (program === undefined || c.program === program));

beforeAll(async () => {
  api = await startTestApi();
  const plan = dataOf(
    await api.gql(
      graphql(`
        query BudgetPlanSteps {
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
      `),
    ),
  );
  // A step the plan lets Title III-A pay for.
  stepId = plan
    .improvementPlan!.needs.flatMap((n) => n.actionSteps)
    .find((s) => s.allowedFundingSources.some((f) => f.code === "TITLE_III_A"))!.id;
});
afterAll(() => api?.close());

describe("the budget by function and object", () => {
  it("adds up to every budget line of the year, to the cent, with the chart's names", async () => {
    const d = dataOf(await api.gql(GRID, { fiscalYear: 2022 }));
    const sum = d.budgetByFunctionAndObject.reduce((s, c) => s + cents(c.amount), 0);
    expect(sum).toBe(cents(d.fundingByActionStep!.total));
    expect(d.chartOfAccounts).toMatchObject({
      state: "GA",
      administrationFunctions: ["2230", "2300"],
    });
    expect(d.chartOfAccounts!.functions).toContainEqual({
      code: "2230",
      name: "Federal Grant Administration",
    });
    const one = dataOf(await api.gql(GRID, { fiscalYear: 2022, program: "TITLE_III_A" }));
    expect(new Set(one.budgetByFunctionAndObject.map((c) => c.program))).toEqual(
      new Set(["TITLE_III_A"]),
    );
  });
});

describe("the money picture", () => {
  it("adds up for every program, and a new district line takes exactly its amount from unbudgeted", async () => {
    const picture = async () => dataOf(await api.gql(PICTURE, { fiscalYear: 2022 })).moneyPicture;
    const before = await picture();
    expect(before.map((p) => p.program)).toContain("TITLE_III_A");
    for (const p of before) {
      expect(
        cents(p.reserved) +
          cents(p.toSchools) +
          cents(p.districtLinesBeyondReservations) +
          cents(p.unbudgeted),
        p.program,
      ).toBe(cents(p.available));
      // No scenario is approved in the seed: what goes to schools is what the lines place there.
      expect(p.adopted).toBe(false);
      expect(p.toSchools).toBe(p.schoolLines);
    }
    const created = dataOf(
      await api.gql(CREATE, {
        input: {
          fiscalYear: 2022,
          program: "TITLE_III_A",
          actionStepId: stepId,
          amount: "1234.56",
          description: "Newcomer center books",
          functionCode: "1000",
          objectCode: "642",
        },
      }),
    ).createBudgetLine;
    expect(created.userErrors).toEqual([]);
    const t3 = (ps: typeof before) => ps.find((p) => p.program === "TITLE_III_A")!;
    const after = await picture();
    expect(cents(t3(before).unbudgeted) - cents(t3(after).unbudgeted)).toBe(123_456);
    await api.gql(DELETE, {
      input: { id: created.budgetLine!.id, expectedVersion: created.budgetLine!.version },
    });
    expect(await picture()).toEqual(before);
  });
});

describe("compliance judged on the budget", () => {
  it("fails administration coded above the Title III-A cap, citing the statute, until it is removed", async () => {
    const before = await report();
    expect(before.fiscalYear).toBe(2022);
    const cap = rule(before, "TITLE_III_ADMINISTRATION")!;
    // The allocation is in the detail; budget one cent more than 2% of it as administration.
    const allocation = cents(
      /of the \$([\d,.]+) allocation/.exec(cap.detail)![1]!.replaceAll(",", ""),
    );
    const coded = cents(
      /^(?:Not checked: .*So far )?\$([\d,.]+) coded/.exec(cap.detail)![1]!.replaceAll(",", ""),
    );
    const over = Math.floor((allocation * 2) / 100) - coded + 1;
    const created = dataOf(
      await api.gql(CREATE, {
        input: {
          fiscalYear: 2022,
          program: "TITLE_III_A",
          actionStepId: stepId,
          amount: (over / 100).toFixed(2),
          description: "Title III coordinator's office",
          functionCode: "2230",
          objectCode: "610",
        },
      }),
    ).createBudgetLine;
    expect(created.userErrors).toEqual([]);
    const after = await report();
    expect(rule(after, "TITLE_III_ADMINISTRATION")).toMatchObject({
      status: "FAIL",
      citation: "ESEA 3115(b)",
      program: "TITLE_III_A",
    });
    expect(after.allPass).toBe(false);
    expect(after.failed).toBeGreaterThan(before.failed);

    const line = created.budgetLine!;
    await api.gql(DELETE, { input: { id: line.id, expectedVersion: line.version } });
    expect(rule(await report(), "TITLE_III_ADMINISTRATION")!.status).toBe(cap.status);
  });

  it("checks each transfer recorded against the plan's declaration: the FY2022 plan declares none", async () => {
    expect(rule(await report(), "PLAN_TRANSFERS")).toMatchObject({
      status: "PASS",
      citation: "ESEA 5103(e)(1)",
      detail: "The plan declares no transfers and none is recorded.",
    });
    const t = dataOf(
      await api.gql(TRANSFER, {
        input: { fiscalYear: 2022, from: "TITLE_IV_A", to: "TITLE_I_A", amount: "1000.00" },
      }),
    ).transferFunds;
    expect(t.userErrors).toEqual([]);
    expect(rule(await report(), "PLAN_TRANSFERS")).toMatchObject({
      status: "FAIL",
      detail:
        "Title IV-A to Title I-A ($1,000.00) is recorded, but the plan declares no funds transferred from Title IV-A.",
    });
    await api.gql(UNDO_TRANSFER, { input: { id: t.transfer!.id } });
    expect(rule(await report(), "PLAN_TRANSFERS")!.status).toBe("PASS");
  });

  it("says which rules it could not check and what to enter, never counting them as passed", async () => {
    const r = await report();
    for (const c of r.checks.filter((x) => x.status === "NOT_CHECKED")) {
      expect(c.missing, c.ruleId).toBeTruthy();
      expect(c.detail, c.ruleId).toMatch(/^Not checked: /);
    }
    expect(r.notChecked).toBe(r.checks.filter((c) => c.status === "NOT_CHECKED").length);
    if (r.notChecked > 0) expect(r.allPass).toBe(false);
    for (const c of r.checks) expect(c.citation, c.ruleId).not.toBe("");
  });

  it("is the district's whole budget: a school leader may not read it, a viewer may", async () => {
    const leader = await api.as("SCHOOL_LEADER")(REPORT, { fiscalYear: 2022 });
    expect(leader.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const viewer = await api.as("VIEWER")(REPORT, { fiscalYear: 2022 });
    expect(viewer.errors).toBeUndefined();
  });
});
