// Starts Allot: the database (embedded unless DATABASE_URL is set), pending migrations, the demo
// seed on first start, then the API and admin app on one port. SIGINT/SIGTERM stop it cleanly.
import { createOrm, DEMO_DISTRICT, migrate, openDatabase, seedDemoDistrict, User } from "@allot/db";
import { createApp } from "./app.js";
import { DEVELOPMENT_SESSION_SECRET, productionProblems, readEnv } from "./env.js";
import { demoSignInHelp, seedDemoUsers } from "./modules/auth/demo-users.js";

const started = performance.now();
const env = readEnv();
const log = (m: string) => console.log(`[allot] ${m}`);

const db = await openDatabase({ databaseUrl: env.DATABASE_URL, port: env.EMBEDDED_POSTGRES_PORT });
log(db.embedded ? `embedded PostgreSQL on 127.0.0.1:${db.embedded.port} (data in .data/postgres)` : "using DATABASE_URL");
const orm = await createOrm({
  clientUrl: db.url,
  poolMax: env.DATABASE_POOL_MAX,
  statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
  acquireTimeoutMs: env.DATABASE_ACQUIRE_TIMEOUT_MS,
});
const applied = await migrate(orm);
if (applied.length) log(`applied migrations: ${applied.join(", ")}`);
if (env.ALLOT_DEMO_SEED && (await seedDemoDistrict(orm))) {
  log(`seeded the demo district ${DEMO_DISTRICT.name} (illustrative schools and awards, the district's FY2022 plan)`);
}
if (env.ALLOT_DEMO_SEED && (await seedDemoUsers(orm))) log("seeded one demo user per role");

const problems = productionProblems(env, await orm.em.fork().count(User, { demo: true }));
if (problems.length) {
  console.error(`[allot] refusing to start in production: ${problems.join("; ")}. See docs/OPERATIONS.md.`);
  await orm.close();
  await db.close();
  process.exit(1);
}
if (!env.SESSION_SECRET) log("SESSION_SECRET is not set: using the development default (production refuses it)");
if (env.ALLOT_DEMO_SEED) log(demoSignInHelp());

const app = await createApp({
  orm,
  adminDist: env.ADMIN_DIST,
  production: env.NODE_ENV === "production",
  sessionSecret: env.SESSION_SECRET ?? DEVELOPMENT_SESSION_SECRET,
  oidc: env.OIDC_ISSUER
    ? { issuer: env.OIDC_ISSUER, clientId: env.OIDC_CLIENT_ID!, clientSecret: env.OIDC_CLIENT_SECRET!, redirectUrl: env.OIDC_REDIRECT_URL!, label: env.OIDC_LABEL }
    : undefined,
  rateLimit: { perMinute: env.RATE_LIMIT_PER_MINUTE, anonymousPerMinute: env.RATE_LIMIT_ANONYMOUS_PER_MINUTE, redisUrl: env.REDIS_URL },
});
const { server } = app;
server.listen(env.PORT, env.HOST, () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  log(`ready in ${((performance.now() - started) / 1000).toFixed(1)} s: admin http://localhost:${port}/  GraphQL http://localhost:${port}/graphql`);
});

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: finishing requests in flight, then stopping`);
  try {
    await app.stop(); // drains the HTTP server
    await orm.close();
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
