import { isNonNullType, isInputObjectType, getNamedType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Role } from "@allot/db";
import { MUTATION_RULES, PUBLIC_FIELDS, QUERY_ROLES } from "../modules/auth/roles.js";
import { createSchema } from "../schema.js";
import { startTestApi, type TestApi } from "./api.js";

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
    const query = input ? `mutation($input: ${inputType}) { ${f.name}(input: $input) { __typename } }` : `mutation { ${f.name} { __typename } }`;
    const required = input ? isNonNullType(input.type) && isInputObjectType(getNamedType(input.type)) : false;
    return { name: f.name, query, variables: required ? { input: {} } : {} };
  });
}

describe("who may call what", () => {
  it("the role table covers every mutation of the schema, and nothing else", async () => {
    const names = (await mutationDocuments()).map((m) => m.name).filter((n) => !PUBLIC_FIELDS.has(n));
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
        if (forbidden === allowed) outcomes.push(`${role} ${m.name}: ${forbidden ? "refused" : "allowed"} (${JSON.stringify(r.errors?.[0]?.message)})`);
        if (forbidden) expect(r.status).toBe(403);
      }
    }
    expect(outcomes).toEqual([]);
  });

  it("signed out, only sign-in is open: every other field is refused with 401", async () => {
    for (const m of await mutationDocuments()) {
      const r = await api.anonymous(m.query, m.variables);
      if (PUBLIC_FIELDS.has(m.name)) expect(r.errors?.some((e) => e.extensions?.code === "UNAUTHENTICATED") ?? false).toBe(false);
      else expect([m.name, r.status, r.errors?.[0]?.extensions?.code]).toEqual([m.name, 401, "UNAUTHENTICATED"]);
    }
    expect((await api.anonymous("{ schools { totalCount } }")).status).toBe(401);
    expect((await api.anonymous("{ me { name } }")).data).toEqual({ me: null });
    // Hidden behind an alias and a fragment, still refused.
    const sneaky = await api.anonymous("query { ...F } fragment F on Query { who: me { name } list: schools { totalCount } }");
    expect(sneaky.status).toBe(401);
  });

  it("tells the interface what each role may do", async () => {
    const allowed = async (role: Role) => ((await api.as(role)<{ me: { allowedMutations: string[] } }>("{ me { allowedMutations } }")).data!.me.allowedMutations);
    expect(await allowed("VIEWER")).toEqual([]);
    expect(await allowed("SCHOOL_LEADER")).toEqual([]);
    expect(await allowed("FEDERAL_PROGRAMS_DIRECTOR")).toContain("approveScenario");
    expect(await allowed("FEDERAL_PROGRAMS_DIRECTOR")).not.toContain("createScenario");
    expect(await allowed("FINANCE_ANALYST")).toContain("createScenario");
  });

  it("a school leader sees only their own school", async () => {
    const leader = api.as("SCHOOL_LEADER");
    const me = (await leader<{ me: { schoolId: string } }>("{ me { schoolId } }")).data!.me;
    const list = (await leader<{ schools: { totalCount: number; nodes: { id: string }[] } }>("{ schools { totalCount nodes { id } } }")).data!.schools;
    expect(list).toEqual({ totalCount: 1, nodes: [{ id: me.schoolId }] });
    const other = (await api.gql<{ schools: { nodes: { id: string }[] } }>("{ schools(first: 2) { nodes { id } } }")).data!.schools.nodes.find((s) => s.id !== me.schoolId)!;
    expect((await leader<{ node: unknown }>("query($id: ID!) { node(id: $id) { id } }", { id: other.id })).data!.node).toBeNull();
    // In a scenario's results too.
    const made = (await api.as("FINANCE_ANALYST")<{ createScenario: { scenario: { id: string } } }>(
      'mutation { createScenario(input: { fiscalYear: 2022, name: "For the leader", source: EMPTY }) { scenario { id } } }',
    )).data!.createScenario.scenario;
    await api.as("FINANCE_ANALYST")("mutation($i: ScenarioActionInput!) { runScenario(input: $i) { userErrors { message } } }", { i: { id: made.id } });
    const seen = (await leader<{ scenario: { result: { schools: { school: { id: string } }[] } } }>("query($id: ID!) { scenario(id: $id) { result { schools { school { id } } } } }", { id: made.id })).data!.scenario;
    expect(seen.result.schools.map((s) => s.school.id)).toEqual([me.schoolId]);
  });
});
