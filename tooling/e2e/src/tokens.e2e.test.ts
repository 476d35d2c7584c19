import { describe, expect, it } from "vitest";

import { signIn, signOut, usePlatformAndPage } from "./platform.js";

const ctx = usePlatformAndPage();

const whoIs = async (token: string) =>
  (
    await fetch(`${ctx.platform.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "{ me { name role } }" }),
    })
  ).status;

describe("API tokens in the admin app, in Chromium", () => {
  it("an administrator creates a token, sees its secret once, and it works; revoked, it stops", async () => {
    await signIn(ctx.page, ctx.platform.url, "admin@demo.allot.example");
    await ctx.page.getByRole("link", { name: "API tokens" }).click();
    await ctx.page.getByRole("button", { name: "Create token" }).click();
    await expect
      .poll(() => ctx.page.getByText("Must be 1 to 100 characters.").isVisible())
      .toBe(true);
    await ctx.page.getByLabel("Name").fill("Warehouse export");
    await ctx.page.getByRole("button", { name: "Create token" }).click();
    const token = (await ctx.page.getByTestId("new-token").innerText()).trim();
    expect(token).toMatch(/^allot_/);
    expect(await whoIs(token)).toBe(200);
    await ctx.page.getByRole("button", { name: "Done" }).click();
    await expect.poll(() => ctx.page.getByTestId("token-Warehouse export").isVisible()).toBe(true);
    expect(await ctx.page.content()).not.toContain(token);

    ctx.page.once("dialog", (d) => void d.accept());
    await ctx.page
      .getByTestId("token-Warehouse export")
      .getByRole("button", { name: "Revoke" })
      .click();
    await expect
      .poll(() => ctx.page.getByTestId("token-Warehouse export").getByText("Revoked").isVisible())
      .toBe(true);
    expect(await whoIs(token)).toBe(401);
  });

  it("a school leader token must name its school, chosen by name, and then sees only it", async () => {
    await ctx.page.getByLabel("Name").fill("Principal's dashboard");
    await ctx.page.getByRole("textbox", { name: "Role" }).click();
    await ctx.page.getByRole("option", { name: "School leader" }).click();
    await ctx.page.getByRole("button", { name: "Create token" }).click();
    await expect
      .poll(() =>
        ctx.page.getByText("A school leader's token needs the school it may see.").isVisible(),
      )
      .toBe(true);
    await ctx.page.getByRole("textbox", { name: "School" }).fill("Elementary");
    await ctx.page.getByRole("option").first().click();
    await ctx.page.getByRole("button", { name: "Create token" }).click();
    const token = (await ctx.page.getByTestId("new-token").innerText()).trim();
    const seen = await fetch(`${ctx.platform.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "{ schools { totalCount } }" }),
    });
    expect(
      ((await seen.json()) as { data: { schools: { totalCount: number } } }).data.schools
        .totalCount,
    ).toBe(1);
    await ctx.page.getByRole("button", { name: "Done" }).click();
  });

  it("is not offered to a viewer", async () => {
    await signOut(ctx.page);
    await signIn(ctx.page, ctx.platform.url, "viewer@demo.allot.example");
    expect(await ctx.page.getByRole("link", { name: "API tokens" }).count()).toBe(0);
    // Typing the address offers nothing either.
    await ctx.page.goto(`${ctx.platform.url}/tokens`);
    await ctx.page
      .getByText("Only the district's administrators create and revoke API tokens.")
      .waitFor();
    expect(await ctx.page.getByRole("button", { name: "Create token" }).count()).toBe(0);
  });
});
