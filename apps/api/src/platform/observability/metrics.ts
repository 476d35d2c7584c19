import cluster from "node:cluster";

import type { ApolloServerPlugin } from "@apollo/server";
import type { MikroORM } from "@mikro-orm/postgresql";
import {
  AggregatorRegistry,
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
} from "prom-client";

import type { Context } from "../../context.js";

/**
 * Prometheus metrics of this process: GraphQL requests by operation (rate, latency, errors), the
 * database pool, and Node's own (CPU, memory, event loop lag, GC). Served at /metrics; with
 * ALLOT_WORKERS > 1 the answer adds up every API process (see clusterMetrics below).
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: "allot_" });

const requests = new Histogram({
  name: "allot_graphql_request_duration_seconds",
  help: "GraphQL requests: time from the request to the answer, by operation, type and outcome.",
  labelNames: ["operation", "type", "outcome"] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

const errors = new Counter({
  name: "allot_graphql_errors_total",
  help: "Errors in GraphQL answers, by operation and error code.",
  labelNames: ["operation", "code"] as const,
  registers: [registry],
});

// Operation names come from callers: a bounded set keeps a careless client from growing the series.
const MAX_OPERATIONS = 200;
const seenOperations = new Set<string>();
function operationLabel(name: string | null | undefined): string {
  const n = name && /^[_A-Za-z][_0-9A-Za-z]{0,63}$/.test(name) ? name : "anonymous";
  if (seenOperations.has(n)) return n;
  if (seenOperations.size >= MAX_OPERATIONS) return "other";
  seenOperations.add(n);
  return n;
}

/** An error's code as GraphQL answers it (INTERNAL_SERVER_ERROR when it has none). */
export function errorCode(e: { extensions?: Record<string, unknown> }): string {
  const code = e.extensions?.code;
  return typeof code === "string" ? code : "INTERNAL_SERVER_ERROR";
}

/** Counts a request the document gate refused before Apollo saw it, as the plugin below counts the others. */
export function recordRefusal(r: {
  operation: string | null;
  type: string | null;
  code: string;
  seconds: number;
}): void {
  const op = operationLabel(r.operation);
  requests.observe({ operation: op, type: r.type ?? "unknown", outcome: "error" }, r.seconds);
  errors.inc({ operation: op, code: r.code });
}

const cacheHits = new Counter({
  name: "allot_response_cache_hits_total",
  help: "GraphQL queries answered from the response cache, by operation.",
  labelNames: ["operation"] as const,
  registers: [registry],
});

/** A query answered from the response cache, which Apollo never saw. */
export function recordCacheHit(operation: string | null, seconds: number): void {
  const op = operationLabel(operation);
  requests.observe({ operation: op, type: "query", outcome: "ok" }, seconds);
  cacheHits.inc({ operation: op });
}

/** Times every GraphQL request and counts its errors, labelled by operation name and type. */
export function metricsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const end = requests.startTimer();
      return {
        async willSendResponse({ operation, operationName, errors: errs, response }) {
          const op = operationLabel(operationName ?? operation?.name?.value);
          const failed =
            (errs?.length ?? 0) > 0 ||
            (response.body.kind === "single" &&
              (response.body.singleResult.errors?.length ?? 0) > 0);
          end({
            operation: op,
            type: operation?.operation ?? "unknown",
            outcome: failed ? "error" : "ok",
          });
          for (const e of errs ?? []) errors.inc({ operation: op, code: errorCode(e) });
        },
      };
    },
  };
}

interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
  max: number;
}

const pools = new Map<string, () => TarnPool | undefined>();
const poolGauge = (name: string, help: string, read: (p: TarnPool) => number) =>
  new Gauge({
    name,
    help,
    labelNames: ["pool"] as const,
    registers: [registry],
    collect() {
      for (const [label, pool] of pools) {
        const p = pool();
        if (p) this.set({ pool: label }, read(p));
      }
    },
  });
poolGauge("allot_db_pool_connections_in_use", "Database connections running a statement.", (p) =>
  p.numUsed(),
);
poolGauge("allot_db_pool_connections_idle", "Open database connections waiting for work.", (p) =>
  p.numFree(),
);
poolGauge(
  "allot_db_pool_acquires_pending",
  "Requests waiting for a database connection (sustained, the pool is too small).",
  (p) => p.numPendingAcquires() + p.numPendingCreates(),
);
poolGauge(
  "allot_db_pool_connections_max",
  "Most connections this process may open (DATABASE_POOL_MAX).",
  (p) => p.max,
);

/** Reports this ORM's connection pool (read when scraped) under the label given. */
export function watchPool(orm: MikroORM, label: string): void {
  pools.set(label, () => (orm.em.getConnection().getKnex().client as { pool?: TarnPool }).pool);
}

// Several API processes behind one port: whichever answers a scrape asks the supervising process,
// which gathers every worker's metrics (prom-client's cluster aggregation) and sends them back.
const ASK = "allot:metrics?";
const ANSWER = "allot:metrics!";

/** In the supervising process: answer workers that ask for everyone's metrics. */
export function serveClusterMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on("message", (worker, message: { type?: string; id?: number }) => {
    if (message?.type !== ASK) return;
    aggregator
      .clusterMetrics()
      .then((text) => worker.send({ type: ANSWER, id: message.id, text }))
      .catch((e: Error) => worker.send({ type: ANSWER, id: message.id, error: e.message }));
  });
}

// A worker answers the supervisor's aggregation with this registry (constructing an aggregator is
// what installs prom-client's listener in a worker).
if (cluster.isWorker) {
  AggregatorRegistry.setRegistries([registry]);
  new AggregatorRegistry();
}

let asked = 0;
/** This process's metrics, or every API process's when it is one of several. */
export async function metricsText(): Promise<string> {
  if (!cluster.isWorker || !process.send) return registry.metrics();
  const id = ++asked;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      process.off("message", onMessage);
      reject(new Error("the supervising process did not answer for the metrics"));
    }, 5_000);
    const onMessage = (m: { type?: string; id?: number; text?: string; error?: string }) => {
      if (m?.type !== ANSWER || m.id !== id) return;
      clearTimeout(timer);
      process.off("message", onMessage);
      if (m.error) reject(new Error(m.error));
      else resolve(m.text ?? "");
    };
    process.on("message", onMessage);
    process.send!({ type: ASK, id });
  });
}

export const METRICS_CONTENT_TYPE = registry.contentType;
