import { beforeEach, describe, expect, it } from "vitest";

import { signIn, signOut, usePlatformAndPage } from "./platform.js";

// Its own platform: adopting a budget here changes what the budget screen's other tests see.
const ctx = usePlatformAndPage();
beforeEach(() => ctx.page.context().clearCookies());

describe("school leaders' drafts, in Chromium", () => {
  it("a school leader drafts a line for their school inside its allocation; the director approves it", async () => {
    const { page, platform } = ctx;
    // In the signed-in browser, as the app itself calls the API.
    const gql = (query: string, variables: object = {}) =>
      page.evaluate(
        async ([q, v]) =>
          (await (
            await fetch("/graphql", {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: JSON.stringify({ query: q, variables: v }),
            })
          ).json()) as { data: Record<string, { scenario?: { id: string } }> },
        [query, variables] as const,
      );
    // Adopt a budget: finance runs and submits a scenario, the director approves it.
    await signIn(page, platform.url, "finance@demo.allot.example");
    const made = await gql(
      'mutation { createScenario(input: { fiscalYear: 2022, name: "Adopted for schools", source: EMPTY }) { scenario { id } } }',
    );
    const id = made.data.createScenario!.scenario!.id;
    for (const m of ["runScenario", "submitScenario"])
      await gql(
        `mutation($i: ScenarioActionInput!) { ${m}(input: $i) { userErrors { message } } }`,
        {
          i: { id },
        },
      );
    await signOut(page);
    await signIn(page, platform.url, "director@demo.allot.example");
    await gql(
      "mutation($i: ScenarioActionInput!) { approveScenario(input: $i) { userErrors { message } } }",
      { i: { id } },
    );
    await signOut(page);

    await signIn(page, platform.url, "leader@demo.allot.example");
    await page.goto(`${platform.url}/plan/2022/steps/1.2`);
    await page.getByText("Lines you add are drafts for your school").waitFor();
    await page.getByLabel("Program", { exact: true }).first().click();
    await page.getByRole("option", { name: "Title I, Part A", exact: true }).click();
    await page.getByLabel("Amount", { exact: true }).fill("100.00");
    await page.getByLabel("Description").fill("Leveled readers");
    await page.getByRole("button", { name: "Add line" }).click();
    const line = page.getByTestId("line-Leveled readers");
    await line.waitFor();
    expect(await line.innerText()).toMatch(/draft/i);
    // Their school's page shows the draft against the allocation.
    const me = (await gql("{ me { schoolId } }")).data.me as unknown as { schoolId: string };
    await page.goto(`${platform.url}/schools/${encodeURIComponent(me.schoolId)}`);
    const t1 = page.getByTestId("envelope-TITLE_I_A");
    await t1.waitFor();
    expect(await t1.innerText()).toMatch(/\$100\.00/);
    await signOut(page);

    await signIn(page, platform.url, "director@demo.allot.example");
    await page.goto(`${platform.url}/budget/2022`);
    await page.getByTestId("draft-Leveled readers").waitFor();
    await page.getByRole("button", { name: "Approve Leveled readers" }).click();
    await page.getByText("No school leader's line awaits approval.").waitFor();
    await signOut(page);
  });
});
