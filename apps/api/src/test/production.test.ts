import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { DEVELOPMENT_SESSION_SECRET, productionProblems, readEnv } from "../env.js";
import { startTestApi } from "./api.js";

describe("production mode", () => {
  it("names every reason it will not start", () => {
    const env = (extra: Record<string, string>) => readEnv({ NODE_ENV: "production", ALLOT_DEMO_SEED: "false", ...extra });
    expect(productionProblems(env({}), 0)).toEqual(["SESSION_SECRET is not set"]);
    expect(productionProblems(env({ SESSION_SECRET: DEVELOPMENT_SESSION_SECRET }), 0)).toEqual(["SESSION_SECRET is the development default"]);
    expect(productionProblems(env({ SESSION_SECRET: "a".repeat(40), ALLOT_DEMO_SEED: "true" }), 5)).toEqual([
      "ALLOT_DEMO_SEED must be false",
      "5 demo user(s) exist: delete them (pnpm allot users:remove-demo)",
    ]);
    expect(productionProblems(env({ SESSION_SECRET: "a".repeat(40) }), 0)).toEqual([]);
    expect(() => readEnv({ SESSION_SECRET: "short" })).toThrow(/SESSION_SECRET: must be at least 32 characters/);
  });

  it("refuses to start with demo users in the database", async () => {
    const api = await startTestApi();
    try {
      const main = fileURLToPath(new URL("../../dist/main.js", import.meta.url));
      const run = promisify(execFile)("node", [main], {
        env: { ...process.env, NODE_ENV: "production", DATABASE_URL: api.orm.config.get("clientUrl")!, SESSION_SECRET: "p".repeat(40), ALLOT_DEMO_SEED: "false", PORT: "0" },
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
});
