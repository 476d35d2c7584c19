import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { dataOf, startTestApi, type TestApi } from "../../test/api.js";

// What an attacker sends at the edge is answered with a clear error or a plain "not found",
// never a 500 or an internal message.
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64url");

describe("ids, cursors and counts are checked at the edge", () => {
  it("node(id:) with a type that is an Object property, or an id that is not a UUID, is not found", async () => {
    for (const raw of [
      "constructor:00000000-0000-0000-0000-000000000000",
      "valueOf:00000000-0000-0000-0000-000000000000",
      "__proto__:00000000-0000-0000-0000-000000000000",
      "School:------------------------------------",
      "School:zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz",
    ]) {
      const r = await api.gql<{ node: unknown }>("query($id: ID!) { node(id: $id) { id } }", {
        id: b64(raw),
      });
      expect([r.status, r.errors, r.data?.node], raw).toEqual([200, undefined, null]);
    }
  });

  it("a cursor that is not one of ours is refused by name, for every list", async () => {
    const lists = [
      "query($a: String) { schools(first: 2, after: $a) { totalCount } }",
      "query($a: String) { budgetLines(fiscalYear: 2022, first: 2, after: $a) { totalCount } }",
      "query($a: String) { auditEvents(first: 2, after: $a) { totalCount } }",
    ];
    for (const query of lists) {
      for (const after of [
        b64("cursor:' or 1=1 --"),
        b64("cursor:\u0000"),
        b64("cursor:9".padEnd(200, "9")),
        "%%%",
      ]) {
        const r = await api.gql(query, { a: after });
        expect(
          [r.status, r.errors?.[0]?.extensions?.code, r.errors?.[0]?.message],
          `${query} ${after}`,
        ).toEqual([200, "BAD_USER_INPUT", 'Argument "after" is not a cursor from this API.']);
      }
    }
  });

  it("a school file with a count no school has, or a NUL character, is a file problem, not a 500", async () => {
    const header =
      "NCES School ID,School Name,Level,Grade Low,Grade High,Enrollment,Direct Certified";
    const send = async (content: string) =>
      dataOf(
        await api.as("FINANCE_ANALYST")<{ importSchools: { problems: { message: string }[] } }>(
          "mutation($i: ImportSchoolsInput!) { importSchools(input: $i) { problems { message } } }",
          {
            i: {
              fileName: "schools.csv",
              contentBase64: Buffer.from(content).toString("base64"),
              dryRun: true,
            },
          },
        ),
      ).importSchools.problems.map((p) => p.message);
    expect(await send(`${header}\n130123000001,A,E,K,5,99999999999,10\n`)).toEqual([
      "99999999999 is more students than any school has (at most 1,000,000).",
    ]);
    expect(await send(`${header}\n130123000001,A\u0000B,E,K,5,100,10\n`)).toEqual([
      "schools.csv: row 2, column 2 holds a NUL character, which text may not contain.",
    ]);
  });

  it("money has one grammar: commas only between groups of three", async () => {
    const step = (
      await api.gql<{ improvementPlan: { needs: { actionSteps: { id: string }[] }[] } }>(
        "{ improvementPlan(fiscalYear: 2022) { needs { actionSteps { id } } } }",
      )
    ).data!.improvementPlan.needs[0]!.actionSteps[0]!.id;
    const create = (amount: string) =>
      api.as("FEDERAL_PROGRAMS_DIRECTOR")<{
        createBudgetLine: { budgetLine: { amount: string } | null };
      }>(
        "mutation($i: CreateBudgetLineInput!) { createBudgetLine(input: $i) { budgetLine { amount } userErrors { message } } }",
        {
          i: {
            fiscalYear: 2022,
            program: "TITLE_I_A",
            actionStepId: step,
            amount,
            description: `Grammar ${amount}`,
          },
        },
      );
    const refused = await create("1,0,0,0,0,0");
    expect([refused.status, refused.errors?.[0]?.extensions?.code]).toEqual([
      400,
      "BAD_USER_INPUT",
    ]);
    expect(refused.errors?.[0]?.message).toContain("commas only between groups of three");
    expect((await create("1,000.50")).data?.createBudgetLine.budgetLine).toEqual({
      amount: "1000.50",
    });
  });
});
