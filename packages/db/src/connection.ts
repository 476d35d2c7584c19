import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import pg from "pg";

import { startEmbeddedPostgres, type RunningPostgres } from "./embedded.js";

export const DEFAULT_EMBEDDED_PORT = 54320;

/** The repository root (where pnpm-workspace.yaml is), home of the gitignored `.data/` folder. */
export function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, "pnpm-workspace.yaml"))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

export interface DatabaseHandle {
  /** Where the application connects. */
  url: string;
  /** The embedded server, when one was started (no DATABASE_URL). */
  embedded: RunningPostgres | null;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** Use this server instead of the embedded one. */
  databaseUrl?: string | undefined;
  dataDir?: string;
  port?: number;
  databaseName?: string;
  onLog?: (line: string) => void;
}

/**
 * With a DATABASE_URL, that server. Without, a real PostgreSQL embedded in the repository whose
 * data lives in `.data/postgres` and survives restarts.
 */
export async function openDatabase(o: OpenDatabaseOptions = {}): Promise<DatabaseHandle> {
  if (o.databaseUrl) {
    return { url: o.databaseUrl, embedded: null, close: async () => {} };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: o.dataDir ?? path.join(repoRoot(), ".data", "postgres"),
    port: o.port ?? DEFAULT_EMBEDDED_PORT,
    ...(o.onLog ? { onLog: o.onLog } : {}),
  });
  try {
    const url = await ensureDatabase(embedded.adminUrl, o.databaseName ?? "allot");
    return { url, embedded, close: () => embedded.stop() };
  } catch (e) {
    await embedded.stop();
    throw e;
  }
}

/** Creates the database on the server of `adminUrl` if it is missing; returns its URL. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name))
    throw new Error(`database name "${name}" must be lower-case letters, digits and _`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  return withDatabaseName(adminUrl, name);
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabaseName(adminUrl, "postgres") });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await client.end();
  }
}

export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A fresh, uniquely named database on the server of `adminUrl`, for tests and tools. */
export async function createScratchDatabase(
  adminUrl: string,
  prefix: string,
): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const url = await ensureDatabase(withDatabaseName(adminUrl, "postgres"), name);
  return { url, name, drop: () => dropDatabase(adminUrl, name) };
}

/** Runs `fn` on a scratch database (on DATABASE_URL's server, or a started embedded one). */
export async function withDatabase(
  o: { purpose: string },
  fn: (clientUrl: string) => Promise<void>,
): Promise<void> {
  const handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
  const adminUrl = handle.embedded ? handle.embedded.adminUrl : handle.url;
  const scratch = await createScratchDatabase(adminUrl, `allot_${o.purpose}`);
  try {
    await fn(scratch.url);
  } finally {
    await scratch.drop();
    await handle.close();
  }
}
