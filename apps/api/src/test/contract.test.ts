import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { dataOf, startTestApi, type TestApi } from "./api.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

describe("the GraphQL contract integrators depend on", () => {
  it("fundingSources lists the seven programs with their statutory facts", async () => {
    const { fundingSources } = dataOf(
      await api.gql<{
        fundingSources: {
          code: string;
          mayTransferOut: boolean;
          transferTargets: string[];
          adminCapPercent: string | null;
        }[];
      }>("{ fundingSources { code mayTransferOut transferTargets adminCapPercent } }"),
    );
    expect(fundingSources.map((s) => s.code)).toEqual([
      "TITLE_I_A",
      "TITLE_I_A_1003",
      "TITLE_II_A",
      "TITLE_III_A",
      "TITLE_IV_A",
      "IDEA_B",
      "MCKINNEY_VENTO",
    ]);
    expect(fundingSources.filter((s) => s.mayTransferOut).map((s) => s.code)).toEqual([
      "TITLE_II_A",
      "TITLE_IV_A",
    ]);
    expect(fundingSources.find((s) => s.code === "TITLE_IV_A")?.transferTargets).toEqual([
      "TITLE_I_A",
      "TITLE_II_A",
      "TITLE_III_A",
    ]);
    expect(fundingSources.find((s) => s.code === "TITLE_III_A")?.adminCapPercent).toBe("2.00");
  });

  it("improvementPlan(fiscalYear: 2022) has the seed's 2 needs, 13 action steps and 44 program links", async () => {
    const { improvementPlan } = dataOf(
      await api.gql<{
        improvementPlan: {
          title: string;
          needs: {
            number: number;
            rootCauses: string[];
            actionSteps: {
              label: string;
              evidenceLevel: string;
              supportsEquityIntervention: boolean;
              allowedFundingSources: { code: string }[];
            }[];
          }[];
        };
      }>(
        `{ improvementPlan(fiscalYear: 2022) { title needs { number rootCauses actionSteps { label evidenceLevel supportsEquityIntervention allowedFundingSources { code } } } } }`,
      ),
    );
    expect(improvementPlan.title).toBe("District Improvement Plan 2021 - 2022");
    expect(improvementPlan.needs.map((n) => n.actionSteps.length)).toEqual([7, 6]);
    expect(improvementPlan.needs.map((n) => n.rootCauses.length)).toEqual([5, 4]);
    const steps = improvementPlan.needs.flatMap((n) => n.actionSteps);
    expect(steps.flatMap((s) => s.allowedFundingSources)).toHaveLength(44);
    expect(steps.find((s) => s.label === "2.4")?.allowedFundingSources).toEqual([
      { code: "TITLE_IV_A" },
    ]);
    expect(steps.find((s) => s.label === "1.2")).toMatchObject({
      evidenceLevel: "MODERATE",
      supportsEquityIntervention: false,
    });
    const none = await api.gql<{ improvementPlan: null }>(
      "{ improvementPlan(fiscalYear: 2030) { id } }",
    );
    expect(dataOf(none).improvementPlan).toBeNull();
  });

  it("fundingByActionStep sums each step by program and each program against its award, to the cent", async () => {
    const { fundingByActionStep: f } = dataOf(
      await api.gql<{
        fundingByActionStep: {
          total: string;
          totalAward: string;
          totalRemaining: string;
          rows: {
            actionStep: { label: string };
            total: string;
            amounts: { fundingSource: { code: string }; amount: string; allowed: boolean }[];
          }[];
          needs: { number: number; total: string }[];
          programs: {
            fundingSource: { code: string };
            award: string;
            budgeted: string;
            remaining: string;
          }[];
        };
      }>(`{ fundingByActionStep(fiscalYear: 2022) {
            total totalAward totalRemaining
            rows { actionStep { label } total amounts { fundingSource { code } amount allowed } }
            needs { number total }
            programs { fundingSource { code } award budgeted remaining } } }`),
    );
    const cents = (s: string) => Math.round(Number(s) * 100);
    expect(f.rows).toHaveLength(13);
    for (const row of f.rows) {
      expect(row.amounts).toHaveLength(7);
      expect(row.amounts.reduce((a, x) => a + cents(x.amount), 0)).toBe(cents(row.total));
      for (const x of row.amounts.filter((a) => !a.allowed)) expect(x.amount).toBe("0.00");
    }
    expect(f.rows.reduce((a, r) => a + cents(r.total), 0)).toBe(cents(f.total));
    expect(f.needs.map((n) => n.number)).toEqual([1, 2]);
    expect(f.needs.reduce((a, n) => a + cents(n.total), 0)).toBe(cents(f.total));
    const titleI = f.programs.find((p) => p.fundingSource.code === "TITLE_I_A")!;
    expect(titleI.award).toBe("29936150.00"); // illustrative award 27,486,150 + carryover 2,450,000
    expect(cents(titleI.award) - cents(titleI.budgeted)).toBe(cents(titleI.remaining));
    expect(cents(f.totalAward) - cents(f.total)).toBe(cents(f.totalRemaining));
    for (const p of f.programs) expect(p.award).toMatch(/^\d+\.\d{2}$/);
  });

  it("schools is a connection of at most 100 a page, with totalCount and a filter", async () => {
    type Page = {
      schools: {
        totalCount: number;
        nodes: { id: string; ncesSchoolId: string; povertyPercent: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const q = `query($first: Int, $after: String, $filter: SchoolFilter) { schools(first: $first, after: $after, filter: $filter) { totalCount nodes { id ncesSchoolId povertyPercent } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = dataOf(await api.gql<Page>(q, { first: 30, after }));
      expect(page.schools.totalCount).toBe(68);
      seen.push(...page.schools.nodes.map((n) => n.ncesSchoolId));
      if (!page.schools.pageInfo.hasNextPage) break;
      after = page.schools.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(68);
    expect(new Set(seen).size).toBe(68);
    expect([...seen].sort()).toEqual(seen);

    const high = dataOf(await api.gql<Page>(q, { filter: { level: "HIGH" } }));
    expect(high.schools.totalCount).toBe(11);
    const tooMany = await api.gql(q, { first: 101 });
    expect(tooMany.errors?.[0]?.message).toMatch(/"first" must be between 1 and 100/);
  });

  it("node(id:) fetches any object by its opaque id", async () => {
    const { schools } = dataOf(
      await api.gql<{ schools: { nodes: { id: string; name: string }[] } }>(
        "{ schools(first: 1) { nodes { id name } } }",
      ),
    );
    const school = schools.nodes[0]!;
    expect(school.id).not.toMatch(/School/);
    const { node } = dataOf(
      await api.gql<{ node: { __typename: string; name: string } }>(
        `query($id: ID!) { node(id: $id) { __typename ... on School { name } } }`,
        { id: school.id },
      ),
    );
    expect(node).toEqual({ __typename: "School", name: school.name });
    const { improvementPlan } = dataOf(
      await api.gql<{ improvementPlan: { needs: { actionSteps: { id: string }[] }[] } }>(
        "{ improvementPlan(fiscalYear: 2022) { needs { actionSteps { id } } } }",
      ),
    );
    const stepId = improvementPlan.needs[0]!.actionSteps[0]!.id;
    const step = dataOf(
      await api.gql<{ node: { label: string; description: string } }>(
        `query($id: ID!) { node(id: $id) { ... on ActionStep { label description } } }`,
        { id: stepId },
      ),
    );
    expect(step.node.label).toBe("1.1");
    expect(
      dataOf(await api.gql<{ node: null }>(`{ node(id: "not-an-id") { id } }`)).node,
    ).toBeNull();
  });

  it("serves health and readiness", async () => {
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("refuses a Money given as a float number, to stay exact", async () => {
    const r = await api.gql(
      `mutation { createBudgetLine(input: { fiscalYear: 2022, program: TITLE_I_A, actionStepId: "x", amount: 10.5, description: "x" }) { userErrors { message } } }`,
    );
    expect(r.errors?.[0]?.message).toMatch(/Money must be a string/);
  });
});
