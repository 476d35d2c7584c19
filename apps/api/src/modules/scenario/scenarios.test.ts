import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Role } from "@allot/db";

import { dataOf, startTestApi, type TestApi } from "../../test/api.js";
import type { ScenarioParametersInput } from "../../test/gql/graphql.js";
import { graphql } from "../../test/gql/index.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const SCENARIO_FIELDS = `id name status version stale reviewComment approvedBy approvedByName
  parameters { titleI { ppaKind reservations { familyEngagement homeless administration } } weights { englishLearners } priority { csiTsiPercent highPovertyPercent highPovertyThresholdPercent } titleIV { wellRounded safeHealthy technology technologyInfrastructure } idea { privateChildren allChildren ceis } reallocation { programs maxLossPercent } }
  result {
    failures
    programs { fundingSource { code } available reserved toSchools unallocated }
    schools { school { id name englishLearners enrollment } total baselineTotal change allocations { program amount baseline bound explanation } }
    equityBefore { progressivityRatio gini coefficientOfVariation }
    equityAfter { progressivityRatio gini coefficientOfVariation }
    compliance { ruleId citation status detail program }
  }`;

interface Scenario {
  id: string;
  name: string;
  status: string;
  version: number;
  stale: boolean;
  reviewComment: string | null;
  approvedBy: string | null;
  approvedByName: string | null;
  parameters: {
    titleI: { ppaKind: string; reservations: { familyEngagement: string } };
    weights: { englishLearners: number };
    priority: object | null;
    titleIV: object | null;
    idea: object | null;
    reallocation: { programs: string[]; maxLossPercent: number } | null;
  };
  result: {
    failures: number;
    programs: {
      fundingSource: { code: string };
      available: string;
      reserved: string;
      toSchools: string;
      unallocated: string;
    }[];
    schools: {
      school: { id: string; name: string; englishLearners: number; enrollment: number };
      total: string;
      baselineTotal: string;
      change: string;
      allocations: {
        program: string;
        amount: string;
        baseline: string;
        bound: string | null;
        explanation: string;
      }[];
    }[];
    equityBefore: { gini: number };
    equityAfter: { gini: number; coefficientOfVariation: number };
    compliance: {
      ruleId: string;
      citation: string;
      status: string;
      detail: string;
      program: string | null;
    }[];
  } | null;
}
type Payload = {
  scenario: Scenario | null;
  userErrors: { field: string[]; message: string; code: string }[];
};

const cents = (s: string) => Math.round(Number(s) * 100);

const INPUT_TYPE: Record<string, string> = {
  createScenario: "CreateScenarioInput",
  updateScenario: "UpdateScenarioInput",
  rejectScenario: "RejectScenarioInput",
  runScenario: "ScenarioActionInput",
  submitScenario: "ScenarioActionInput",
  approveScenario: "ScenarioActionInput",
};

async function mutate(
  name: string,
  input: object,
  role: Role = "FINANCE_ANALYST",
): Promise<Payload> {
  const r = await api.as(role)<Record<string, Payload>>(
    `mutation($input: ${INPUT_TYPE[name]}!) { ${name}(input: $input) { scenario { ${SCENARIO_FIELDS} } userErrors { field message code } } }`,
    { input },
  );
  return dataOf(r)[name]!;
}

const PARAMS: ScenarioParametersInput = {
  titleI: {
    ppa: { kind: "EVEN" },
    reservations: {
      familyEngagement: "300000.00",
      homeless: "150000.00",
      administration: "1400000.00",
    },
  },
  weights: { englishLearners: 0.4, studentsWithDisabilities: 0.9, homeless: 0.25 },
  priority: { csiTsiPercent: 20, highPovertyPercent: 10, highPovertyThresholdPercent: 75 },
  districtReservations: [
    { program: "TITLE_III_A", amount: "16000.00", administration: "16000.00" },
  ],
  titleIV: {
    wellRounded: "500000.00",
    safeHealthy: "500000.00",
    technology: "200000.00",
    technologyInfrastructure: "30000.00",
  },
  idea: { privateChildren: 40, allChildren: 6000, ceis: "0.00" },
};

/** A new draft with default parameters, run: each test starts from its own. */
async function ranDraft(name: string): Promise<Scenario> {
  const created = await mutate("createScenario", { fiscalYear: 2022, name, source: "EMPTY" });
  const ran = await mutate("runScenario", { id: created.scenario!.id });
  expect(ran.userErrors).toEqual([]);
  return ran.scenario!;
}

describe("scenarios", () => {
  it("creates a draft with default parameters and runs it: every program adds up to the cent, every rule cited", async () => {
    const created = await mutate("createScenario", {
      fiscalYear: 2022,
      name: "FY2022 base",
      source: "EMPTY",
    });
    expect(created.userErrors).toEqual([]);
    expect(created.scenario).toMatchObject({ status: "DRAFT", stale: true, result: null });
    const ran = await mutate("runScenario", {
      id: created.scenario!.id,
      expectedVersion: created.scenario!.version,
    });
    expect(ran.userErrors).toEqual([]);
    const draft = ran.scenario!;
    expect(draft.stale).toBe(false);
    expect(draft.result!.schools).toHaveLength(68);
    for (const p of draft.result!.programs) {
      expect(cents(p.reserved) + cents(p.toSchools) + cents(p.unallocated)).toBe(
        cents(p.available),
      );
      const bySchools = draft.result!.schools.reduce(
        (a, s) =>
          a + cents(s.allocations.find((x) => x.program === p.fundingSource.code)?.amount ?? "0"),
        0,
      );
      expect(bySchools).toBe(cents(p.toSchools));
    }
    for (const c of draft.result!.compliance) expect(c.citation.length).toBeGreaterThan(3);
    const titleI = draft.result!.schools.flatMap((s) =>
      s.allocations.filter((a) => a.program === "TITLE_I_A" && cents(a.amount) > 0),
    );
    expect(titleI[0]!.explanation).toMatch(/rank \d+ of \d+ eligible \(68 schools\)/);
  });

  it("runs a scenario for a caller that asks only for errors, and keeps the run", async () => {
    const created = await mutate("createScenario", {
      fiscalYear: 2022,
      name: "Errors only",
      source: "EMPTY",
    });
    const ran = dataOf(
      await api.as("FINANCE_ANALYST")<{ runScenario: { userErrors: unknown[] } }>(
        "mutation($input: ScenarioActionInput!) { runScenario(input: $input) { userErrors { message } } }",
        { input: { id: created.scenario!.id } },
      ),
    );
    expect(ran).toEqual({ runScenario: { userErrors: [] } });
    const kept = dataOf(
      await api.gql<{ node: { stale: boolean; result: { schools: unknown[] } | null } }>(
        "query($id: ID!) { node(id: $id) { ... on Scenario { stale result { schools { total } } } } }",
        { id: created.scenario!.id },
      ),
    ).node;
    expect(kept.stale).toBe(false);
    expect(kept.result!.schools).toHaveLength(68);
  });

  it("raising the English-learner weight and reallocating Title II-A and IV-A moves money to schools with many English learners, no school losing more than 5%", async () => {
    const draft = await ranDraft("English-learner weight");
    const updated = await mutate("updateScenario", {
      id: draft.id,
      expectedVersion: draft.version,
      parameters: {
        ...PARAMS,
        reallocation: { programs: ["TITLE_II_A", "TITLE_IV_A"], maxLossPercent: 5 },
      },
    });
    expect(updated.userErrors).toEqual([]);
    // What goes in reads back the same.
    expect(updated.scenario).toMatchObject({
      stale: true,
      parameters: {
        weights: { englishLearners: 0.4 },
        priority: PARAMS.priority,
        titleIV: PARAMS.titleIV,
        idea: PARAMS.idea,
        reallocation: { programs: ["TITLE_II_A", "TITLE_IV_A"], maxLossPercent: 5 },
      },
    });
    const ran = await mutate("runScenario", { id: draft.id });
    const r = ran.scenario!.result!;
    // Against the first run (no weights): the schools with the largest English-learner shares gain
    // Title II-A and IV-A money, the ones with the smallest lose.
    const iiIv = (s: { allocations: { program: string; amount: string }[] }) =>
      s.allocations
        .filter((a) => a.program === "TITLE_II_A" || a.program === "TITLE_IV_A")
        .reduce((x, a) => x + cents(a.amount), 0);
    const before = new Map(draft.result!.schools.map((s) => [s.school.id, iiIv(s)]));
    const schools = [...r.schools].sort(
      (a, b) =>
        b.school.englishLearners / b.school.enrollment -
        a.school.englishLearners / a.school.enrollment,
    );
    const gain = (s: (typeof schools)[number]) => iiIv(s) - before.get(s.school.id)!;
    expect(schools.slice(0, 10).every((s) => gain(s) > 0)).toBe(true);
    expect(schools.slice(-10).reduce((a, s) => a + gain(s), 0)).toBeLessThan(0);
    for (const s of r.schools) {
      for (const a of s.allocations.filter(
        (x) => x.program === "TITLE_II_A" || x.program === "TITLE_IV_A",
      )) {
        expect(cents(a.amount)).toBeGreaterThanOrEqual(Math.ceil(cents(a.baseline) * 0.95));
        expect(["FLOOR", "CAP", "LEVEL", "INELIGIBLE"]).toContain(a.bound);
      }
    }
  });

  it("refuses bad parameters with userErrors naming the field, and changes nothing", async () => {
    const draft = await ranDraft("Bad parameters");
    const school = dataOf(
      await api.gql(
        graphql(`
          query ScenariosSchools {
            schools(first: 1) {
              nodes {
                id
              }
            }
          }
        `),
      ),
    ).schools.nodes[0]!.id;
    const band = (minPovertyPercent: number) => ({ minPovertyPercent, perChild: "500.00" });
    const cases: [object, string[], string][] = [
      // A repeat is named at the second one, not silently resolved.
      [
        {
          ...PARAMS,
          titleI: {
            ...PARAMS.titleI,
            ppa: {
              kind: "EXPLICIT",
              schools: [
                { schoolId: school, perChild: "10.00" },
                { schoolId: school, perChild: "20.00" },
              ],
            },
          },
        },
        ["input", "parameters", "titleI", "ppa", "schools", "1", "schoolId"],
        "INVALID",
      ],
      [
        {
          ...PARAMS,
          titleI: {
            ...PARAMS.titleI,
            ppa: { kind: "BANDS", bands: [band(75), band(50), band(75)] },
          },
        },
        ["input", "parameters", "titleI", "ppa", "bands", "2", "minPovertyPercent"],
        "INVALID",
      ],
      [
        {
          ...PARAMS,
          districtReservations: [
            { program: "TITLE_III_A", amount: "1.00" },
            { program: "TITLE_III_A", amount: "2.00" },
          ],
        },
        ["input", "parameters", "districtReservations", "1", "program"],
        "INVALID",
      ],
      [
        { ...PARAMS, reallocation: { programs: ["TITLE_II_A", "TITLE_II_A"], maxLossPercent: 5 } },
        ["input", "parameters", "reallocation", "programs", "1"],
        "INVALID",
      ],
      [
        {
          ...PARAMS,
          titleI: {
            ...PARAMS.titleI,
            ppa: { kind: "BANDS", bands: Array.from({ length: 51 }, (_, i) => band(i)) },
          },
        },
        ["input", "parameters", "titleI", "ppa", "bands"],
        "INVALID",
      ],
      [
        { ...PARAMS, weights: { englishLearners: -0.1 } },
        ["input", "parameters", "weights", "englishLearners"],
        "INVALID",
      ],
      [
        { ...PARAMS, reallocation: { programs: ["TITLE_II_A"], maxLossPercent: 120 } },
        ["input", "parameters", "reallocation", "maxLossPercent"],
        "INVALID",
      ],
      [
        { ...PARAMS, reallocation: { programs: ["TITLE_I_A"], maxLossPercent: 5 } },
        ["input", "parameters", "reallocation", "programs"],
        "INVALID",
      ],
      [
        {
          ...PARAMS,
          titleI: {
            ...PARAMS.titleI,
            ppa: {
              kind: "EXPLICIT",
              schools: [{ schoolId: "bm90LWEtc2Nob29s", perChild: "10.00" }],
            },
          },
        },
        ["input", "parameters", "titleI", "ppa", "schools", "0", "schoolId"],
        "NOT_FOUND",
      ],
      [
        {
          ...PARAMS,
          districtReservations: [{ program: "MCKINNEY_VENTO", amount: "999999999.00" }],
        },
        ["input", "parameters", "districtReservations"],
        "INVALID",
      ],
      [
        {
          ...PARAMS,
          titleI: {
            ...PARAMS.titleI,
            reservations: { familyEngagement: "300000.00", administration: "99999999.00" },
          },
        },
        ["input", "parameters", "titleI", "reservations"],
        "INVALID",
      ],
      [
        { ...PARAMS, titleI: { ...PARAMS.titleI, reservations: { familyEngagement: "-1.00" } } },
        ["input", "parameters", "titleI", "reservations", "familyEngagement"],
        "NEGATIVE",
      ],
    ];
    for (const [parameters, field, code] of cases) {
      const r = await mutate("updateScenario", { id: draft.id, parameters });
      expect(r.scenario, JSON.stringify(parameters)).toBeNull();
      expect(r.userErrors[0], JSON.stringify(parameters)).toMatchObject({ field, code });
    }
    const { node } = dataOf(
      await api.gql(
        graphql(`
          query ScenariosNode($id: ID!) {
            node(id: $id) {
              ... on Scenario {
                version
                stale
              }
            }
          }
        `),
        { id: draft.id },
      ),
    );
    expect(node).toEqual({ version: draft.version, stale: false });
  });

  it("two concurrent updates of the same version: one wins, the other gets CONFLICT", async () => {
    const draft = await ranDraft("Concurrent updates");
    const results = await Promise.all(
      [0.3, 0.5].map((w) =>
        mutate("updateScenario", {
          id: draft.id,
          expectedVersion: draft.version,
          parameters: { ...PARAMS, weights: { englishLearners: w } },
        }),
      ),
    );
    expect(results.filter((r) => r.scenario).length).toBe(1);
    expect(results.filter((r) => r.userErrors[0]?.code === "CONFLICT").length).toBe(1);
  });

  it("previewAllocation computes without saving anything", async () => {
    const before = dataOf(
      await api.gql(
        graphql(`
          query ScenariosScenarios {
            scenarios(fiscalYear: 2022) {
              id
            }
          }
        `),
      ),
    ).scenarios.length;
    const r = dataOf(
      await api.gql(
        graphql(`
          mutation ScenariosPreviewAllocation($input: PreviewAllocationInput!) {
            previewAllocation(input: $input) {
              result {
                failures
                programs {
                  toSchools
                }
              }
              userErrors {
                field
                message
                code
              }
            }
          }
        `),
        { input: { fiscalYear: 2022, parameters: PARAMS } },
      ),
    ).previewAllocation;
    expect(r.userErrors).toEqual([]);
    expect(r.result!.programs).toHaveLength(7);
    expect(
      dataOf(
        await api.gql(
          graphql(`
            query ScenariosScenarios2 {
              scenarios(fiscalYear: 2022) {
                id
              }
            }
          `),
        ),
      ).scenarios.length,
    ).toBe(before);
  });

  it("compares two scenarios per school, program and measure", async () => {
    const a = await mutate("createScenario", {
      fiscalYear: 2022,
      name: "No weights",
      source: "EMPTY",
    });
    await mutate("runScenario", { id: a.scenario!.id });
    const b = await mutate("createScenario", {
      fiscalYear: 2022,
      name: "EL weight",
      source: "SCENARIO",
      sourceScenarioId: a.scenario!.id,
    });
    await mutate("updateScenario", {
      id: b.scenario!.id,
      parameters: {
        ...PARAMS,
        titleI: {
          ppa: { kind: "EVEN" },
          reservations: {
            familyEngagement: "300000.00",
            homeless: "150000.00",
            administration: "1400000.00",
          },
        },
      },
    });
    await mutate("runScenario", { id: b.scenario!.id });
    const cmp = dataOf(
      await api.gql(
        graphql(`
          query ScenariosCompareScenarios($a: ID!, $b: ID!) {
            compareScenarios(a: $a, b: $b) {
              schools {
                program
                difference
              }
              programs {
                program
                difference
              }
              measures {
                measure
                a
                b
              }
            }
          }
        `),
        { a: a.scenario!.id, b: b.scenario!.id },
      ),
    ).compareScenarios!;
    expect(cmp.programs).toHaveLength(7);
    expect(cmp.schools.some((d) => d.program === "TITLE_II_A")).toBe(true);
    expect(cmp.measures.map((m) => m.measure)).toContain("gini");
  });

  it("ties program money to action steps, so funding per action step can be read for a scenario", async () => {
    const plan = dataOf(
      await api.gql(
        graphql(`
          query ScenariosImprovementPlan {
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
    const step = (label: string) =>
      plan.improvementPlan!.needs.flatMap((n) => n.actionSteps).find((x) => x.label === label)!.id;
    const sc = (await mutate("createScenario", { fiscalYear: 2022, name: "Tied", source: "EMPTY" }))
      .scenario!;
    const refused = await mutate("updateScenario", {
      id: sc.id,
      parameters: PARAMS,
      actionSteps: [{ program: "IDEA_B", actionStepId: step("1.2") }],
    });
    expect(refused.userErrors[0]).toMatchObject({
      field: ["input", "actionSteps", "0", "program"],
      code: "PROGRAM_NOT_ALLOWED",
    });
    const tied = await mutate("updateScenario", {
      id: sc.id,
      parameters: PARAMS,
      actionSteps: [
        { program: "TITLE_III_A", actionStepId: step("1.2") },
        { program: "TITLE_I_A", kind: "FAMILY_ENGAGEMENT", actionStepId: step("1.3") },
      ],
    });
    expect(tied.userErrors).toEqual([]);
    const ran = (await mutate("runScenario", { id: sc.id })).scenario!;
    const titleIII = ran.result!.programs.find((p) => p.fundingSource.code === "TITLE_III_A")!;
    const f = dataOf(
      await api.gql(
        graphql(`
          query ScenariosFundingByActionStep($id: ID!) {
            fundingByActionStep(fiscalYear: 2022, scenarioId: $id) {
              rows {
                actionStep {
                  label
                }
                amounts {
                  fundingSource {
                    code
                  }
                  amount
                }
              }
            }
          }
        `),
        { id: sc.id },
      ),
    ).fundingByActionStep!;
    const cell = (label: string, code: string) =>
      f.rows
        .find((r) => r.actionStep.label === label)!
        .amounts.find((a) => a.fundingSource.code === code)!.amount;
    expect(cell("1.2", "TITLE_III_A")).toBe(titleIII.toSchools);
    expect(cell("1.3", "TITLE_I_A")).toBe("300000.00");
    expect(cell("1.1", "TITLE_I_A")).toBe("0.00");

    // Each school's stored allocations read back as the run computed them (programs with money).
    const stored = dataOf(
      await api.gql<{
        schools: {
          nodes: {
            id: string;
            allocations: NonNullable<Scenario["result"]>["schools"][0]["allocations"];
          }[];
        };
      }>(
        "query($id: ID!) { schools(first: 100) { nodes { id allocations(scenarioId: $id) { program amount baseline bound explanation } } } }",
        { id: sc.id },
      ),
    ).schools.nodes;
    const held = (a: { amount: string; baseline: string }) =>
      a.amount !== "0.00" || a.baseline !== "0.00";
    expect(stored.length).toBe(68);
    expect(new Map(stored.map((n) => [n.id, n.allocations]))).toEqual(
      new Map(ran.result!.schools.map((r) => [r.school.id, r.allocations.filter(held)])),
    );

    // A step whose school money a run scenario ties to it stays in the plan: one allocation per
    // school with Title III-A money in the run.
    const withTitleIII = ran.result!.schools.filter((r) =>
      r.allocations.some((a) => a.program === "TITLE_III_A" && held(a)),
    ).length;
    expect(withTitleIII).toBeGreaterThan(0);
    const removal = dataOf(
      await api.as("FEDERAL_PROGRAMS_DIRECTOR")<{
        editImprovementPlan: { userErrors: { message: string; code: string }[] };
      }>(
        "mutation($input: EditImprovementPlanInput!) { editImprovementPlan(input: $input) { userErrors { message code } } }",
        {
          input: {
            fiscalYear: 2022,
            reason: "Merged",
            changes: [{ field: "STEP_REMOVE", targetId: step("1.2") }],
          },
        },
      ),
    ).editImprovementPlan.userErrors[0]!;
    expect(removal.code).toBe("PLAN_IN_USE");
    expect(removal.message).toContain(`, ${withTitleIII} scenario allocation(s)`);
  });
});

// Approving changes the district's adopted budget, which every other scenario is measured against:
// it runs on a database of its own, so no other test depends on whether it ran first.
describe("approval", () => {
  let shared: TestApi;
  beforeAll(async () => {
    shared = api;
    api = await startTestApi();
  });
  afterAll(async () => {
    await api?.close();
    api = shared;
  });

  it("submit, reject with a comment, resubmit, approve: approved is final and becomes the adopted budget", async () => {
    const draft = await ranDraft("Approval");
    let s = await mutate("submitScenario", { id: draft.id });
    expect(s.scenario!.status).toBe("SUBMITTED");
    const noComment = await mutate(
      "rejectScenario",
      { id: draft.id, comment: " " },
      "FEDERAL_PROGRAMS_DIRECTOR",
    );
    expect(noComment.userErrors[0]).toMatchObject({ field: ["input", "comment"] });
    s = await mutate(
      "rejectScenario",
      { id: draft.id, comment: "Hold Title III administration at 1%" },
      "FEDERAL_PROGRAMS_DIRECTOR",
    );
    expect(s.scenario).toMatchObject({
      status: "DRAFT",
      reviewComment: "Hold Title III administration at 1%",
    });
    await mutate("submitScenario", { id: draft.id });
    s = await mutate("approveScenario", { id: draft.id }, "FEDERAL_PROGRAMS_DIRECTOR");
    expect(s.scenario).toMatchObject({
      status: "APPROVED",
      approvedBy: "user:director@demo.allot.example",
      approvedByName: "Demo Federal Programs Director (director@demo.allot.example)",
    });
    const again = await mutate("runScenario", { id: draft.id });
    expect(again.userErrors[0]!.message).toMatch(/approved: only a draft can be run/);
    const edit = await mutate("updateScenario", { id: draft.id, parameters: PARAMS });
    expect(edit.userErrors[0]!.code).toBe("INVALID");

    // The database itself refuses to change an approved scenario.
    const conn = api.orm.em.getConnection();
    await expect(
      conn.execute(
        `update scenario set name = 'sneaky', parameters = '{}' where status = 'APPROVED'`,
      ),
    ).rejects.toThrow(/approved and cannot change/);
    for (const table of ["scenario_allocation", "school_allocation"])
      await expect(
        conn.execute(
          `delete from ${table} where scenario_id in (select id from scenario where status = 'APPROVED')`,
        ),
      ).rejects.toThrow(/cannot change/);
    await expect(
      conn.execute(
        `update school_allocation set amounts_cents = amounts_cents where scenario_id in (select id from scenario where status = 'APPROVED')`,
      ),
    ).rejects.toThrow(/cannot change/);

    // A clone of the adopted budget starts as a draft with the same parameters; approving it supersedes the first.
    const clone = await mutate("createScenario", {
      fiscalYear: 2022,
      name: "FY2022 amendment",
      source: "ADOPTED",
    });
    expect(clone.scenario).toMatchObject({
      status: "DRAFT",
      parameters: { weights: { englishLearners: draft.parameters.weights.englishLearners } },
    });
    await mutate("runScenario", { id: clone.scenario!.id });
    await mutate("submitScenario", { id: clone.scenario!.id });
    const approved = await mutate(
      "approveScenario",
      { id: clone.scenario!.id },
      "FEDERAL_PROGRAMS_DIRECTOR",
    );
    expect(approved.scenario!.status).toBe("APPROVED");
    const { node } = dataOf(
      await api.gql(
        graphql(`
          query ScenariosNode2($id: ID!) {
            node(id: $id) {
              ... on Scenario {
                status
              }
            }
          }
        `),
        { id: draft.id },
      ),
    );
    expect(node).toMatchObject({ status: "SUPERSEDED" });
  });
});
