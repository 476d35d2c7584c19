import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { Piscina } from "piscina";

import type { HeavyResult, HeavyResults, HeavyTask } from "./heavy.worker.js";

/** What one task may use before it is stopped; the request that sent it alone is refused. */
export const WORK_LIMITS = {
  /** Seconds a file read or a plan parse may take. */
  fileSeconds: 30,
  /** Seconds an engine run may take. */
  engineSeconds: 60,
  /** The worker thread's V8 heap, MB. */
  heapMb: 256,
  /** Tasks waiting for a thread beyond this are refused as busy (503, retry). */
  maxQueue: 64,
} as const;

/** The work was stopped at a limit: too long, or too much memory. Nothing was written. */
export class WorkLimitExceeded extends Error {
  constructor(
    readonly limit: "time" | "memory",
    message: string,
  ) {
    super(message);
  }
}

/** Every thread is busy and the queue is full: the caller should retry shortly. */
export class WorkQueueFull extends Error {}

// Built code runs the built worker; under the test runner (sources) it runs the built one too.
const here = path.dirname(fileURLToPath(import.meta.url));
const built = path.join(here, "heavy.worker.js");
const workerFile = existsSync(built)
  ? built
  : path.resolve(here, "../../dist/workers/heavy.worker.js");

let pool: Piscina<HeavyTask, HeavyResult> | null = null;

function thePool(): Piscina<HeavyTask, HeavyResult> {
  // One thread fewer than the cores (at least one): the event loop keeps a core to answer others.
  pool ??= new Piscina<HeavyTask, HeavyResult>({
    filename: workerFile,
    name: "runHeavyTask",
    minThreads: 0,
    maxThreads: Math.max(1, availableParallelism() - 1),
    idleTimeout: 60_000,
    maxQueue: WORK_LIMITS.maxQueue,
    resourceLimits: { maxOldGenerationSizeMb: WORK_LIMITS.heapMb, maxYoungGenerationSizeMb: 32 },
  });
  return pool;
}

/** Runs a task in a worker thread within its time and memory limits. */
export async function offLoop<K extends HeavyTask["kind"]>(
  task: Extract<HeavyTask, { kind: K }>,
): Promise<HeavyResults[K]> {
  const seconds = task.kind === "scenario" ? WORK_LIMITS.engineSeconds : WORK_LIMITS.fileSeconds;
  try {
    // The worker answers each kind with its own result (heavy.worker.ts runHeavyTask).
    return (await thePool().run(task, {
      signal: AbortSignal.timeout(seconds * 1000),
    })) as HeavyResults[K];
  } catch (e) {
    const err = e as { name?: string; code?: string; message?: string };
    if (err.name === "AbortError" || err.name === "TimeoutError") {
      throw new WorkLimitExceeded("time", `It took longer than ${seconds} s and was stopped.`);
    }
    if (err.code === "ERR_WORKER_OUT_OF_MEMORY") {
      throw new WorkLimitExceeded(
        "memory",
        `It needed more than ${WORK_LIMITS.heapMb} MB of memory and was stopped.`,
      );
    }
    if (/queue is at limit/i.test(err.message ?? ""))
      throw new WorkQueueFull("Every worker is busy; try again in a moment.");
    throw e;
  }
}

/** Stops the threads (on shutdown). */
export async function closeWorkPool(): Promise<void> {
  const p = pool;
  pool = null;
  await p?.destroy();
}
