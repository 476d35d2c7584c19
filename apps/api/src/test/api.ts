import { execFile } from "node:child_process";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { inject } from "vitest";
import {
  createOrm,
  ensureApiRole,
  migrate,
  type MikroORM,
  type OrmOptions,
  type Role,
  seedDemoDistrict,
} from "@allot/db";
import { createTestDatabase } from "@allot/db/testing";
import { type AppOptions, createApp } from "../app.js";
import { DEMO_PASSWORD, DEMO_USERS, seedDemoUsers } from "../modules/auth/demo-users.js";

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: { cost?: { requested: number; limit: number } };
}

type Gql = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
) => Promise<GraphQLResponse<T>>;

export interface TestApi {
  url: string;
  /** The schema owner's: for a test's own setup and checks, with every right. */
  orm: MikroORM;
  /** The one the API answers with, as its database role (rights on rows only). */
  appOrm: MikroORM;
  /** As the demo administrator (signed in with a real session cookie). */
  gql: Gql;
  /** As the demo user of a role, signed in once. */
  as(role: Role): Gql;
  /** With no credential, or with the headers given only. */
  anonymous: Gql;
  close(): Promise<void>;
}

export const TEST_SESSION_SECRET = "test-session-secret-at-least-32-characters";

/** The real API over HTTP on a fresh database seeded with the demo district. */
export async function startTestApi(
  o: {
    seed?: boolean;
    app?: Partial<AppOptions>;
    orm?: Partial<OrmOptions>;
    databaseUrl?: string;
  } = {},
): Promise<TestApi> {
  // An existing database (a restored backup) is used as it is and kept.
  const db = o.databaseUrl
    ? { url: o.databaseUrl, drop: async () => undefined }
    : await createTestDatabase(inject("adminUrl"));
  // As the server does: the owner migrates and seeds, and the API answers as its role with rights on rows only.
  const orm = await createOrm({ clientUrl: db.url, auditSecret: TEST_SESSION_SECRET });
  await migrate(orm);
  if (o.seed !== false) {
    await seedDemoDistrict(orm);
    await seedDemoUsers(orm);
  }
  const appOrm = await createOrm({
    ...o.orm,
    clientUrl: await ensureApiRole(orm, TEST_SESSION_SECRET),
    auditSecret: TEST_SESSION_SECRET,
  });
  const app = await createApp({
    orm: appOrm,
    adminDist: "/nonexistent",
    sessionSecret: TEST_SESSION_SECRET,
    log: () => undefined,
    ...o.app,
  });
  const { server } = app;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const anonymous: Gql = (query, variables, headers) => post(url, query, variables, headers);
  const cookies = new Map<Role, Promise<string>>();
  const as = (role: Role): Gql => {
    return async (query, variables, headers = {}) => {
      if (!cookies.has(role))
        cookies.set(role, signInAs(url, DEMO_USERS.find((u) => u.role === role)!.email));
      return post(url, query, variables, { cookie: await cookies.get(role)!, ...headers });
    };
  };
  return {
    url,
    orm,
    appOrm,
    gql: as("ADMINISTRATOR"),
    as,
    anonymous,
    async close() {
      await app.stop();
      await appOrm.close();
      await orm.close();
      await db.drop();
    },
  };
}

async function post<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as GraphQLResponse<T>;
  return { ...body, status: res.status };
}

/** Signs in through the API, as a browser would; returns the session cookie. */
export async function signInAs(
  url: string,
  email: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: "mutation($i: SignInInput!) { signIn(input: $i) { userErrors { message } } }",
      variables: { i: { email, password } },
    }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("allot_session="));
  if (!cookie) throw new Error(`sign-in as ${email} failed: ${await res.text()}`);
  return cookie.split(";")[0]!;
}

/** The global id of action step 1 of need 1 of the FY2022 plan. */
export async function firstActionStepId(api: TestApi): Promise<string> {
  const plan = dataOf(
    await api.gql<{ improvementPlan: { needs: { actionSteps: { id: string }[] }[] } }>(
      "{ improvementPlan(fiscalYear: 2022) { needs { actionSteps { id } } } }",
    ),
  );
  return plan.improvementPlan.needs[0]!.actionSteps[0]!.id;
}

/** Throws with the errors when a response has any; returns its data. */
export function dataOf<T>(r: GraphQLResponse<T>): T {
  if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data;
}

/**
 * Runs `pnpm allot <args>` (the built CLI) against the test API's database, from `cwd`, and
 * returns what it printed. Asynchronously: the API under test runs in this process and must keep
 * answering meanwhile (a blocked event loop let its keep-alive timer reset the next request).
 */
export async function allotCli(api: TestApi, args: string[], cwd = process.cwd()): Promise<string> {
  const cli = fileURLToPath(new URL("../../dist/scripts/allot.js", import.meta.url));
  const env = {
    ...process.env,
    DATABASE_URL: api.orm.config.get("clientUrl")!,
    SESSION_SECRET: TEST_SESSION_SECRET,
    INIT_CWD: cwd,
  };
  return (
    await promisify(execFile)(process.execPath, [cli, ...args], { cwd, env, encoding: "utf8" })
  ).stdout;
}
