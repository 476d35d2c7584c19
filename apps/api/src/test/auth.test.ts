import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiToken, User } from "@allot/db";
import { DEMO_PASSWORD } from "../modules/auth/demo-users.js";
import { allotCli, dataOf, startTestApi, type TestApi } from "./api.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const SIGN_IN = "mutation($i: SignInInput!) { signIn(input: $i) { viewer { name role } userErrors { field message code } } }";

async function signIn(email: string, password: string) {
  const res = await fetch(`${api.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: SIGN_IN, variables: { i: { email, password } } }),
  });
  const body = (await res.json()) as { data: { signIn: { viewer: { name: string; role: string } | null; userErrors: { field: string[]; code: string; message: string }[] } } };
  return { ...body.data.signIn, setCookie: res.headers.getSetCookie().find((c) => c.startsWith("allot_session=")) ?? null };
}

describe("signing in", () => {
  it("sets an httpOnly, SameSite session cookie that opens the API, and signing out closes it", async () => {
    const r = await signIn("  Finance@Demo.Allot.Example ", DEMO_PASSWORD);
    expect(r.viewer).toEqual({ name: "finance@demo.allot.example", role: "FINANCE_ANALYST" });
    expect(r.setCookie).toMatch(/HttpOnly/);
    expect(r.setCookie).toMatch(/SameSite=Lax/);
    const cookie = r.setCookie!.split(";")[0]!;
    expect(dataOf(await api.anonymous<{ me: { role: string } }>("{ me { role } }", {}, { cookie })).me.role).toBe("FINANCE_ANALYST");
    await api.anonymous("mutation { signOut { signedOut } }", {}, { cookie });
    expect(dataOf(await api.anonymous<{ me: unknown }>("{ me { role } }", {}, { cookie })).me).toBeNull();
    expect((await api.anonymous("{ schools { totalCount } }", {}, { cookie })).status).toBe(401);
  });

  it("refuses a wrong password or an unknown email with the same words, and makes repeated failures wait longer", async () => {
    const unknown = await signIn("nobody@demo.allot.example", "whatever-password");
    const wrong = await signIn("viewer@demo.allot.example", "whatever-password");
    expect(unknown.userErrors).toEqual(wrong.userErrors);
    expect(wrong.userErrors[0]).toMatchObject({ field: ["input", "password"], code: "INVALID_CREDENTIALS" });
    expect(wrong.setCookie).toBeNull();
    await signIn("viewer@demo.allot.example", "whatever-password");
    await signIn("viewer@demo.allot.example", "whatever-password");
    // Three failures: even the right password now waits.
    const waiting = await signIn("viewer@demo.allot.example", DEMO_PASSWORD);
    expect(waiting.userErrors[0]).toMatchObject({ code: "TOO_MANY_ATTEMPTS" });
    expect(waiting.userErrors[0]!.message).toMatch(/try again in 1 s/);
    // Once the wait is over, the right password works and the count starts again.
    await api.orm.em.getConnection().execute(`update app_user set last_failed_sign_in_at = now() - interval '2 seconds' where email = 'viewer@demo.allot.example'`);
    expect((await signIn("viewer@demo.allot.example", DEMO_PASSWORD)).viewer?.role).toBe("VIEWER");
    expect((await api.orm.em.fork().findOneOrFail(User, { email: "viewer@demo.allot.example" })).failedSignIns).toBe(0);
  });
});

const CREATE_TOKEN = "mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token apiToken { id name prefix role scope expiresAt } userErrors { field code } } }";
type Created = { createApiToken: { token: string; apiToken: { id: string; prefix: string }; userErrors: { field: string[]; code: string }[] } };
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe("API tokens", () => {
  it("are created once, stored only as a keyed hash, and act with their role", async () => {
    const made = dataOf(await api.gql<Created>(CREATE_TOKEN, { i: { name: "ERP sync", role: "FINANCE_ANALYST", scope: "READ_WRITE", expiresInDays: 30 } })).createApiToken;
    expect(made.userErrors).toEqual([]);
    expect(made.token).toMatch(/^allot_[\w-]{43}$/);
    expect(made.token.startsWith(made.apiToken.prefix)).toBe(true);
    const stored = await api.orm.em.fork().findOneOrFail(ApiToken, { name: "ERP sync" });
    expect(stored.tokenHash).not.toContain(made.token);
    expect(JSON.stringify(dataOf(await api.gql("{ apiTokens { name prefix } }")))).not.toContain(made.token);
    const me = dataOf(await api.anonymous<{ me: { kind: string; name: string; role: string } }>("{ me { kind name role } }", {}, bearer(made.token))).me;
    expect(me).toEqual({ kind: "TOKEN", name: "ERP sync", role: "FINANCE_ANALYST" });
    const created = await api.anonymous<{ createScenario: { userErrors: unknown[] } }>(
      'mutation { createScenario(input: { fiscalYear: 2022, name: "From the ERP", source: EMPTY }) { userErrors { message } } }', {}, bearer(made.token));
    expect(dataOf(created).createScenario.userErrors).toEqual([]);
  });

  it("READ tokens read and ask what-if, but change nothing", async () => {
    const made = dataOf(await api.gql<Created>(CREATE_TOKEN, { i: { name: "Warehouse", role: "FINANCE_ANALYST", scope: "READ" } })).createApiToken;
    expect(dataOf(await api.anonymous<{ schools: { totalCount: number } }>("{ schools { totalCount } }", {}, bearer(made.token))).schools.totalCount).toBe(68);
    const write = await api.anonymous('mutation { createScenario(input: { fiscalYear: 2022, name: "x", source: EMPTY }) { userErrors { message } } }', {}, bearer(made.token));
    expect(write.status).toBe(403);
    expect(write.errors![0]!.message).toMatch(/read-only/);
    const preview = await api.anonymous<{ previewAllocation: { userErrors: unknown[] } }>(
      'mutation { previewAllocation(input: { fiscalYear: 2022, parameters: { titleI: { ppa: { kind: EVEN }, reservations: { familyEngagement: "300000.00" } } } }) { userErrors { message } } }', {}, bearer(made.token));
    expect(dataOf(preview).previewAllocation.userErrors).toEqual([]);
  });

  it("stop working when revoked or expired, and a bad token is refused outright", async () => {
    const made = dataOf(await api.gql<Created>(CREATE_TOKEN, { i: { name: "Short-lived", role: "VIEWER", scope: "READ" } })).createApiToken;
    expect((await api.anonymous("{ me { name } }", {}, bearer(made.token))).status).toBe(200);
    await api.orm.em.getConnection().execute(`update api_token set expires_at = now() - interval '1 second' where name = 'Short-lived'`);
    expect((await api.anonymous("{ me { name } }", {}, bearer(made.token))).status).toBe(401);

    const other = dataOf(await api.gql<Created>(CREATE_TOKEN, { i: { name: "To revoke", role: "VIEWER", scope: "READ" } })).createApiToken;
    const revoked = dataOf(await api.gql<{ revokeApiToken: { apiToken: { revokedAt: string } } }>(
      "mutation($i: RevokeApiTokenInput!) { revokeApiToken(input: $i) { apiToken { revokedAt } } }", { i: { id: other.apiToken.id } }));
    expect(revoked.revokeApiToken.apiToken.revokedAt).toBeTruthy();
    const after = await api.anonymous("{ me { name } }", {}, bearer(other.token));
    expect(after.status).toBe(401);
    expect(after.errors![0]!.message).toMatch(/not valid, has expired or was revoked/);
    expect((await api.anonymous("{ me { name } }", {}, bearer("allot_madeup"))).status).toBe(401);
    expect((await api.anonymous("{ me { name } }", {}, { authorization: "Basic abc" })).status).toBe(401);
  });

  it("refuses a bad name or expiry naming the field", async () => {
    const r = dataOf(await api.gql<Created>(CREATE_TOKEN, { i: { name: " ", role: "VIEWER", scope: "READ" } })).createApiToken;
    expect(r.userErrors).toEqual([{ field: ["input", "name"], code: "INVALID" }]);
    const d = dataOf(await api.gql<Created>(CREATE_TOKEN, { i: { name: "Too long", role: "VIEWER", scope: "READ", expiresInDays: 400 } })).createApiToken;
    expect(d.userErrors).toEqual([{ field: ["input", "expiresInDays"], code: "INVALID" }]);
  });

  it("can be created from the command line", async () => {
    const stdout = await allotCli(api, ["token:create", "--name", "Nightly export", "--role", "VIEWER", "--scope", "READ", "--days", "7"]);
    const token = stdout.trim().split("\n").at(-1)!;
    expect(dataOf(await api.anonymous<{ me: { name: string } }>("{ me { name } }", {}, bearer(token))).me.name).toBe("Nightly export");
  });
});
