import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ApiToken } from "@allot/db";

import { allotCli, dataOf, startTestApi, type TestApi } from "../../test/api.js";
import { graphql } from "../../test/gql/index.js";
import { DEMO_PASSWORD } from "./demo-users.js";

let api: TestApi;
beforeAll(async () => {
  // Many sign-ins from one address in a minute: this file tests the sign-in throttle, not the request rate.
  api = await startTestApi({ app: { rateLimit: { anonymousPerMinute: 10_000 } } });
});
afterAll(() => api?.close());

const SIGN_IN = graphql(`
  mutation AuthSignIn($i: SignInInput!) {
    signIn(input: $i) {
      viewer {
        name
        role
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

async function signIn(email: string, password: string) {
  const res = await fetch(`${api.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: SIGN_IN, variables: { i: { email, password } } }),
  });
  const body = (await res.json()) as {
    data: {
      signIn: {
        viewer: { name: string; role: string } | null;
        userErrors: { field: string[]; code: string; message: string }[];
      };
    };
  };
  return {
    ...body.data.signIn,
    setCookie: res.headers.getSetCookie().find((c) => c.startsWith("allot_session=")) ?? null,
  };
}

/** A sign-in's HTTP status and user errors. */
async function signInRaw(email: string, password: string) {
  const res = await fetch(`${api.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: SIGN_IN, variables: { i: { email, password } } }),
  });
  const body = (await res.json()) as { data?: { signIn: { userErrors: { code: string }[] } } };
  return { status: res.status, userErrors: body.data?.signIn.userErrors ?? [] };
}

async function throttle(key: string) {
  const [row] = await api.orm.em
    .getConnection()
    .execute<{ failures: number; blocked_until: Date | null }[]>(
      `select failures, blocked_until from sign_in_throttle where key = ?`,
      [key],
    );
  return row;
}

/** When each failed try of an email was made (ms), oldest first, from its audit events. */
/**
 * The times of an email's failed sign-ins, in the order their tries were claimed (the streak count
 * each recorded). Not by sequence: the events are written after the password check, and under load
 * a slow check can write its event after a later try's.
 */
async function failedSignInTimes(email: string): Promise<number[]> {
  const rows = await api.orm.em.getConnection().execute<{ at: Date }[]>(
    `select at from audit_event where action = 'signIn (failed)' and actor = ?
       order by (after->>'failedSignIns')::int, sequence`,
    [`user:${email}`],
  );
  return rows.map((r) => new Date(r.at).getTime());
}

describe("signing in", () => {
  it("sets an httpOnly, SameSite session cookie that opens the API, and signing out closes it", async () => {
    const r = await signIn("  Finance@Demo.Allot.Example ", DEMO_PASSWORD);
    expect(r.viewer).toEqual({ name: "finance@demo.allot.example", role: "FINANCE_ANALYST" });
    expect(r.setCookie).toMatch(/HttpOnly/);
    expect(r.setCookie).toMatch(/SameSite=Lax/);
    const cookie = r.setCookie!.split(";")[0]!;
    expect(
      dataOf(
        await api.anonymous(
          graphql(`
            query AuthMe {
              me {
                role
              }
            }
          `),
          {},
          { cookie },
        ),
      ).me!.role,
    ).toBe("FINANCE_ANALYST");
    await api.anonymous(
      graphql(`
        mutation AuthSignOut {
          signOut {
            signedOut
          }
        }
      `),
      {},
      { cookie },
    );
    expect(
      dataOf(
        await api.anonymous(
          graphql(`
            query AuthMe2 {
              me {
                role
              }
            }
          `),
          {},
          { cookie },
        ),
      ).me,
    ).toBeNull();
    expect(
      (
        await api.anonymous(
          graphql(`
            query AuthSchools {
              schools {
                totalCount
              }
            }
          `),
          {},
          { cookie },
        )
      ).status,
    ).toBe(401);
  });

  it("refuses a wrong password or an unknown email with the same words, and makes repeated failures wait longer", async () => {
    const unknown = await signIn("nobody@demo.allot.example", "whatever-password");
    const wrong = await signIn("viewer@demo.allot.example", "whatever-password");
    expect(unknown.userErrors).toEqual(wrong.userErrors);
    expect(wrong.userErrors[0]).toMatchObject({
      field: ["input", "password"],
      code: "INVALID_CREDENTIALS",
    });
    expect(wrong.setCookie).toBeNull();
    await signIn("viewer@demo.allot.example", "whatever-password");
    await signIn("viewer@demo.allot.example", "whatever-password");
    // Three failures: even the right password now waits.
    const waiting = await signIn("viewer@demo.allot.example", DEMO_PASSWORD);
    expect(waiting.userErrors[0]).toMatchObject({ code: "TOO_MANY_ATTEMPTS" });
    expect(waiting.userErrors[0]!.message).toMatch(/try again in 1 s/);
    // Once the wait is over, the right password works and the count starts again.
    await api.orm.em
      .getConnection()
      .execute(
        `update sign_in_throttle set blocked_until = now() - interval '1 second' where key = 'email:viewer@demo.allot.example'`,
      );
    expect((await signIn("viewer@demo.allot.example", DEMO_PASSWORD)).viewer?.role).toBe("VIEWER");
    expect(await throttle("email:viewer@demo.allot.example")).toMatchObject({
      failures: 0,
      blocked_until: null,
    });
  });

  it("waits the same for an email with no account, so the answers never tell which emails have one", async () => {
    const known: string[] = [];
    const unknown: string[] = [];
    for (let i = 0; i < 4; i++) {
      known.push((await signIn("leader@demo.allot.example", "not-it")).userErrors[0]!.code);
      unknown.push((await signIn("nobody-here@demo.allot.example", "not-it")).userErrors[0]!.code);
    }
    expect(known).toEqual([
      "INVALID_CREDENTIALS",
      "INVALID_CREDENTIALS",
      "INVALID_CREDENTIALS",
      "TOO_MANY_ATTEMPTS",
    ]);
    expect(unknown).toEqual(known);
  });

  it("checks one password at a time however many are sent at once, and never answers 500", async () => {
    const tries = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        signInRaw("director@demo.allot.example", i === 29 ? DEMO_PASSWORD : `guess-${i}`),
      ),
    );
    expect(tries.map((t) => t.status)).toEqual(Array(30).fill(200));
    // Each password checked and found wrong is an audit event stamped with its try's time. Three
    // are free; after that each came only once the wait of the one before was over (1 s, 2 s, 4 s
    // ...), however fast or slow the machine sent them: the rest were refused unchecked.
    const checked = await failedSignInTimes("director@demo.allot.example");
    expect(checked.length).toBeGreaterThan(0);
    expect(checked.length).toBeLessThan(30);
    for (let k = 3; k < checked.length; k++)
      expect(checked[k]! - checked[k - 1]!, `failure ${k + 1}`).toBeGreaterThanOrEqual(
        2 ** (k - 3) * 1000,
      );
    const codes = new Set(tries.flatMap((t) => t.userErrors.map((e) => e.code)));
    expect([...codes].every((c) => c === "INVALID_CREDENTIALS" || c === "TOO_MANY_ATTEMPTS")).toBe(
      true,
    );
  });

  it("counts tries per address too, also for a caller who holds an API token", async () => {
    const made = dataOf(
      await api.gql(
        graphql(`
          mutation AuthCreateApiToken {
            createApiToken(input: { name: "Sign-in prober", role: VIEWER, scope: READ }) {
              token
            }
          }
        `),
      ),
    ).createApiToken;
    await api.orm.em
      .getConnection()
      .execute(
        `insert into sign_in_throttle (key, failures, blocked_until) values ('address:127.0.0.1', 60, now() + interval '10 minutes') on conflict (key) do update set failures = 60, blocked_until = now() + interval '10 minutes'`,
      );
    try {
      const r = await api.anonymous(
        graphql(`
          mutation AuthSignIn2 {
            signIn(input: { email: "finance@demo.allot.example", password: "allot-demo-2022" }) {
              userErrors {
                code
              }
            }
          }
        `),
        {},
        { authorization: `Bearer ${made.token}` },
      );
      expect(dataOf(r).signIn.userErrors.map((e) => e.code)).toEqual(["TOO_MANY_ATTEMPTS"]);
    } finally {
      await api.orm.em
        .getConnection()
        .execute(`delete from sign_in_throttle where key = 'address:127.0.0.1'`);
    }
  });
});

const CREATE_TOKEN = graphql(`
  mutation AuthCreateToken($i: CreateApiTokenInput!) {
    createApiToken(input: $i) {
      token
      apiToken {
        id
        name
        prefix
        role
        scope
        expiresAt
      }
      userErrors {
        field
        code
      }
    }
  }
`);
const bearer = (token: string | null) => ({ authorization: `Bearer ${token ?? ""}` });

describe("API tokens", () => {
  it("are created once, stored only as a keyed hash, and act with their role", async () => {
    const made = dataOf(
      await api.gql(CREATE_TOKEN, {
        i: { name: "ERP sync", role: "FINANCE_ANALYST", scope: "READ_WRITE", expiresInDays: 30 },
      }),
    ).createApiToken;
    expect(made.userErrors).toEqual([]);
    expect(made.token).toMatch(/^allot_[\w-]{43}$/);
    expect(made.token!.startsWith(made.apiToken!.prefix)).toBe(true);
    const stored = await api.orm.em.fork().findOneOrFail(ApiToken, { name: "ERP sync" });
    expect(stored.tokenHash).not.toContain(made.token!);
    expect(
      JSON.stringify(
        dataOf(
          await api.gql(
            graphql(`
              query AuthApiTokens {
                apiTokens {
                  name
                  prefix
                }
              }
            `),
          ),
        ),
      ),
    ).not.toContain(made.token);
    const me = dataOf(
      await api.anonymous(
        graphql(`
          query AuthMe3 {
            me {
              kind
              name
              role
            }
          }
        `),
        {},
        bearer(made.token),
      ),
    ).me!;
    expect(me).toEqual({ kind: "TOKEN", name: "ERP sync", role: "FINANCE_ANALYST" });
    const created = await api.anonymous(
      graphql(`
        mutation AuthCreateScenario {
          createScenario(input: { fiscalYear: 2022, name: "From the ERP", source: EMPTY }) {
            userErrors {
              message
            }
          }
        }
      `),
      {},
      bearer(made.token),
    );
    expect(dataOf(created).createScenario.userErrors).toEqual([]);
  });

  it("READ tokens read and ask what-if, but change nothing", async () => {
    const made = dataOf(
      await api.gql(CREATE_TOKEN, {
        i: { name: "Warehouse", role: "FINANCE_ANALYST", scope: "READ" },
      }),
    ).createApiToken;
    expect(
      dataOf(
        await api.anonymous(
          graphql(`
            query AuthSchools2 {
              schools {
                totalCount
              }
            }
          `),
          {},
          bearer(made.token),
        ),
      ).schools.totalCount,
    ).toBe(68);
    const write = await api.anonymous(
      graphql(`
        mutation AuthCreateScenario2 {
          createScenario(input: { fiscalYear: 2022, name: "x", source: EMPTY }) {
            userErrors {
              message
            }
          }
        }
      `),
      {},
      bearer(made.token),
    );
    expect(write.status).toBe(403);
    expect(write.errors![0]!.message).toMatch(/read-only/);
    const preview = await api.anonymous(
      graphql(`
        mutation AuthPreviewAllocation {
          previewAllocation(
            input: {
              fiscalYear: 2022
              parameters: {
                titleI: { ppa: { kind: EVEN }, reservations: { familyEngagement: "300000.00" } }
              }
            }
          ) {
            userErrors {
              message
            }
          }
        }
      `),
      {},
      bearer(made.token),
    );
    expect(dataOf(preview).previewAllocation.userErrors).toEqual([]);
  });

  it("stop working when revoked or expired, and a bad token is refused outright", async () => {
    const made = dataOf(
      await api.gql(CREATE_TOKEN, {
        i: { name: "Short-lived", role: "VIEWER", scope: "READ" },
      }),
    ).createApiToken;
    expect(
      (
        await api.anonymous(
          graphql(`
            query AuthMe4 {
              me {
                name
              }
            }
          `),
          {},
          bearer(made.token),
        )
      ).status,
    ).toBe(200);
    await api.orm.em
      .getConnection()
      .execute(
        `update api_token set expires_at = now() - interval '1 second' where name = 'Short-lived'`,
      );
    expect(
      (
        await api.anonymous(
          graphql(`
            query AuthMe5 {
              me {
                name
              }
            }
          `),
          {},
          bearer(made.token),
        )
      ).status,
    ).toBe(401);

    const other = dataOf(
      await api.gql(CREATE_TOKEN, {
        i: { name: "To revoke", role: "VIEWER", scope: "READ" },
      }),
    ).createApiToken;
    const revoked = dataOf(
      await api.gql(
        graphql(`
          mutation AuthRevokeApiToken($i: RevokeApiTokenInput!) {
            revokeApiToken(input: $i) {
              apiToken {
                revokedAt
              }
            }
          }
        `),
        { i: { id: other.apiToken!.id } },
      ),
    );
    expect(revoked.revokeApiToken.apiToken!.revokedAt).toBeTruthy();
    const after = await api.anonymous(
      graphql(`
        query AuthMe6 {
          me {
            name
          }
        }
      `),
      {},
      bearer(other.token),
    );
    expect(after.status).toBe(401);
    expect(after.errors![0]!.message).toMatch(/not valid, has expired or was revoked/);
    expect(
      (
        await api.anonymous(
          graphql(`
            query AuthMe7 {
              me {
                name
              }
            }
          `),
          {},
          bearer("allot_madeup"),
        )
      ).status,
    ).toBe(401);
    expect(
      (
        await api.anonymous(
          graphql(`
            query AuthMe8 {
              me {
                name
              }
            }
          `),
          {},
          { authorization: "Basic abc" },
        )
      ).status,
    ).toBe(401);
  });

  it("refuses a bad name or expiry naming the field", async () => {
    const r = dataOf(
      await api.gql(CREATE_TOKEN, { i: { name: " ", role: "VIEWER", scope: "READ" } }),
    ).createApiToken;
    expect(r.userErrors).toEqual([{ field: ["input", "name"], code: "INVALID" }]);
    const d = dataOf(
      await api.gql(CREATE_TOKEN, {
        i: { name: "Too long", role: "VIEWER", scope: "READ", expiresInDays: 400 },
      }),
    ).createApiToken;
    expect(d.userErrors).toEqual([{ field: ["input", "expiresInDays"], code: "INVALID" }]);
  });

  it("can be created from the command line", async () => {
    const stdout = await allotCli(api, [
      "token:create",
      "--name",
      "Nightly export",
      "--role",
      "VIEWER",
      "--scope",
      "READ",
      "--days",
      "7",
    ]);
    const token = stdout.trim().split("\n").at(-1)!;
    expect(
      dataOf(
        await api.anonymous(
          graphql(`
            query AuthMe9 {
              me {
                name
              }
            }
          `),
          {},
          bearer(token),
        ),
      ).me!.name,
    ).toBe("Nightly export");
  });
});
