import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

import { describe, expect, inject, it } from "vitest";

import { createTestDatabase, freePort } from "@allot/db/testing";

describe("several API processes behind one port", () => {
  it("ALLOT_WORKERS=2 serves from two processes, replaces one that dies, and stops them all on SIGTERM", async () => {
    const db = await createTestDatabase(inject("adminUrl"));
    const port = await freePort();
    const main = fileURLToPath(new URL("../../dist/main.js", import.meta.url));
    const child = spawn(process.execPath, [main], {
      env: {
        ...process.env,
        DATABASE_URL: db.url,
        ALLOT_WORKERS: "2",
        PORT: String(port),
        HOST: "127.0.0.1",
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    const ready = () => [...out.matchAll(/API process (\d+) ready/g)].map((m) => Number(m[1]));
    try {
      await expect.poll(() => ready().length, { timeout: 60_000, interval: 200 }).toBe(2);
      for (let i = 0; i < 6; i++)
        expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
      // Whichever process answers a scrape, the metrics add up both: 8 requests spread over two
      // processes count 8 (new connections each, so both processes take some).
      for (let i = 0; i < 8; i++) {
        await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", connection: "close" },
          body: JSON.stringify({ query: "query Counted { signInOptions { password } }" }),
        });
      }
      for (let i = 0; i < 3; i++) {
        const text = await (
          await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { connection: "close" } })
        ).text();
        expect(text).toMatch(
          /allot_graphql_request_duration_seconds_count\{operation="Counted",type="query",outcome="ok"\} 8\b/,
        );
      }
      process.kill(ready()[0]!, "SIGKILL");
      await expect.poll(() => ready().length, { timeout: 30_000, interval: 200 }).toBe(3);
      expect(out).toMatch(/ended \(SIGKILL\); starting another/);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(out.match(/\[allot\] stopped/g)?.length).toBe(3); // two workers, then the supervisor
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
      await db.drop();
    }
  }, 120_000); // starts, kills and replaces real processes: room on a busy two-core machine

  it("the default start supervises its one API process: one that dies is replaced", async () => {
    const db = await createTestDatabase(inject("adminUrl"));
    const port = await freePort();
    const main = fileURLToPath(new URL("../../dist/main.js", import.meta.url));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: db.url,
      PORT: String(port),
      HOST: "127.0.0.1",
    };
    delete env.ALLOT_WORKERS;
    const child = spawn(process.execPath, [main], { env, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    const ready = () => [...out.matchAll(/API process (\d+) ready/g)].map((m) => Number(m[1]));
    try {
      // A fresh database is migrated and seeded before the first process is ready: on a busy
      // two-core machine that has taken over 30 s.
      await expect.poll(() => ready().length, { timeout: 60_000, interval: 200 }).toBe(1);
      expect(ready()[0]).not.toBe(child.pid);
      process.kill(ready()[0]!, "SIGKILL"); // as the kernel does to a process out of memory
      await expect.poll(() => ready().length, { timeout: 60_000, interval: 200 }).toBe(2);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
      await db.drop();
    }
  }, 180_000);
});
