import http from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createApp } from "../../app.js";
import { DEMO_USERS } from "../../modules/auth/demo-users.js";
import { signInAs, startTestApi, TEST_SESSION_SECRET, type TestApi } from "../../test/api.js";
import { LIMITS } from "./limits.plugin.js";

let api: TestApi;
let cookie: string;
beforeAll(async () => {
  api = await startTestApi();
  cookie = await signInAs(api.url, DEMO_USERS[0]!.email);
});
afterAll(() => api?.close());

/** Posts raw bytes, signed in as the administrator unless other headers say otherwise. */
function post(
  body: string,
  headers: Record<string, string> = { "content-type": "application/json" },
  as = cookie,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${api.url}/graphql`,
      {
        method: "POST",
        headers: {
          ...(as ? { cookie: as } : {}),
          "content-length": Buffer.byteLength(body),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }),
        );
      },
    );
    // The server may answer (413) and close before the whole body is sent.
    req.on("error", (e: NodeJS.ErrnoException) =>
      e.code === "EPIPE" || e.code === "ECONNRESET" ? undefined : reject(e),
    );
    req.end(body);
  });
}

describe("abusive requests are refused before they cost anything", () => {
  const cases: [string, () => string, Record<string, string> | undefined, number, RegExp][] = [
    [
      "300,000 aliases (over the body limit)",
      () =>
        JSON.stringify({
          query: `{ ${Array.from({ length: 300_000 }, (_, i) => `a${i}: __typename`).join(" ")} }`,
        }),
      undefined,
      413,
      /over 2097152 bytes/,
    ],
    [
      "2,000 aliases (over the token limit)",
      () =>
        JSON.stringify({
          query: `{ ${Array.from({ length: 2_000 }, (_, i) => `a${i}: __typename`).join(" ")} }`,
        }),
      undefined,
      400,
      /tokens/,
    ],
    [
      "100 aliases (over the alias limit)",
      () =>
        JSON.stringify({
          query: `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: me { name }`).join(" ")} }`,
        }),
      undefined,
      400,
      /Aliases limit of 30 exceeded/,
    ],
    [
      "depth 50",
      () => JSON.stringify({ query: `{ ${"a { ".repeat(50)}b${" }".repeat(50)} }` }),
      undefined,
      400,
      /[Dd]epth limit of 12 exceeded/,
    ],
    [
      "a 2.2 MB string",
      () =>
        JSON.stringify({
          query: "query($s: String) { me { name } }",
          variables: { s: "x".repeat(2_200_000) },
        }),
      undefined,
      413,
      /over 2097152 bytes/,
    ],
    [
      "a batched array",
      () => JSON.stringify([{ query: "{ me { name } }" }, { query: "{ me { name } }" }]),
      undefined,
      400,
      /batching disabled/i,
    ],
    [
      "a text/plain POST",
      () => JSON.stringify({ query: "{ me { name } }" }),
      { "content-type": "text/plain" },
      400,
      /(?:CSRF|content-type)/i,
    ],
  ];
  for (const [name, body, headers, status, message] of cases) {
    it(`refuses ${name}`, async () => {
      const r = await post(body(), headers);
      expect([r.status, r.text]).toEqual([status, expect.stringMatching(message)]);
    });
  }

  it("reports each query's cost and refuses one over the limit, aliases included", async () => {
    const ok = JSON.parse(
      (
        await post(
          JSON.stringify({ query: "{ schools(first: 100) { nodes { id name enrollment } } }" }),
        )
      ).text,
    ) as { extensions: { cost: { requested: number; limit: number } } };
    expect(ok.extensions.cost).toEqual({ requested: 1 + 100 * (1 + 3), limit: LIMITS.maxCost });
    const many = Array.from(
      { length: 25 },
      (_, i) =>
        `s${i}: schools(first: 100) { nodes { id name enrollment lowIncome englishLearners homeless foster migrant level } }`,
    ).join(" ");
    const r = await post(JSON.stringify({ query: `{ ${many} }` }));
    expect(r.status).toBe(400);
    expect(r.text).toMatch(/estimated cost is 25025, over the limit of 25000/);
  });
});

/** A document of 4 KB whose fragments double at each level: 2^40 fields if each spread is walked again. */
function fragmentBomb(leaf = "__typename", levels = 40): string {
  const fragments = Array.from(
    { length: levels },
    (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
  );
  return `query { ...F0 } ${fragments.join(" ")} fragment F${levels} on Query { ${leaf} }`;
}

describe("work is bounded by the document before anything runs", () => {
  it("refuses a signed-out caller's fragment bomb with 401 at once, and answers others meanwhile", async () => {
    const [bomb, other] = await Promise.all([
      post(JSON.stringify({ query: fragmentBomb("fiscalYears { year }") }), undefined, ""),
      api.as("VIEWER")("{ me { name } }"),
    ]);
    expect([bomb.status, bomb.text]).toEqual([401, expect.stringMatching(/UNAUTHENTICATED/)]);
    expect(other.status).toBe(200);
  });

  it("refuses a signed-in caller's fragment bomb as unbounded in cost, each fragment costed once", async () => {
    const r = await post(JSON.stringify({ query: fragmentBomb() }));
    expect(r.status).toBe(400);
    expect(JSON.parse(r.text)).toMatchObject({
      errors: [{ extensions: { code: "QUERY_TOO_COSTLY", cost: { requested: 2 ** 40 } } }],
    });
  });

  it("counts a list sized by a variable at its length: ten _entities aliases over 20,000 representations are refused", async () => {
    const representations = Array.from({ length: 20_000 }, (_, i) => ({
      __typename: "School",
      ncesId: String(130000000000 + i),
    }));
    const aliases = Array.from(
      { length: 10 },
      (_, i) => `e${i}: _entities(representations: $r) { ... on School { id name } }`,
    ).join(" ");
    const r = await api.as("VIEWER")(`query($r: [_Any!]!) { ${aliases} }`, { r: representations });
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: "QUERY_TOO_COSTLY",
      cost: { requested: 10 * (1 + 20_000 * 2) },
    });
  });

  it("counts a list without `first` at the district's real size: thirty aliases of scenarios with results are refused", async () => {
    for (const name of ["a", "b", "c"]) {
      const r = await api.as("FINANCE_ANALYST")(
        `mutation($i: CreateScenarioInput!) { createScenario(input: $i) { userErrors { message } } }`,
        { i: { fiscalYear: 2022, name, source: "EMPTY" } },
      );
      expect(r.status).toBe(200);
    }
    const one =
      "scenarios(fiscalYear: 2022) { id result { schools { school { name } allocations { program amount } } } }";
    const single = await api.as("VIEWER")(`{ ${one} }`);
    expect(single.status).toBe(200);
    // 3 scenarios x (id + result + 68 schools x (school + name + allocations + 7 x 2 fields)); 30 times that is over.
    expect(single.extensions?.cost).toEqual({
      requested: 1 + 3 * (1 + 1 + (1 + 68 * (2 + 1 + 7 * 2))),
      limit: LIMITS.maxCost,
    });
    const thirty = await api.as("VIEWER")(
      `{ ${Array.from({ length: 30 }, (_, i) => `s${i}: ${one}`).join(" ")} }`,
    );
    expect([thirty.status, thirty.errors?.[0]?.extensions?.code]).toEqual([
      400,
      "QUERY_TOO_COSTLY",
    ]);
  });

  it("takes one mutation per request, so an answer speaks for everything the request did", async () => {
    const before = await api.gql<{ scenarios: unknown[] }>(
      "{ scenarios(fiscalYear: 2022) { id } }",
    );
    const two = await api.as("FINANCE_ANALYST")(
      `mutation($i: CreateScenarioInput!) { a: createScenario(input: $i) { userErrors { message } } b: createScenario(input: $i) { userErrors { message } } }`,
      { i: { fiscalYear: 2022, name: "twice", source: "EMPTY" } },
    );
    expect([two.status, two.errors?.[0]?.extensions?.code]).toEqual([
      400,
      "ONE_MUTATION_PER_REQUEST",
    ]);
    const after = await api.gql<{ scenarios: unknown[] }>("{ scenarios(fiscalYear: 2022) { id } }");
    expect(after.data?.scenarios).toHaveLength(before.data!.scenarios.length);
  });

  it("refuses thirty signIn aliases in one document: one password tried per request", async () => {
    const tries = Array.from(
      { length: 30 },
      (_, i) =>
        `t${i}: signIn(input: { email: "viewer@demo.allot.example", password: "guess-${i}" }) { userErrors { message } }`,
    ).join(" ");
    const r = await api.anonymous(`mutation { ${tries} }`);
    expect([r.status, r.errors?.[0]?.extensions?.code]).toEqual([400, "ONE_MUTATION_PER_REQUEST"]);
  });

  it("bounds the variables: more values than the limit are refused", async () => {
    const r = await api.as("VIEWER")("query($x: [Int!]) { me { name } }", {
      x: Array.from({ length: LIMITS.maxVariableValues + 1 }, () => 1),
    });
    expect([r.status, r.errors?.[0]?.extensions?.code]).toEqual([400, "VARIABLES_TOO_LARGE"]);
  });
});

describe("rate limits", () => {
  it("answer 429 with Retry-After once a caller spends their minute", async () => {
    const small = await startTestApi({
      app: { rateLimit: { perMinute: 5, anonymousPerMinute: 3 } },
    });
    try {
      const me = small.as("VIEWER");
      await me("{ me { name } }"); // signing in is one anonymous request; this is the first of five
      for (let i = 0; i < 4; i++) expect((await me("{ me { name } }")).status).toBe(200);
      const refused = await fetch(`${small.url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          cookie: await signInAs(small.url, "viewer@demo.allot.example"),
        },
        body: JSON.stringify({ query: "{ me { name } }" }),
      });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      // Another person has their own budget.
      expect((await small.as("FINANCE_ANALYST")("{ me { name } }")).status).toBe(200);
    } finally {
      await small.close();
    }
  });

  it.runIf(process.env.REDIS_URL)("are shared between API processes through Redis", async () => {
    const rateLimit = { perMinute: 4, redisUrl: process.env.REDIS_URL };
    const a = await startTestApi({ app: { rateLimit } });
    // A second process over the same database and Redis.
    const b = await createApp({
      orm: a.orm,
      adminDist: "/nonexistent",
      sessionSecret: TEST_SESSION_SECRET,
      rateLimit,
      log: () => undefined,
    });
    await new Promise<void>((r) => b.server.listen(0, "127.0.0.1", r));
    try {
      const cookie = await signInAs(a.url, "viewer@demo.allot.example");
      const ask = async (base: string) =>
        (
          await fetch(`${base}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json", cookie },
            body: JSON.stringify({ query: "{ me { name } }" }),
          })
        ).status;
      const bUrl = `http://127.0.0.1:${(b.server.address() as AddressInfo).port}`;
      // One budget of four for this person, whichever process answers.
      expect([
        await ask(a.url),
        await ask(bUrl),
        await ask(a.url),
        await ask(bUrl),
        await ask(a.url),
        await ask(bUrl),
      ]).toEqual([200, 200, 200, 200, 429, 429]);
    } finally {
      await b.stop();
      await a.close();
    }
  });
});
