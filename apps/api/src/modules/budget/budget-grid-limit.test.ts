import { afterAll, beforeAll, expect, it } from "vitest";

import { startTestApi, type TestApi } from "../../test/api.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

it("answers a grid larger than a page with a clear error, never a cut-short one, and per program in full", async () => {
  // 2,100 lines with distinct function and object codes, written straight to the database (the
  // API would refuse codes outside the chart; a state without a chart keeps any).
  await api.orm.em.getConnection().execute(
    `insert into budget_line (id, district_id, fiscal_year_id, funding_source_id, action_step_id, amount_cents, description, function_code, object_code)
     select gen_random_uuid(), b.district_id, b.fiscal_year_id, b.funding_source_id, b.action_step_id, 1, 'grid cell', 'F' || g, 'O' || g
       from (select l.* from budget_line l join funding_source f on f.id = l.funding_source_id where f.code = 'TITLE_I_A' limit 1) b,
            generate_series(1, 2100) g`,
  );
  const all = await api.gql("{ budgetByFunctionAndObject(fiscalYear: 2022) { amount } }");
  expect(all.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  expect(all.errors?.[0]?.message).toMatch(/more than 2000 at once: ask for one program\.$/);
  const one = await api.gql<{ budgetByFunctionAndObject: unknown[] }>(
    "{ budgetByFunctionAndObject(fiscalYear: 2022, program: TITLE_IV_A) { amount } }",
  );
  expect(one.errors).toBeUndefined();
  expect(one.data!.budgetByFunctionAndObject.length).toBeGreaterThan(0);
});
