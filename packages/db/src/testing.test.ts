import { spawnSync } from "node:child_process";

import { describe, expect, it } from "vitest";

// A test run that failed must exit non-zero whichever server it used: CI trusts the exit code.
// The child loads the built test helpers (tests run after the build) as a test run's global setup
// does, then ends the way vitest ends a failed run (process.exitCode = 1, no explicit exit).
const child = (env: Record<string, string>) =>
  spawnSync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `const { startTestServer } = await import(${JSON.stringify(new URL("../dist/testing.js", import.meta.url).href)});
       const server = await startTestServer();
       await server.stop();
       process.exitCode = 1;`,
    ],
    { env: { ...process.env, ...env }, encoding: "utf8", timeout: 120_000 },
  );

describe("a failed test run", () => {
  it("exits non-zero against DATABASE_URL, with the embedded server's exit hook loaded", () => {
    const r = child({ DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" });
    expect(r.stderr).not.toMatch(/Error/);
    expect(r.status).toBe(1);
  });
});
