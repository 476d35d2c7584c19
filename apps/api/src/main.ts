// Starts Allot: the database (embedded unless DATABASE_URL is set), pending migrations, the demo
// seed on first start, then the API and admin app on one port. SIGINT/SIGTERM stop it cleanly.
// This process prepares the database and then runs ALLOT_WORKERS API processes (1 by default)
// sharing the port (node:cluster), replacing any that dies, and stops them first on SIGTERM; a
// request that kills its process (out of memory) takes nothing else down for long.
import cluster from "node:cluster";

import {
  anchorAuditChain,
  createOrm,
  DEMO_DISTRICT,
  ensureApiRole,
  migrate,
  openDatabase,
  seedDemoDistrict,
  User,
} from "@allot/db";

import { createApp } from "./app.js";
import { DEVELOPMENT_SESSION_SECRET, productionProblems, readEnv } from "./env.js";
import { demoSignInHelp, seedDemoUsers } from "./modules/auth/demo-users.js";
import { serveClusterMetrics } from "./platform/observability/metrics.js";
import { startTracing } from "./platform/observability/tracing.js";

const started = performance.now();
const env = readEnv();
const log = (m: string) => console.log(`[allot] ${m}`);

const db = await openDatabase({ databaseUrl: env.DATABASE_URL, port: env.EMBEDDED_POSTGRES_PORT });
log(
  db.embedded
    ? `embedded PostgreSQL on 127.0.0.1:${db.embedded.port} (data in .data/postgres)`
    : "using DATABASE_URL",
);
const secret = env.SESSION_SECRET ?? DEVELOPMENT_SESSION_SECRET;
const production = env.NODE_ENV === "production";
// The first process prepares the database as the schema's owner (migrations, seed, the API's
// role); the API processes it supervises are handed the role's URL and only serve.
const appUrl = cluster.isPrimary ? await prepareDatabase() : (env.DATABASE_APP_URL ?? db.url);
if (cluster.isPrimary && !env.SESSION_SECRET)
  log("SESSION_SECRET is not set: using the development default (production refuses it)");
if (cluster.isPrimary && env.ALLOT_DEMO_SEED) log(demoSignInHelp());

if (cluster.isPrimary && env.ALLOT_WORKERS > 0) {
  await superviseWorkers();
} else {
  await serve();
}

async function superviseWorkers() {
  serveClusterMetrics();
  // The workers use the database this process opened; it seeded already.
  const workerEnv = { DATABASE_URL: db.url, DATABASE_APP_URL: appUrl, ALLOT_DEMO_SEED: "false" };
  let stopping = false;
  const started = new Map<number, number>();
  const fork = () => {
    const w = cluster.fork(workerEnv);
    started.set(w.id, Date.now());
  };
  for (let i = 0; i < env.ALLOT_WORKERS; i++) fork();
  // A process that dies soon after it started (the database gone, say) is replaced after a wait
  // that doubles up to 30 s, so a failing start does not spin; one that ran a while, at once.
  let delayMs = 0;
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    const lived = Date.now() - (started.get(worker.id) ?? 0);
    started.delete(worker.id);
    delayMs = lived < 10_000 ? Math.min(Math.max(delayMs * 2, 1_000), 30_000) : 0;
    log(
      `API process ${worker.process.pid} ended (${signal ?? code}); starting another${delayMs ? ` in ${delayMs / 1000} s` : ""}`,
    );
    setTimeout(() => {
      if (!stopping) fork();
    }, delayMs);
  });
  log(
    `starting ${env.ALLOT_WORKERS} supervised API process${env.ALLOT_WORKERS === 1 ? "" : "es"} on port ${env.PORT} (each logs when it is ready)`,
  );
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(
      `${signal}: stopping the API processes (each finishes its requests in flight), then the database`,
    );
    const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve) => {
            w.once("exit", () => resolve());
            w.process.kill("SIGTERM");
          }),
      ),
    );
    await db.close();
    log("stopped");
    process.exit(0);
  };
  process.removeAllListeners("SIGINT");
  process.removeAllListeners("SIGTERM");
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

async function serve() {
  const ormOptions = {
    clientUrl: appUrl,
    poolMax: env.DATABASE_POOL_MAX,
    statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
    acquireTimeoutMs: env.DATABASE_ACQUIRE_TIMEOUT_MS,
    auditSecret: secret,
  };
  const orm = await createOrm({ ...ormOptions, replicaUrls: env.DATABASE_REPLICA_URLS });
  // With replicas, mutations run on the primary alone (AppOptions.primaryOrm).
  const primaryOrm = env.DATABASE_REPLICA_URLS.length ? await createOrm(ormOptions) : undefined;
  if (primaryOrm)
    log(
      `reading from ${env.DATABASE_REPLICA_URLS.length} replica(s) outside transactions and mutations`,
    );
  const tracing = env.OTEL_EXPORTER_OTLP_ENDPOINT
    ? startTracing({ serviceName: env.OTEL_SERVICE_NAME })
    : null;
  if (tracing) log(`tracing to ${env.OTEL_EXPORTER_OTLP_ENDPOINT}`);
  const app = await createApp({
    tracing: tracing !== null,
    accessLog: env.LOG_REQUESTS,
    metricsToken: env.METRICS_TOKEN,
    responseCacheMb: env.RESPONSE_CACHE_MB,
    listenUrl: env.DATABASE_LISTEN_URL,
    orm,
    primaryOrm,
    adminDist: env.ADMIN_DIST,
    artifactDir: env.ARTIFACT_DIR,
    production,
    sessionSecret: secret,
    oidc: env.OIDC_ISSUER
      ? {
          issuer: env.OIDC_ISSUER,
          clientId: env.OIDC_CLIENT_ID!,
          clientSecret: env.OIDC_CLIENT_SECRET!,
          redirectUrl: env.OIDC_REDIRECT_URL!,
          label: env.OIDC_LABEL,
        }
      : undefined,
    rateLimit: {
      perMinute: env.RATE_LIMIT_PER_MINUTE,
      anonymousPerMinute: env.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
      redisUrl: env.REDIS_URL,
    },
  });
  const { server } = app;
  server.listen(env.PORT, env.HOST, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : env.PORT;
    const who = cluster.isWorker ? `API process ${process.pid} ` : "";
    log(
      `${who}ready in ${((performance.now() - started) / 1000).toFixed(1)} s: admin http://localhost:${port}/  GraphQL http://localhost:${port}/graphql`,
    );
  });

  let stopping = false;
  async function stop(signal: string) {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing requests in flight, then stopping`);
    try {
      await app.stop(); // drains the HTTP server
      await orm.close();
      await primaryOrm?.close();
      await tracing?.shutdown();
      await db.close();
      log("stopped");
      process.exit(0);
    } catch (e) {
      console.error(e);
      process.exit(1);
    }
  }
  // embedded-postgres installs its own signal hooks that stop the database at once; ours stop it
  // last, after the requests in flight are answered.
  process.removeAllListeners("SIGINT");
  process.removeAllListeners("SIGTERM");
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

/**
 * As the schema's owner: migrations, the demo seed, the seal of an older audit trail, the API's
 * database role; refuses a production start that is not safe. Returns the URL requests use.
 */
async function prepareDatabase(): Promise<string> {
  const owner = await createOrm({ clientUrl: db.url, auditSecret: secret });
  const applied = await migrate(owner);
  if (applied.length) log(`applied migrations: ${applied.join(", ")}`);
  if (env.ALLOT_DEMO_SEED && (await seedDemoDistrict(owner))) {
    log(
      `seeded the demo district ${DEMO_DISTRICT.name} (illustrative schools and awards, the district's FY2022 plan)`,
    );
  }
  if (env.ALLOT_DEMO_SEED && (await seedDemoUsers(owner))) log("seeded one demo user per role");
  // A trail written before checkpoints existed is sealed as it stands now.
  await anchorAuditChain(owner.em.fork(), secret);

  const problems = productionProblems(env, await owner.em.fork().count(User, { demo: true }));
  let appUrl = env.DATABASE_APP_URL;
  if (!appUrl) {
    try {
      appUrl = await ensureApiRole(owner, secret);
    } catch (e) {
      const why = `the database role of DATABASE_URL may not create the API's role (${(e as Error).message})`;
      if (production) problems.push(`${why}: set DATABASE_APP_URL`);
      else
        log(
          `${why}: answering requests as that role instead. Set DATABASE_APP_URL (docs/OPERATIONS.md).`,
        );
    }
  }
  await owner.close();
  if (problems.length) {
    console.error(
      `[allot] refusing to start in production: ${problems.join("; ")}. See docs/OPERATIONS.md.`,
    );
    await db.close();
    process.exit(1);
  }
  return appUrl ?? db.url;
}
