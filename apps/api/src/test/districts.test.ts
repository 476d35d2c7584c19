import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { District, FiscalYear, School } from "@allot/db";
import { dataOf, startTestApi, type TestApi } from "./api.js";

let api: TestApi;
let claytonSchool: string;

beforeAll(async () => {
  api = await startTestApi();
  claytonSchool = dataOf(await api.gql<{ schools: { nodes: { id: string }[] } }>("{ schools(first: 1) { nodes { id } } }")).schools.nodes[0]!.id;
  // A second district on the same deployment, as a state would have.
  const em = api.orm.em.fork();
  const other = em.create(District, { ncesLeaId: "1300120", name: "Other County Schools", state: "GA" });
  em.create(FiscalYear, { district: other, year: 2022, startsOn: "2021-07-01", endsOn: "2022-06-30" });
  em.create(School, { district: other, ncesSchoolId: "130012000001", name: "Other Elementary", level: "ELEMENTARY", gradeLow: "K", gradeHigh: "5", enrollment: 400, lowIncome: 100 });
  await em.flush();
});
afterAll(() => api?.close());

describe("one deployment, several districts", () => {
  it("asks which district when there are several", async () => {
    const r = await api.gql("{ schools { totalCount } }");
    expect(r.errors?.[0]?.message).toMatch(/several districts: send the x-allot-district header/);
  });

  it("scopes every read to the district named in the header", async () => {
    const clayton = dataOf(await api.gql<{ schools: { totalCount: number } }>("{ schools { totalCount } }", {}, { "x-allot-district": "1301230" }));
    const other = dataOf(await api.gql<{ schools: { totalCount: number; nodes: { name: string }[] } }>("{ schools { totalCount nodes { name } } }", {}, { "x-allot-district": "1300120" }));
    expect(clayton.schools.totalCount).toBe(68);
    expect(other.schools).toEqual({ totalCount: 1, nodes: [{ name: "Other Elementary" }] });
  });

  it("does not reach another district's objects by id", async () => {
    const q = `query($id: ID!) { node(id: $id) { id } }`;
    expect(dataOf(await api.gql<{ node: unknown }>(q, { id: claytonSchool }, { "x-allot-district": "1301230" })).node).not.toBeNull();
    expect(dataOf(await api.gql<{ node: unknown }>(q, { id: claytonSchool }, { "x-allot-district": "1300120" })).node).toBeNull();
  });

  it("refuses an unknown district", async () => {
    const r = await api.gql("{ schools { totalCount } }", {}, { "x-allot-district": "9999999" });
    expect(r.errors?.[0]?.message).toMatch(/No district has NCES LEA id "9999999"/);
  });
});
