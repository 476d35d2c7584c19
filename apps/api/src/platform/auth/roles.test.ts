import ExcelJS from "exceljs";
import { getNamedType, isInputObjectType, isNonNullType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ROLES, type Role } from "@allot/db";

import { createSchema } from "../../schema.js";
import { firstActionStepId, signInAs, startTestApi, type TestApi } from "../../test/api.js";
import { MUTATION_RULES, PUBLIC_FIELDS, QUERY_ROLES } from "./roles.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

/** Each mutation called with an empty input: enough to reach the role check, never enough to write. */
async function mutationDocuments() {
  const schema = await createSchema();
  return Object.values(schema.getMutationType()!.getFields()).map((f) => {
    const input = f.args.find((a) => a.name === "input");
    const inputType = input ? String(input.type) : null;
    const query = input
      ? `mutation($input: ${inputType}) { ${f.name}(input: $input) { __typename } }`
      : `mutation { ${f.name} { __typename } }`;
    const required = input
      ? isNonNullType(input.type) && isInputObjectType(getNamedType(input.type))
      : false;
    return { name: f.name, query, variables: required ? { input: {} } : {} };
  });
}

describe("who may call what", () => {
  it("the role table covers every mutation of the schema, and nothing else", async () => {
    const names = (await mutationDocuments())
      .map((m) => m.name)
      .filter((n) => !PUBLIC_FIELDS.has(n));
    expect(Object.keys(MUTATION_RULES).sort()).toEqual(names.sort());
    const queries = Object.keys((await createSchema()).getQueryType()!.getFields());
    for (const q of Object.keys(QUERY_ROLES)) expect(queries).toContain(q);
  });

  it("every role against every mutation: refused exactly where the table says", async () => {
    const docs = await mutationDocuments();
    const outcomes: string[] = [];
    for (const role of ROLES) {
      for (const m of docs.filter((d) => !PUBLIC_FIELDS.has(d.name))) {
        const r = await api.as(role)(m.query, m.variables);
        const forbidden = r.errors?.some((e) => e.extensions?.code === "FORBIDDEN") ?? false;
        const allowed = MUTATION_RULES[m.name]!.roles.includes(role);
        if (forbidden === allowed)
          outcomes.push(
            `${role} ${m.name}: ${forbidden ? "refused" : "allowed"} (${JSON.stringify(r.errors?.[0]?.message)})`,
          );
        if (forbidden) expect(r.status).toBe(403);
      }
    }
    expect(outcomes).toEqual([]);
  });

  it("signed out, only sign-in is open: every other field is refused with 401", async () => {
    for (const m of await mutationDocuments()) {
      const r = await api.anonymous(m.query, m.variables);
      if (PUBLIC_FIELDS.has(m.name))
        expect(r.errors?.some((e) => e.extensions?.code === "UNAUTHENTICATED") ?? false).toBe(
          false,
        );
      else
        expect([m.name, r.status, r.errors?.[0]?.extensions?.code]).toEqual([
          m.name,
          401,
          "UNAUTHENTICATED",
        ]);
    }
    expect((await api.anonymous("{ schools { totalCount } }")).status).toBe(401);
    expect((await api.anonymous("{ me { name } }")).data).toEqual({ me: null });
    // Hidden behind an alias and a fragment, still refused.
    const sneaky = await api.anonymous(
      "query { ...F } fragment F on Query { who: me { name } list: schools { totalCount } }",
    );
    expect(sneaky.status).toBe(401);
  });

  it("tells the interface what each role may do", async () => {
    const allowed = async (role: Role) =>
      (await api.as(role)<{ me: { allowedMutations: string[] } }>("{ me { allowedMutations } }"))
        .data!.me.allowedMutations;
    expect(await allowed("VIEWER")).toEqual([]);
    // A school leader drafts lines for their school (the service keeps them to it).
    expect(await allowed("SCHOOL_LEADER")).toEqual([
      "createBudgetLine",
      "deleteBudgetLine",
      "updateBudgetLine",
    ]);
    expect(await allowed("FEDERAL_PROGRAMS_DIRECTOR")).toContain("approveScenario");
    expect(await allowed("FEDERAL_PROGRAMS_DIRECTOR")).not.toContain("createScenario");
    expect(await allowed("FINANCE_ANALYST")).toContain("createScenario");
  });

  it("a school leader sees only their own school", async () => {
    const leader = api.as("SCHOOL_LEADER");
    const me = (await leader<{ me: { schoolId: string } }>("{ me { schoolId } }")).data!.me;
    const list = (
      await leader<{ schools: { totalCount: number; nodes: { id: string }[] } }>(
        "{ schools { totalCount nodes { id } } }",
      )
    ).data!.schools;
    expect(list).toEqual({ totalCount: 1, nodes: [{ id: me.schoolId }] });
    const other = (
      await api.gql<{ schools: { nodes: { id: string }[] } }>(
        "{ schools(first: 2) { nodes { id } } }",
      )
    ).data!.schools.nodes.find((s) => s.id !== me.schoolId)!;
    expect(
      (
        await leader<{ node: unknown }>("query($id: ID!) { node(id: $id) { id } }", {
          id: other.id,
        })
      ).data!.node,
    ).toBeNull();
    // In a scenario's results too.
    const made = (
      await api.as("FINANCE_ANALYST")<{ createScenario: { scenario: { id: string } } }>(
        'mutation { createScenario(input: { fiscalYear: 2022, name: "For the leader", source: EMPTY }) { scenario { id } } }',
      )
    ).data!.createScenario.scenario;
    await api.as("FINANCE_ANALYST")(
      "mutation($i: ScenarioActionInput!) { runScenario(input: $i) { userErrors { message } } }",
      { i: { id: made.id } },
    );
    const seen = (
      await leader<{ scenario: { result: { schools: { school: { id: string } }[] } } }>(
        "query($id: ID!) { scenario(id: $id) { result { schools { school { id } } } } }",
        { id: made.id },
      )
    ).data!.scenario;
    expect(seen.result.schools.map((s) => s.school.id)).toEqual([me.schoolId]);
  });

  it("a school leader sees their school's per-child amount in parameters, no other's, and no rule's detail", async () => {
    const leader = api.as("SCHOOL_LEADER");
    const mine = (await leader<{ me: { schoolId: string } }>("{ me { schoolId } }")).data!.me
      .schoolId;
    const two = (
      await api.gql<{ schools: { nodes: { id: string }[] } }>(
        "{ schools(first: 3) { nodes { id } } }",
      )
    )
      .data!.schools.nodes.map((n) => n.id)
      .filter((id) => id !== mine)
      .slice(0, 2);
    const finance = api.as("FINANCE_ANALYST");
    const made = (
      await finance<{ createScenario: { scenario: { id: string } } }>(
        'mutation { createScenario(input: { fiscalYear: 2022, name: "Explicit amounts", source: EMPTY }) { scenario { id } } }',
      )
    ).data!.createScenario.scenario;
    const schools = [mine, ...two].map((schoolId, i) => ({ schoolId, perChild: `${700 + i}.00` }));
    const updated = await finance<{ updateScenario: { userErrors: unknown[] } }>(
      "mutation($i: UpdateScenarioInput!) { updateScenario(input: $i) { userErrors { field message } } }",
      {
        i: {
          id: made.id,
          parameters: {
            titleI: {
              ppa: { kind: "EXPLICIT", schools },
              reservations: { familyEngagement: "300000.00", homeless: "150000.00" },
            },
            weights: { englishLearners: 0, studentsWithDisabilities: 0, homeless: 0 },
          },
        },
      },
    );
    expect(updated.data!.updateScenario.userErrors).toEqual([]);
    await finance(
      "mutation($i: ScenarioActionInput!) { runScenario(input: $i) { userErrors { message } } }",
      { i: { id: made.id } },
    );
    const query =
      "query($id: ID!) { scenario(id: $id) { parameters { titleI { schoolAmounts { schoolId perChild } } } result { compliance { ruleId status detail } } } }";
    type Seen = {
      scenario: {
        parameters: { titleI: { schoolAmounts: { schoolId: string }[] } };
        result: { compliance: { detail: string }[] };
      };
    };
    const byLeader = (await leader<Seen>(query, { id: made.id })).data!.scenario;
    expect(byLeader.parameters.titleI.schoolAmounts).toEqual([
      { schoolId: mine, perChild: "700.00" },
    ]);
    expect(new Set(byLeader.result.compliance.map((c) => c.detail))).toEqual(
      new Set(["Shown to district staff: the detail compares the district's schools."]),
    );
    const byDirector = (await api.as("FEDERAL_PROGRAMS_DIRECTOR")<Seen>(query, { id: made.id }))
      .data!.scenario;
    expect(byDirector.parameters.titleI.schoolAmounts).toHaveLength(3);
    // The workbook download says the same.
    const cookie = await signInAs(api.url, "leader@demo.allot.example");
    const csv = await (
      await fetch(`${api.url}/exports/scenarios/${made.id}.xlsx`, { headers: { cookie } })
    ).arrayBuffer();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(csv);
    const assumptions = book
      .getWorksheet("Assumptions")!
      .getSheetValues()
      .flat()
      .map(String)
      .join(" ");
    // As money: a school's id may hold the digits "701" by chance.
    expect(assumptions).toContain("$700.00");
    expect(assumptions).not.toContain("$701.00");
    expect(book.getWorksheet("Schools")!.rowCount).toBe(1 + 1 + 1); // header, their school, totals
  });

  it("a school leader's Ed-Fi export holds the district's lines and their school's, not another school's", async () => {
    const mine = (
      await api.as("SCHOOL_LEADER")<{ me: { schoolId: string } }>("{ me { schoolId } }")
    ).data!.me.schoolId;
    const other = (
      await api.gql<{ schools: { nodes: { id: string }[] } }>(
        "{ schools(first: 2) { nodes { id } } }",
      )
    ).data!.schools.nodes.find((n) => n.id !== mine)!.id;
    const step = await firstActionStepId(api);
    const add = (schoolId: string | null, accountCode: string) =>
      api.as("FEDERAL_PROGRAMS_DIRECTOR")(
        "mutation($i: CreateBudgetLineInput!) { createBudgetLine(input: $i) { userErrors { message } } }",
        {
          i: {
            fiscalYear: 2022,
            program: "TITLE_I_A",
            actionStepId: step,
            schoolId,
            amount: "100.00",
            description: accountCode,
            accountCode,
          },
        },
      );
    await add(mine, "LEADER-OWN");
    await add(other, "OTHER-SCHOOL");
    await add(null, "DISTRICT-WIDE");
    const accounts = async (cookie: string) =>
      (
        (await (
          await fetch(`${api.url}/exports/ed-fi/2022.json`, { headers: { cookie } })
        ).json()) as { localAccounts: { accountIdentifier: string }[] }
      ).localAccounts.map((a) => a.accountIdentifier);
    const leaderSees = await accounts(await signInAs(api.url, "leader@demo.allot.example"));
    expect(leaderSees).toEqual(expect.arrayContaining(["LEADER-OWN", "DISTRICT-WIDE"]));
    expect(leaderSees).not.toContain("OTHER-SCHOOL");
    expect(await accounts(await signInAs(api.url, "director@demo.allot.example"))).toContain(
      "OTHER-SCHOOL",
    );
  });
});

describe("school leader API tokens", () => {
  const CREATE =
    "mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token apiToken { schoolId } userErrors { field code message } } }";
  type Made = {
    createApiToken: {
      token: string | null;
      apiToken: { schoolId: string | null } | null;
      userErrors: { field: string[]; code: string }[];
    };
  };

  it("must name their school, and then see only it; one made without a school stops working", async () => {
    const refused = (
      await api.gql<Made>(CREATE, {
        i: { name: "Leader dashboard", role: "SCHOOL_LEADER", scope: "READ" },
      })
    ).data!.createApiToken;
    expect(refused.userErrors).toMatchObject([{ field: ["input", "schoolId"], code: "INVALID" }]);
    const school = (
      await api.gql<{ schools: { nodes: { id: string }[] } }>(
        "{ schools(first: 1) { nodes { id } } }",
      )
    ).data!.schools.nodes[0]!.id;
    const made = (
      await api.gql<Made>(CREATE, {
        i: { name: "Leader dashboard", role: "SCHOOL_LEADER", scope: "READ", schoolId: school },
      })
    ).data!.createApiToken;
    expect(made.apiToken).toEqual({ schoolId: school });
    const auth = { authorization: `Bearer ${made.token!}` };
    expect(
      (
        await api.anonymous<{ schools: { totalCount: number } }>(
          "{ schools { totalCount } }",
          {},
          auth,
        )
      ).data!.schools.totalCount,
    ).toBe(1);
    // A token from before tokens had a school saw every school: it is refused now.
    await api.orm.em
      .getConnection()
      .execute(`update api_token set school_id = null where name = 'Leader dashboard'`);
    expect((await api.anonymous("{ schools { totalCount } }", {}, auth)).status).toBe(401);
    const wrongRole = (
      await api.gql<Made>(CREATE, {
        i: { name: "Viewer with school", role: "VIEWER", scope: "READ", schoolId: school },
      })
    ).data!.createApiToken;
    expect(wrongRole.userErrors).toMatchObject([{ field: ["input", "schoolId"], code: "INVALID" }]);
  });

  it("gives two tokens made at the same moment with one name one token, not two", async () => {
    const tries = await Promise.all(
      Array.from({ length: 5 }, () =>
        api.gql<Made>(CREATE, { i: { name: "Nightly ERP", role: "VIEWER", scope: "READ" } }),
      ),
    );
    expect(tries.filter((t) => t.data?.createApiToken.token).length).toBe(1);
    expect(tries.every((t) => t.status === 200)).toBe(true);
  });
});
