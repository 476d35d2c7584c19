import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

import { describe, expect, it } from "vitest";

import { DEVELOPMENT_SESSION_SECRET, productionProblems, readEnv } from "../env.js";
import { startTestApi } from "./api.js";

describe("production mode", () => {
  it("names every reason it will not start", () => {
    const env = (extra: Record<string, string>) =>
      readEnv({ NODE_ENV: "production", ALLOT_DEMO_SEED: "false", ...extra });
    expect(productionProblems(env({}), 0)).toEqual(["SESSION_SECRET is not set"]);
    expect(productionProblems(env({ SESSION_SECRET: DEVELOPMENT_SESSION_SECRET }), 0)).toEqual([
      "SESSION_SECRET is the development default",
    ]);
    expect(
      productionProblems(env({ SESSION_SECRET: "a".repeat(40), ALLOT_DEMO_SEED: "true" }), 5),
    ).toEqual([
      "ALLOT_DEMO_SEED must be false",
      "5 demo user(s) exist: delete them (pnpm allot users:remove-demo)",
    ]);
    expect(productionProblems(env({ SESSION_SECRET: "a".repeat(40) }), 0)).toEqual([]);
    expect(() => readEnv({ SESSION_SECRET: "short" })).toThrow(
      /SESSION_SECRET: must be at least 32 characters/,
    );
  });

  it("refuses to start with demo users in the database", async () => {
    const api = await startTestApi();
    try {
      const main = fileURLToPath(new URL("../../dist/main.js", import.meta.url));
      const run = promisify(execFile)("node", [main], {
        env: {
          ...process.env,
          NODE_ENV: "production",
          DATABASE_URL: api.orm.config.get("clientUrl")!,
          SESSION_SECRET: "p".repeat(40),
          ALLOT_DEMO_SEED: "false",
          PORT: "0",
        },
      });
      await expect(run).rejects.toThrow(/refusing to start in production: 5 demo user\(s\) exist/);
    } finally {
      await api.close();
    }
  });

  it("hides internals: no introspection, no stack traces, unexpected errors answered with the request id only", async () => {
    const api = await startTestApi({ app: { production: true } });
    try {
      const intro = await api.gql("{ __schema { types { name } } }");
      expect(intro.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
      // An unexpected failure: the table is gone.
      await api.orm.em.getConnection().execute("alter table school rename to school_away");
      const r = await api.gql("{ schools { totalCount } }");
      await api.orm.em.getConnection().execute("alter table school_away rename to school");
      const error = r.errors![0]!;
      expect(error.message).toMatch(/^Internal error\. Quote request [\w-]+ when reporting it\.$/);
      expect(JSON.stringify(r)).not.toMatch(/school_away|stacktrace|relation/);
      expect(error.extensions?.requestId).toBeTruthy();
    } finally {
      await api.close();
    }
  });

  it("shows nothing it need not: no suggestions, the federation schema only to administrators, no open metrics", async () => {
    const api = await startTestApi({ app: { production: true } });
    try {
      const typo = await api.gql("{ schoolz { totalCount } }");
      expect(typo.errors?.[0]?.message).toBeTruthy();
      expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean|schools/);
      const viewer = await api.as("VIEWER")("{ _service { sdl } }");
      expect([viewer.status, viewer.errors?.[0]?.extensions?.code]).toEqual([403, "FORBIDDEN"]);
      const admin = await api.gql<{ _service: { sdl: string } }>("{ _service { sdl } }");
      expect(admin.data?._service.sdl).toContain("type School");
      expect((await fetch(`${api.url}/metrics`)).status).toBe(404);
    } finally {
      await api.close();
    }
  });

  it("serves the admin app with security headers: its own scripts only, no framing, no sniffing, HSTS", async () => {
    const dist = mkdtempSync(path.join(tmpdir(), "allot-admin-"));
    mkdirSync(path.join(dist, "assets"));
    writeFileSync(path.join(dist, "index.html"), "<!doctype html><title>Allot</title>");
    const api = await startTestApi({ seed: false, app: { production: true, adminDist: dist } });
    try {
      const res = await fetch(`${api.url}/funding/2022`);
      expect(res.status).toBe(200);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(res.headers.get("strict-transport-security")).toMatch(/max-age=31536000/);
      const graphql = await fetch(`${api.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ signInOptions { password } }" }),
      });
      expect(graphql.headers.get("x-content-type-options")).toBe("nosniff");
    } finally {
      await api.close();
    }
  });
});
