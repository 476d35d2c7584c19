import { createHash } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEMO_USERS } from "../../modules/auth/demo-users.js";
import { firstActionStepId, signInAs, startTestApi, type TestApi } from "../../test/api.js";
import { graphql } from "../../test/gql/index.js";

// Unchanged answers are sent again from the cache; a write must make the next read see it, at once
// when the write went through this API, and as soon as PostgreSQL's notice arrives otherwise.
let api: TestApi;
let stepId: string;
const logs: Record<string, unknown>[] = [];
const cookies = new Map<string, string>();
beforeAll(async () => {
  api = await startTestApi({ app: { log: (e) => logs.push(e) } });
  stepId = await firstActionStepId(api);
  for (const u of DEMO_USERS) cookies.set(u.role, await signInAs(api.url, u.email));
  // The cache serves nothing until its listener has connected: wait for the first hit.
  for (let tries = 0; ; tries++) {
    const from = logs.length;
    await send("VIEWER", FUNDING);
    if (hitsOf("CachedFunding", from) === 1) break;
    if (tries === 150) throw new Error("the response cache never answered a repeated read");
    await new Promise((r) => setTimeout(r, 100));
  }
});
afterAll(() => api?.close());

const FUNDING = graphql(`
  query CachedFunding {
    fundingByActionStep(fiscalYear: 2022) {
      total
    }
  }
`);
const SCHOOLS = graphql(`
  query CachedSchools {
    schools(first: 100) {
      totalCount
      nodes {
        id
        enrollment
      }
    }
  }
`);
const WITH_VIEWER = graphql(`
  query CachedWithViewer {
    me {
      name
    }
    fundingByActionStep(fiscalYear: 2022) {
      total
    }
  }
`);
const NEW_SCENARIO = graphql(`
  mutation CachedNewScenario {
    createScenario(input: { fiscalYear: 2022, name: "Unrelated write", source: EMPTY }) {
      userErrors {
        message
      }
    }
  }
`);
const ADD_LINE = graphql(`
  mutation CachedAddLine($i: CreateBudgetLineInput!) {
    createBudgetLine(input: $i) {
      userErrors {
        message
      }
    }
  }
`);

async function send(
  role: string,
  query: unknown,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const res = await fetch(`${api.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: cookies.get(role)!, ...headers },
    body: JSON.stringify({ query: String(query), variables }),
  });
  const text = await res.text();
  return {
    status: res.status,
    etag: res.headers.get("etag"),
    text,
    json: text ? (JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown }) : null,
  };
}
/** Log lines of answers sent from the cache since `from`, for this operation. */
const hitsOf = (operation: string, from: number) =>
  logs.slice(from).filter((l) => l.cache === "hit" && l.operation === operation).length;
const total = (r: Awaited<ReturnType<typeof send>>) =>
  (r.json!.data!.fundingByActionStep as { total: string }).total;

describe("the response cache", () => {
  it("answers a repeated read from the cache, and the read after a write with the new answer at once", async () => {
    const first = await send("ADMINISTRATOR", FUNDING);
    // Polled: a notice of an earlier test's write may still move the district on once.
    await expect
      .poll(
        async () => {
          const from = logs.length;
          const again = await send("ADMINISTRATOR", FUNDING);
          expect(again.text).toBe(first.text);
          expect(again.etag).toBe(first.etag);
          return hitsOf("CachedFunding", from);
        },
        { timeout: 15_000 },
      )
      .toBe(1);

    const added = await send("FEDERAL_PROGRAMS_DIRECTOR", ADD_LINE, {
      i: {
        fiscalYear: 2022,
        program: "TITLE_I_A",
        actionStepId: stepId,
        amount: "1000.00",
        description: "Cached-read check",
      },
    });
    expect(added.json!.data!.createBudgetLine).toEqual({ userErrors: [] });
    // Sent the moment the mutation's answer came back: no wait for the database's notice.
    const after = await send("ADMINISTRATOR", FUNDING);
    expect(Number(total(after)) - Number(total(first))).toBeCloseTo(1000, 2);
    expect(after.etag).not.toBe(first.etag);
  });

  it("drops an answer when the database changes underneath the API", async () => {
    const before = await send("ADMINISTRATOR", SCHOOLS);
    const nodes = (before.json!.data!.schools as { nodes: { id: string; enrollment: number }[] })
      .nodes;
    const school = nodes[0]!;
    expect((await send("ADMINISTRATOR", SCHOOLS)).text).toBe(before.text);
    const raw = Buffer.from(school.id, "base64url").toString("utf8").split(":")[1]!;
    await api.orm.em
      .getConnection()
      .execute(`update school set enrollment = enrollment + 7 where id = ?`, [raw]);
    await expect
      .poll(
        async () => {
          const r = await send("ADMINISTRATOR", SCHOOLS);
          return (
            r.json!.data!.schools as { nodes: { id: string; enrollment: number }[] }
          ).nodes.find((n) => n.id === school.id)!.enrollment;
        },
        { timeout: 15_000 },
      )
      .toBe(school.enrollment + 7);
  });

  it("answers 304 Not Modified to a client that holds the current answer, and the new one after a change", async () => {
    const first = await send("ADMINISTRATOR", FUNDING);
    expect(first.etag).toMatch(/^"[\w-]{27}"$/);
    const revalidated = await send("ADMINISTRATOR", FUNDING, {}, { "if-none-match": first.etag! });
    expect(revalidated.status).toBe(304);
    expect(revalidated.text).toBe("");
    await send("FEDERAL_PROGRAMS_DIRECTOR", ADD_LINE, {
      i: {
        fiscalYear: 2022,
        program: "TITLE_I_A",
        actionStepId: stepId,
        amount: "1.00",
        description: "ETag check",
      },
    });
    const changed = await send("ADMINISTRATOR", FUNDING, {}, { "if-none-match": first.etag! });
    expect(changed.status).toBe(200);
    expect(Number(total(changed)) - Number(total(first))).toBeCloseTo(1, 2);
  });

  it("answers 304 after a write that left the answer as it was", async () => {
    const first = await send("ADMINISTRATOR", FUNDING);
    const made = await send("FINANCE_ANALYST", NEW_SCENARIO);
    expect(made.json!.data!.createScenario).toMatchObject({ userErrors: [] });
    // The district moved on, so the answer is computed again: the same bytes, the same ETag.
    const from = logs.length;
    const again = await send("ADMINISTRATOR", FUNDING, {}, { "if-none-match": first.etag! });
    expect(again.status).toBe(304);
    expect(again.etag).toBe(first.etag);
    expect(hitsOf("CachedFunding", from)).toBe(0);
  });

  it("caches a query sent by GET too, so an HTTP cache can revalidate it", async () => {
    const url = `${api.url}/graphql?query=${encodeURIComponent(String(FUNDING))}`;
    const get = (headers: Record<string, string> = {}) =>
      fetch(url, {
        headers: {
          cookie: cookies.get("ADMINISTRATOR")!,
          "apollo-require-preflight": "true",
          ...headers,
        },
      });
    const first = await get();
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    const body = await first.text();
    expect(body).toBe((await send("ADMINISTRATOR", FUNDING)).text);
    await expect
      .poll(
        async () => {
          const from = logs.length;
          expect(await (await get()).text()).toBe(body);
          return hitsOf("CachedFunding", from);
        },
        { timeout: 15_000 },
      )
      .toBe(1);
    expect((await get({ "if-none-match": etag })).status).toBe(304);
  });

  it("keeps each role's answer apart: a school leader never gets the district's list", async () => {
    const district = await send("ADMINISTRATOR", SCHOOLS);
    const leader = await send("SCHOOL_LEADER", SCHOOLS);
    const count = (r: typeof district) =>
      (r.json!.data!.schools as { totalCount: number }).totalCount;
    expect(count(district)).toBeGreaterThan(1);
    expect(count(leader)).toBe(1);
    expect(count(await send("SCHOOL_LEADER", SCHOOLS))).toBe(1);
  });

  it("never keeps an answer that depends on who is asking", async () => {
    const from = logs.length;
    const a = await send("ADMINISTRATOR", WITH_VIEWER);
    const b = await send("VIEWER", WITH_VIEWER);
    expect((a.json!.data!.me as { name: string }).name).toBe("admin@demo.allot.example");
    expect((b.json!.data!.me as { name: string }).name).toBe("viewer@demo.allot.example");
    await send("ADMINISTRATOR", WITH_VIEWER);
    expect(hitsOf("CachedWithViewer", from)).toBe(0);
    expect((await send("ADMINISTRATOR", WITH_VIEWER)).etag).not.toMatch(/^"[\w-]{27}"$/);
  });
});

describe("automatic persisted queries", () => {
  const text = String(FUNDING);
  const hash = createHash("sha256").update(text).digest("hex");
  const persisted = { persistedQuery: { version: 1, sha256Hash: hash } };
  const post = async (body: Record<string, unknown>, cookie?: string) => {
    const res = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
    return {
      status: res.status,
      json: (await res.json()) as {
        data?: { fundingByActionStep: { total: string } };
        errors?: { message: string; extensions: { code: string } }[];
      },
    };
  };
  const admin = () => cookies.get("ADMINISTRATOR")!;

  it("asks for the document once, then answers its hash alone", async () => {
    const unknownHash = createHash("sha256").update(`${text} `).digest("hex");
    const unknown = await post(
      { extensions: { persistedQuery: { version: 1, sha256Hash: unknownHash } } },
      admin(),
    );
    expect(unknown.status).toBe(200);
    expect(unknown.json.errors?.[0]?.extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");

    const registered = await post({ query: text, extensions: persisted }, admin());
    expect(registered.json.data?.fundingByActionStep.total).toMatch(/^\d+\.\d{2}$/);
    const byHash = await post({ extensions: persisted }, admin());
    expect(byHash.json).toEqual(registered.json);
  });

  it("measures a document sent by hash as if its text were sent", async () => {
    await post({ query: text, extensions: persisted }, admin());
    // Signed out, the gate refuses anything but the public fields: it read the document.
    const anonymous = await post({ extensions: persisted });
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
  });

  it("refuses a hash that is not the document's, and a hash-only GET", async () => {
    const wrong = createHash("sha256").update("query { __typename }").digest("hex");
    const mismatch = await post(
      { query: text, extensions: { persistedQuery: { version: 1, sha256Hash: wrong } } },
      admin(),
    );
    expect(mismatch.status).toBe(400);
    expect(mismatch.json.errors?.[0]?.message).toBe("provided sha does not match query");
    const get = await fetch(
      `${api.url}/graphql?extensions=${encodeURIComponent(JSON.stringify(persisted))}`,
      { headers: { cookie: admin(), "apollo-require-preflight": "true" } },
    );
    expect(get.status).toBe(400);
    expect(((await get.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(
      /by POST/,
    );
  });
});
