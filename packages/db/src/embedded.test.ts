import { execFileSync, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

import { ensureDatabase, repoRoot } from "./connection.js";
import { freePort, startEmbeddedPostgres } from "./embedded.js";

// These start their own clusters, so they run only in the default (embedded) mode.
const dir = mkdtempSync(path.join(repoRoot(), ".data", "embedded-test-"));
chmodSync(dir, 0o755); // PostgreSQL runs as another user when we are root
const dataDir = path.join(dir, "pg");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function query(url: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as Record<string, unknown>[];
  } finally {
    await client.end();
  }
}

describe.skipIf(Boolean(process.env.DATABASE_URL))("embedded PostgreSQL", () => {
  it("keeps data across a restart", async () => {
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir, port });
    const url = await ensureDatabase(first.adminUrl, "allot");
    await query(url, "create table kept (note text)");
    await query(url, "insert into kept values ($1)", ["FY2022 plan"]);
    await first.stop();
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);

    const second = await startEmbeddedPostgres({ dataDir, port });
    try {
      expect(await query(url, "select note from kept")).toEqual([{ note: "FY2022 plan" }]);
    } finally {
      await second.stop();
    }
  });

  it("recovers after a crash that left a stale postmaster.pid", async () => {
    const port = await freePort();
    const server = await startEmbeddedPostgres({ dataDir, port });
    const pid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    execFileSync("kill", ["-9", String(pid)]);
    for (let i = 0; i < 50 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(true);
    await server.stop();

    const again = await startEmbeddedPostgres({ dataDir, port });
    try {
      const url = await ensureDatabase(again.adminUrl, "allot");
      expect(await query(url, "select note from kept")).toEqual([{ note: "FY2022 plan" }]);
    } finally {
      await again.stop();
    }
  });

  it("shares the server another live process runs on the same data directory (a command-line tool beside the server)", async () => {
    const port = await freePort();
    const owner = await startEmbeddedPostgres({ dataDir, port });
    try {
      const tool = await startEmbeddedPostgres({ dataDir, port: await freePort() });
      expect(tool.port).toBe(port);
      await tool.stop(); // the tool's stop leaves the owner's server running
      const url = await ensureDatabase(owner.adminUrl, "allot");
      expect(await query(url, "select count(*)::int as n from kept")).toEqual([{ n: 1 }]);
    } finally {
      await owner.stop();
    }
  });

  it("shuts down an orphaned server whose parent was killed, then starts", async () => {
    const port = await freePort();
    // A parent process that starts the server and is then killed outright.
    const script = `import(${JSON.stringify(new URL("../dist/embedded.js", import.meta.url).href)}).then((m) => m.startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${port} })).then(() => { console.log("up"); setInterval(() => {}, 1000); });`;
    const parent = spawn(process.execPath, ["-e", script], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve) =>
      parent.stdout.on("data", (d: Buffer) => d.toString().includes("up") && resolve()),
    );
    parent.kill("SIGKILL");
    await new Promise((r) => parent.once("exit", r));
    const next = await startEmbeddedPostgres({ dataDir, port });
    try {
      const url = await ensureDatabase(next.adminUrl, "allot");
      expect(await query(url, "select count(*)::int as n from kept")).toEqual([{ n: 1 }]);
    } finally {
      await next.stop();
    }
  });

  it("says which port is taken instead of failing obscurely", async () => {
    const port = await freePort();
    const blocker = (await import("node:net")).createServer().listen(port, "127.0.0.1");
    try {
      await expect(startEmbeddedPostgres({ dataDir, port })).rejects.toThrow(
        `port ${port} is taken`,
      );
    } finally {
      blocker.close();
    }
  });
});

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
