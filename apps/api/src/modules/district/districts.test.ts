import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { District, FiscalYear, School, User } from "@allot/db";

import { hashPassword } from "../../platform/auth/credentials.js";
import { dataOf, signInAs, startTestApi, type TestApi } from "../../test/api.js";
import type { TypedDocumentString } from "../../test/gql/graphql.js";
import { graphql } from "../../test/gql/index.js";

let api: TestApi;
let claytonSchool: string;
let claytonLine: { id: string; version: number };
let otherCookie: string;

// A second district on the same deployment, as a state would have, with its own administrator.
beforeAll(async () => {
  api = await startTestApi();
  claytonSchool = dataOf(
    await api.gql(
      graphql(`
        query DistrictsSchools {
          schools(first: 1) {
            nodes {
              id
            }
          }
        }
      `),
    ),
  ).schools.nodes[0]!.id;
  const step = dataOf(
    await api.gql(
      graphql(`
        query DistrictsImprovementPlan {
          improvementPlan(fiscalYear: 2022) {
            needs {
              actionSteps {
                id
              }
            }
          }
        }
      `),
    ),
  ).improvementPlan!.needs[0]!.actionSteps[0]!.id;
  const made = dataOf(
    await api.gql(
      graphql(`
        mutation DistrictsCreateBudgetLine($i: CreateBudgetLineInput!) {
          createBudgetLine(input: $i) {
            budgetLine {
              id
              version
            }
          }
        }
      `),
      {
        i: {
          fiscalYear: 2022,
          program: "TITLE_I_A",
          actionStepId: step,
          amount: "1000.00",
          description: "Clayton's own",
        },
      },
    ),
  );
  claytonLine = made.createBudgetLine.budgetLine!;
  const em = api.orm.em.fork();
  const other = em.create(District, {
    ncesLeaId: "1300120",
    name: "Other County Schools",
    state: "GA",
  });
  em.create(FiscalYear, {
    district: other,
    year: 2022,
    startsOn: "2021-07-01",
    endsOn: "2022-06-30",
  });
  em.create(School, {
    district: other,
    ncesSchoolId: "130012000001",
    name: "Other Elementary",
    level: "ELEMENTARY",
    gradeLow: "K",
    gradeHigh: "5",
    enrollment: 400,
    lowIncome: 100,
  });
  em.create(User, {
    district: other,
    email: "admin@other.example",
    name: "Other Admin",
    role: "ADMINISTRATOR",
    passwordHash: await hashPassword("other-district-password"),
  });
  await em.flush();
  otherCookie = await signInAs(api.url, "admin@other.example", "other-district-password");
});
afterAll(() => api?.close());

describe("one deployment, several districts", () => {
  const asOther = <R, V>(document: TypedDocumentString<R, V>, variables?: V) =>
    api.anonymous(document, variables, { cookie: otherCookie });

  it("scopes every read to the caller's own district", async () => {
    const clayton = dataOf(
      await api.gql(
        graphql(`
          query DistrictsSchools2 {
            schools {
              totalCount
            }
          }
        `),
      ),
    );
    const other = dataOf(
      await asOther(
        graphql(`
          query DistrictsOtherSchools {
            schools {
              totalCount
              nodes {
                name
              }
            }
          }
        `),
      ),
    );
    expect(clayton.schools.totalCount).toBe(68);
    expect(other.schools).toEqual({ totalCount: 1, nodes: [{ name: "Other Elementary" }] });
  });

  it("does not reach another district's objects by id, through node(id:) or a list filter", async () => {
    const q = graphql(`
      query DistrictsNodeId($id: ID!) {
        node(id: $id) {
          id
        }
      }
    `);
    expect(dataOf(await api.gql(q, { id: claytonSchool })).node).not.toBeNull();
    expect(dataOf(await asOther(q, { id: claytonSchool })).node).toBeNull();
    expect(dataOf(await asOther(q, { id: claytonLine.id })).node).toBeNull();
    const lines = dataOf(
      await asOther(
        graphql(`
          query DistrictsOtherLines {
            budgetLines(fiscalYear: 2022) {
              totalCount
            }
          }
        `),
      ),
    );
    expect(lines.budgetLines.totalCount).toBe(0);
  });

  it("refuses writes to another district's objects and changes nothing", async () => {
    const r = dataOf(
      await asOther(
        graphql(`
          mutation DistrictsOtherUpdate($i: UpdateBudgetLineInput!) {
            updateBudgetLine(input: $i) {
              budgetLine {
                id
              }
              userErrors {
                code
              }
            }
          }
        `),
        { i: { id: claytonLine.id, expectedVersion: claytonLine.version, amount: "1.00" } },
      ),
    );
    expect(r.updateBudgetLine).toEqual({ budgetLine: null, userErrors: [{ code: "NOT_FOUND" }] });
    const d = dataOf(
      await asOther(
        graphql(`
          mutation DistrictsOtherDelete($i: DeleteBudgetLineInput!) {
            deleteBudgetLine(input: $i) {
              userErrors {
                code
              }
            }
          }
        `),
        { i: { id: claytonLine.id, expectedVersion: claytonLine.version } },
      ),
    );
    expect(d.deleteBudgetLine.userErrors).toEqual([{ code: "NOT_FOUND" }]);
    const still = dataOf(
      await api.gql(
        graphql(`
          query DistrictsNode($id: ID!) {
            node(id: $id) {
              ... on BudgetLine {
                amount
              }
            }
          }
        `),
        { id: claytonLine.id },
      ),
    );
    expect(still.node).toMatchObject({ amount: "1000.00" });
  });
});
