import { describe, expect, it } from "vitest";

import { chartFor } from "./accounts/charts.js";
import { complianceSummary, type RuleId } from "./allocation/rules.js";
import {
  budgetCompliance,
  declaredTransfersOf,
  type BudgetComplianceInput,
  type BudgetLineFacts,
} from "./budget-compliance.js";
import { PROGRAM_CODES } from "./programs.js";
import type { CheckStatus } from "./vocabulary.js";

const chart = chartFor("GA")!;
const ALL_PROGRAMS = PROGRAM_CODES;
const school = {
  id: "s1",
  name: "Riverdale ES",
  designation: "CSI" as const,
  titleIStatus: "SCHOOLWIDE" as const,
};

let n = 0;
function line(over: Partial<BudgetLineFacts> = {}): BudgetLineFacts {
  n += 1;
  return {
    id: `l${n}`,
    program: "TITLE_I_A",
    amount: 100_000_00,
    description: `Line ${n}`,
    functionCode: "1000",
    objectCode: "110",
    use: null,
    priorApproval: null,
    school,
    ...over,
    actionStep: {
      label: "1.1",
      allowedPrograms: ALL_PROGRAMS,
      evidenceLevel: "STRONG",
      subgroups: ["English Learners"],
      ...over.actionStep,
    },
  };
}

/** A legal budget: every rule it touches passes. */
function legal(): BudgetComplianceInput {
  return {
    fiscalYear: 2022,
    chart,
    envelopes: [
      { schoolId: "s1", program: "TITLE_I_A", envelope: 900_000_00 },
      { schoolId: "s1", program: "TITLE_III_A", envelope: 100_000_00 },
      { schoolId: "s1", program: "TITLE_IV_A", envelope: 100_000_00 },
      { schoolId: "s1", program: "IDEA_B", envelope: 100_000_00 },
      { schoolId: "s1", program: "TITLE_I_A_1003", envelope: 50_000_00 },
    ],
    schoolAwards: [{ schoolId: "s1", program: "TITLE_I_A_1003", envelope: 50_000_00 }],
    ideaPreschool: 100_000_00,
    allocations: {
      TITLE_I_A: 1_000_000_00,
      TITLE_III_A: 100_000_00,
      TITLE_IV_A: 100_000_00,
      IDEA_B: 1_000_000_00,
    },
    lines: [
      line({ amount: 800_000_00 }),
      line({ amount: 50_000_00, functionCode: "2230", objectCode: "110", school: null }),
      line({ amount: 20_000_00, use: "FAMILY_ENGAGEMENT", functionCode: "2100" }),
      line({ program: "TITLE_III_A", amount: 2_000_00, functionCode: "2230" }),
      line({ program: "TITLE_III_A", amount: 90_000_00 }),
      line({ program: "TITLE_IV_A", amount: 30_000_00, use: "WELL_ROUNDED_EDUCATION" }),
      line({ program: "TITLE_IV_A", amount: 30_000_00, use: "SAFE_AND_HEALTHY_STUDENTS" }),
      line({
        program: "TITLE_IV_A",
        amount: 20_000_00,
        use: "EFFECTIVE_USE_OF_TECHNOLOGY",
        objectCode: "611",
      }),
      line({
        program: "TITLE_IV_A",
        amount: 3_000_00,
        use: "TECHNOLOGY_INFRASTRUCTURE",
        objectCode: "730",
        priorApproval: "GaDOE 2021-11-04",
      }),
      line({
        program: "IDEA_B",
        amount: 100_000_00,
        use: "EARLY_INTERVENING_SERVICES",
        subgrant: "IDEA_611",
      }),
      line({ program: "TITLE_I_A_1003", amount: 50_000_00 }),
    ],
  };
}

/** A Title III-A line on step 2.1, which serves these subgroups. */
const titleIIIStep = (subgroups: string[]) =>
  line({
    program: "TITLE_III_A",
    amount: 1_00,
    actionStep: { label: "2.1", allowedPrograms: ["TITLE_III_A"], evidenceLevel: null, subgroups },
  });

function statusOf(
  input: BudgetComplianceInput,
  id: RuleId,
): { status: CheckStatus; detail: string; missing: string | null } {
  const found = budgetCompliance(input).filter((c) => c.rule.id === id);
  expect(found).toHaveLength(1);
  return found[0]!;
}

function withLines(change: (lines: BudgetLineFacts[]) => BudgetLineFacts[]): BudgetComplianceInput {
  const base = legal();
  return { ...base, lines: change([...base.lines]) };
}

describe("compliance judged on the budget", () => {
  it("passes a legal budget on every rule it touches, each with its citation", () => {
    const report = budgetCompliance(legal());
    expect(report.filter((c) => c.status !== "PASS" && c.status !== "NOT_APPLICABLE")).toEqual([]);
    expect(complianceSummary(report).allPass).toBe(true);
    for (const c of report) expect(c.rule.citation).not.toBe("");
    expect(report.map((c) => c.rule.id)).toEqual(
      expect.arrayContaining([
        "TITLE_III_ADMINISTRATION",
        "TITLE_IV_INFRASTRUCTURE",
        "IDEA_CEIS",
        "TITLE_1003_EVIDENCE",
        "TITLE_III_EL_ONLY",
      ]),
    );
  });

  it("fails administration coded above a program's cap, from the function codes", () => {
    const over = withLines((ls) => [
      ...ls,
      line({ program: "TITLE_III_A", amount: 1_00, functionCode: "2300" }),
    ]);
    const c = statusOf(over, "TITLE_III_ADMINISTRATION");
    expect(c.status).toBe("FAIL");
    expect(c.detail).toBe(
      "$2,001.00 coded to function 2230 and 2300 (2.00% of the $100,000.00 allocation); at most 2.00% ($2,000.00).",
    );
    const titleI = withLines((ls) => [
      ...ls,
      line({ amount: 50_000_01, functionCode: "2230", school: null }),
    ]);
    expect(statusOf(titleI, "TITLE_I_ADMINISTRATION").status).toBe("FAIL");
  });

  it("does not pass administration while a line lacks its function code, and names what to enter", () => {
    const input = withLines((ls) => [
      ...ls,
      line({
        program: "TITLE_IV_A",
        amount: 1_00,
        functionCode: null,
        use: "WELL_ROUNDED_EDUCATION",
      }),
    ]);
    const c = statusOf(input, "TITLE_IV_ADMINISTRATION");
    expect(c.status).toBe("NOT_CHECKED");
    expect(c.missing).toBe("functionCode");
    expect(c.detail).toMatch(/^Not checked: enter the function code on 1 Title IV-A lines/);
    expect(statusOf(input, "ACCOUNT_CODED").status).toBe("NOT_CHECKED");
    expect(complianceSummary(budgetCompliance(input)).allPass).toBe(false);
  });

  it("judges family engagement from the lines marked for it: 1% and 90% to Title I schools", () => {
    const low = withLines((ls) =>
      ls.map((l) => (l.use === "FAMILY_ENGAGEMENT" ? { ...l, amount: 9_999_99 } : l)),
    );
    expect(statusOf(low, "TITLE_I_FAMILY_ENGAGEMENT").status).toBe("FAIL");
    const central = withLines((ls) =>
      ls.map((l) => (l.use === "FAMILY_ENGAGEMENT" ? { ...l, school: null } : l)),
    );
    expect(statusOf(central, "TITLE_I_FAMILY_ENGAGEMENT_TO_SCHOOLS")).toMatchObject({
      status: "FAIL",
      detail: "$0.00 of $20,000.00 (0.00%) is budgeted at Title I schools; at least 90%.",
    });
    const untagged = withLines((ls) => ls.filter((l) => l.use !== "FAMILY_ENGAGEMENT"));
    expect(statusOf(untagged, "TITLE_I_FAMILY_ENGAGEMENT")).toMatchObject({
      status: "NOT_CHECKED",
      missing: "use",
    });
    const small = { ...legal(), allocations: { ...legal().allocations, TITLE_I_A: 500_000_00 } };
    expect(statusOf(small, "TITLE_I_FAMILY_ENGAGEMENT").status).toBe("NOT_APPLICABLE");
  });

  it("judges Title IV-A's uses and infrastructure share from the lines' uses", () => {
    const noSafe = withLines((ls) => ls.filter((l) => l.use !== "SAFE_AND_HEALTHY_STUDENTS"));
    expect(statusOf(noSafe, "TITLE_IV_SAFE_HEALTHY").status).toBe("FAIL");
    const infra = withLines((ls) =>
      ls.map((l) => (l.use === "TECHNOLOGY_INFRASTRUCTURE" ? { ...l, amount: 4_000_00 } : l)),
    );
    expect(statusOf(infra, "TITLE_IV_INFRASTRUCTURE")).toMatchObject({
      status: "FAIL",
      detail: "$4,000.00 for infrastructure of $24,000.00 for technology; at most 15% ($3,600.00).",
    });
    // An untagged line could be well-rounded money: the failure waits for it, named.
    const untagged = withLines((ls) => [
      ...ls.filter((l) => l.use !== "WELL_ROUNDED_EDUCATION"),
      line({ program: "TITLE_IV_A", amount: 30_000_00 }),
    ]);
    const c = statusOf(untagged, "TITLE_IV_WELL_ROUNDED");
    expect(c.status).toBe("NOT_CHECKED");
    expect(c.detail).toMatch(/set the Title IV-A use on 1 lines/);
  });

  it("caps IDEA early intervening services at 15%", () => {
    const over = withLines((ls) =>
      ls.map((l) => (l.use === "EARLY_INTERVENING_SERVICES" ? { ...l, amount: 150_000_01 } : l)),
    );
    expect(statusOf(over, "IDEA_CEIS").status).toBe("FAIL");
    const none = withLines((ls) => ls.filter((l) => l.use !== "EARLY_INTERVENING_SERVICES"));
    expect(statusOf(none, "IDEA_CEIS").status).toBe("NOT_APPLICABLE");
  });

  it("flags equipment until the state's prior approval is recorded", () => {
    const waiting = withLines((ls) =>
      ls.map((l) => (l.objectCode === "730" ? { ...l, priorApproval: null } : l)),
    );
    const c = statusOf(waiting, "EQUIPMENT_PRIOR_APPROVAL");
    expect(c).toMatchObject({ status: "NOT_CHECKED", missing: "priorApproval" });
    expect(c.detail).toMatch(
      /record the state's prior approval on 1 equipment lines \(\$3,000.00\)/,
    );
  });

  it("keeps 1003 money at designated schools and on evidence-based steps", () => {
    const central = withLines((ls) =>
      ls.map((l) => (l.program === "TITLE_I_A_1003" ? { ...l, school: null } : l)),
    );
    expect(statusOf(central, "TITLE_1003_CSI_TSI_ONLY").status).toBe("FAIL");
    const undesignated = withLines((ls) =>
      ls.map((l) =>
        l.program === "TITLE_I_A_1003"
          ? { ...l, school: { ...school, designation: "NONE" as const } }
          : l,
      ),
    );
    expect(statusOf(undesignated, "TITLE_1003_CSI_TSI_ONLY").status).toBe("FAIL");
    const rationale = withLines((ls) =>
      ls.map((l) =>
        l.program === "TITLE_I_A_1003"
          ? {
              ...l,
              actionStep: { ...l.actionStep, evidenceLevel: "DEMONSTRATES_A_RATIONALE" as const },
            }
          : l,
      ),
    );
    expect(statusOf(rationale, "TITLE_1003_EVIDENCE").status).toBe("FAIL");
    const unrated = withLines((ls) =>
      ls.map((l) =>
        l.program === "TITLE_I_A_1003"
          ? { ...l, actionStep: { ...l.actionStep, label: "2.3", evidenceLevel: null } }
          : l,
      ),
    );
    expect(statusOf(unrated, "TITLE_1003_EVIDENCE")).toMatchObject({
      status: "NOT_CHECKED",
      missing: "evidenceLevel",
    });
    expect(statusOf(unrated, "TITLE_1003_EVIDENCE").detail).toMatch(
      /enter the evidence level of step 2.3/,
    );
  });

  it("keeps IDEA's 611 and 619 subgrants each within its own award, and asks for what is missing", () => {
    expect(statusOf(legal(), "IDEA_SUBGRANTS")).toMatchObject({ status: "PASS" });
    const preschool = withLines((ls) => [
      ...ls,
      line({ program: "IDEA_B", amount: 100_000_01, subgrant: "IDEA_619" }),
    ]);
    const c = statusOf(preschool, "IDEA_SUBGRANTS");
    expect(c.status).toBe("FAIL");
    expect(c.detail).toBe(
      "611: $100,000.00 of $900,000.00; 619 preschool: $100,000.01 of $100,000.00.",
    );
    expect(statusOf({ ...legal(), ideaPreschool: null }, "IDEA_SUBGRANTS")).toMatchObject({
      status: "NOT_CHECKED",
      missing: "ideaPreschool",
    });
    const untagged = withLines((ls) => [...ls, line({ program: "IDEA_B", amount: 1_00 })]);
    expect(statusOf(untagged, "IDEA_SUBGRANTS")).toMatchObject({
      status: "NOT_CHECKED",
      missing: "subgrant",
    });
  });

  it("keeps each school's 1003 lines within the state's award for it, and asks for the awards when none are recorded", () => {
    expect(statusOf(legal(), "TITLE_1003_SCHOOL_AWARDS").status).toBe("PASS");
    const over = {
      ...legal(),
      schoolAwards: [{ schoolId: "s1", program: "TITLE_I_A_1003" as const, envelope: 49_999_99 }],
    };
    const c = statusOf(over, "TITLE_1003_SCHOOL_AWARDS");
    expect(c.status).toBe("FAIL");
    expect(c.detail).toMatch(/\$50,000.00 of \$49,999.99/);
    expect(
      budgetCompliance(over).find((x) => x.rule.id === "TITLE_1003_SCHOOL_AWARDS")!.rule.citation,
    ).toBe("ESEA 1003(b)(1), (e)");
    const none = statusOf({ ...legal(), schoolAwards: null }, "TITLE_1003_SCHOOL_AWARDS");
    expect(none).toMatchObject({ status: "NOT_CHECKED", missing: "schoolAwards" });
    expect(none.detail).toMatch(/import the state's 1003 allocations/);
  });

  it("fails a line whose program its step does not allow, and Title III-A off English learners", () => {
    const off = withLines((ls) => [
      ...ls,
      line({
        program: "TITLE_II_A",
        actionStep: {
          label: "1.4",
          allowedPrograms: ["TITLE_I_A"],
          evidenceLevel: null,
          subgroups: [],
        },
      }),
    ]);
    expect(statusOf(off, "PROGRAM_ON_ACTION_STEP").status).toBe("FAIL");
    const notEl = withLines((ls) => [...ls, titleIIIStep(["Economically Disadvantaged"])]);
    expect(statusOf(notEl, "TITLE_III_EL_ONLY").status).toBe("FAIL");
    const unstated = withLines((ls) => [...ls, titleIIIStep([])]);
    expect(statusOf(unstated, "TITLE_III_EL_ONLY")).toMatchObject({
      status: "NOT_CHECKED",
      missing: "subgroups",
    });
  });

  it("keeps a school's lines inside its allocation in the adopted budget, and waits for one", () => {
    const over = withLines((ls) => [...ls, line({ program: "TITLE_I_A_1003", amount: 1 })]);
    expect(statusOf(over, "SCHOOL_ENVELOPE")).toMatchObject({
      status: "FAIL",
      detail:
        "1 school budgets exceed their allocation: Riverdale ES, Title I 1003: $50,000.01 budgeted of $50,000.00.",
    });
    const none = { ...legal(), envelopes: null };
    expect(statusOf(none, "SCHOOL_ENVELOPE")).toMatchObject({
      status: "NOT_CHECKED",
      missing: "adoptedBudget",
    });
  });

  it("says the codes cannot be judged in a state without a chart, never passing them", () => {
    const report = budgetCompliance({ ...legal(), chart: null });
    expect(report.find((c) => c.rule.id === "ACCOUNT_CODED")!.status).toBe("NOT_CHECKED");
    expect(report.find((c) => c.rule.id === "TITLE_III_ADMINISTRATION")!.status).toBe(
      "NOT_CHECKED",
    );
  });

  it("checks the transfers recorded against the plan's declaration (ESEA 5103(e)(1))", () => {
    const planTransfer = (input: Partial<BudgetComplianceInput>) =>
      budgetCompliance({ ...legal(), ...input }).find((c) => c.rule.id === "PLAN_TRANSFERS")!;
    const none = [
      { from: "TITLE_II_A" as const, to: [], cumulativeBasisPoints: null },
      { from: "TITLE_IV_A" as const, to: [], cumulativeBasisPoints: null },
    ];
    // Clayton County's FY2022 plan: no funds transferred, and none recorded.
    expect(planTransfer({ declaredTransfers: none, transfers: [] })).toMatchObject({
      status: "PASS",
      detail: "The plan declares no transfers and none is recorded.",
    });
    expect(planTransfer({ declaredTransfers: none, transfers: [] }).rule.citation).toBe(
      "ESEA 5103(e)(1)",
    );
    const recorded = [{ from: "TITLE_IV_A" as const, to: "TITLE_I_A" as const, amount: 10_000_00 }];
    const undeclared = planTransfer({ declaredTransfers: none, transfers: recorded });
    expect(undeclared.status).toBe("FAIL");
    expect(undeclared.detail).toBe(
      "Title IV-A to Title I-A ($10,000.00) is recorded, but the plan declares no funds transferred from Title IV-A.",
    );
    const declared = [
      none[0]!,
      { from: "TITLE_IV_A" as const, to: ["TITLE_I_A" as const], cumulativeBasisPoints: 1_000 },
    ];
    expect(planTransfer({ declaredTransfers: declared, transfers: recorded }).status).toBe("PASS");
    // Title IV-A's allocation is $100,000: 10% allows $10,000.00 and not a cent more.
    const over = planTransfer({
      declaredTransfers: declared,
      transfers: [...recorded, { from: "TITLE_IV_A", to: "TITLE_I_A", amount: 1 }],
    });
    expect(over.status).toBe("FAIL");
    expect(over.detail).toMatch(/more than the 10.00% the plan declares/);
    expect(planTransfer({ declaredTransfers: null, transfers: recorded })).toMatchObject({
      status: "NOT_CHECKED",
      missing: "improvementPlan",
    });
    expect(
      declaredTransfersOf([
        { from: "TITLE_II_A", to: [], cumulativePercentage: "NA" },
        { from: "TITLE_IV_A", to: ["Title I, Part A", "Title IX"], cumulativePercentage: "12.5%" },
      ]),
    ).toEqual([
      { from: "TITLE_II_A", to: [], cumulativeBasisPoints: null },
      { from: "TITLE_IV_A", to: ["TITLE_I_A"], cumulativeBasisPoints: 1250 },
    ]);
    // Not asked (no plan facts given): no such check at all.
    expect(planTransfer({})).toBeUndefined();
  });
});
