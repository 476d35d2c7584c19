import { afterAll, beforeAll, describe, expect, it } from "vitest";
import http from "node:http";
import { performance } from "node:perf_hooks";
import type { AddressInfo } from "node:net";
import { createApp } from "../app.js";
import { DEMO_USERS } from "../modules/auth/demo-users.js";
import { LIMITS } from "../modules/limits/limits.plugin.js";
import { signInAs, startTestApi, TEST_SESSION_SECRET, type TestApi } from "./api.js";

let api: TestApi;
let cookie: string;
beforeAll(async () => {
  api = await startTestApi();
  cookie = await signInAs(api.url, DEMO_USERS[0]!.email);
});
afterAll(() => api?.close());

/** Posts raw bytes; `ms` is the time until the server's answer starts (what the server spends). */
function post(body: string, headers: Record<string, string> = { "content-type": "application/json" }): Promise<{ status: number; text: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const req = http.request(`${api.url}/graphql`, { method: "POST", headers: { cookie, "content-length": Buffer.byteLength(body), ...headers } }, (res) => {
      const ms = performance.now() - t;
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8"), ms }));
    });
    // The server may answer (413) and close before the whole body is sent.
    req.on("error", (e: NodeJS.ErrnoException) => (e.code === "EPIPE" || e.code === "ECONNRESET" ? undefined : reject(e)));
    req.end(body);
  });
}

describe("abusive requests are refused fast, before they cost anything", () => {
  const cases: [string, () => string, Record<string, string> | undefined, number, RegExp][] = [
    ["300,000 aliases (over the body limit)", () => JSON.stringify({ query: `{ ${Array.from({ length: 300_000 }, (_, i) => `a${i}: __typename`).join(" ")} }` }), undefined, 413, /over 2097152 bytes/],
    ["2,000 aliases (over the token limit)", () => JSON.stringify({ query: `{ ${Array.from({ length: 2_000 }, (_, i) => `a${i}: __typename`).join(" ")} }` }), undefined, 400, /tokens/],
    ["100 aliases (over the alias limit)", () => JSON.stringify({ query: `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: me { name }`).join(" ")} }` }), undefined, 400, /Aliases limit of 30 exceeded/],
    ["depth 50", () => JSON.stringify({ query: `{ ${"a { ".repeat(50)}b${" }".repeat(50)} }` }), undefined, 400, /[Dd]epth limit of 12 exceeded/],
    ["a 2.2 MB string", () => JSON.stringify({ query: "query($s: String) { me { name } }", variables: { s: "x".repeat(2_200_000) } }), undefined, 413, /over 2097152 bytes/],
    ["a batched array", () => JSON.stringify([{ query: "{ me { name } }" }, { query: "{ me { name } }" }]), undefined, 400, /batching disabled/i],
    ["a text/plain POST", () => JSON.stringify({ query: "{ me { name } }" }), { "content-type": "text/plain" }, 400, /(?:CSRF|content-type)/i],
  ];
  for (const [name, body, headers, status, message] of cases) {
    it(`refuses ${name}`, async () => {
      const text = body();
      await post(text, headers); // warm the path once; the timed try is the second
      const r = await post(text, headers);
      expect([r.status, r.text]).toEqual([status, expect.stringMatching(message)]);
      expect(r.ms).toBeLessThan(200);
    });
  }

  it("reports each query's cost and refuses one over the limit, aliases included", async () => {
    const ok = JSON.parse((await post(JSON.stringify({ query: "{ schools(first: 100) { nodes { id name enrollment } } }" }))).text) as { extensions: { cost: { requested: number; limit: number } } };
    expect(ok.extensions.cost).toEqual({ requested: 1 + 100 * (1 + 3), limit: LIMITS.maxCost });
    const many = Array.from({ length: 25 }, (_, i) => `s${i}: schools(first: 100) { nodes { id name enrollment lowIncome englishLearners homeless foster migrant level } }`).join(" ");
    const r = await post(JSON.stringify({ query: `{ ${many} }` }));
    expect(r.status).toBe(400);
    expect(r.text).toMatch(/estimated cost is 25025, over the limit of 25000/);
  });
});

describe("rate limits", () => {
  it("answer 429 with Retry-After once a caller spends their minute", async () => {
    const small = await startTestApi({ app: { rateLimit: { perMinute: 5, anonymousPerMinute: 3 } } });
    try {
      const me = small.as("VIEWER");
      await me("{ me { name } }"); // signing in is one anonymous request; this is the first of five
      for (let i = 0; i < 4; i++) expect((await me("{ me { name } }")).status).toBe(200);
      const refused = await fetch(`${small.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", cookie: await signInAs(small.url, "viewer@demo.allot.example") }, body: JSON.stringify({ query: "{ me { name } }" }) });
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
    const b = await createApp({ orm: a.orm, adminDist: "/nonexistent", sessionSecret: TEST_SESSION_SECRET, rateLimit, log: () => undefined });
    await new Promise<void>((r) => b.server.listen(0, "127.0.0.1", r));
    try {
      const cookie = await signInAs(a.url, "viewer@demo.allot.example");
      const ask = async (base: string) =>
        (await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", cookie }, body: JSON.stringify({ query: "{ me { name } }" }) })).status;
      const bUrl = `http://127.0.0.1:${(b.server.address() as AddressInfo).port}`;
      // One budget of four for this person, whichever process answers.
      expect([await ask(a.url), await ask(bUrl), await ask(a.url), await ask(bUrl), await ask(a.url), await ask(bUrl)]).toEqual([200, 200, 200, 200, 429, 429]);
    } finally {
      await b.stop();
      await a.close();
    }
  });
});
