import { z } from "zod";

/** Every setting the API reads, validated once at start. See docs/OPERATIONS.md. */
const schema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().default("0.0.0.0"),
    /** An existing PostgreSQL; when unset an embedded one starts with data in .data/postgres. */
    DATABASE_URL: z.string().url().optional(),
    /**
     * The role the API answers requests as, when the DATABASE_URL role may not create one: it needs
     * rights on rows only (docs/OPERATIONS.md). Unset: the API sets up and uses the role allot_api.
     */
    DATABASE_APP_URL: z.string().url().optional(),
    /** Read replicas of DATABASE_URL, comma-separated: reads outside a transaction go to them. */
    DATABASE_REPLICA_URLS: z
      .string()
      .optional()
      .transform((v) =>
        (v ?? "")
          .split(",")
          .map((u) => u.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().url("each replica must be a postgres:// URL"))),
    EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1).max(65535).default(54320),
    /** Seed the demo district on an empty database (default on). */
    ALLOT_DEMO_SEED: z
      .enum(["true", "false"])
      .default("true")
      .transform((v) => v === "true"),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    /** Longest a database statement may run, in ms. */
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
    /** Longest a request waits for a free database connection before a 503, in ms. */
    DATABASE_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(50).default(5_000),
    /**
     * API processes sharing the port (node:cluster), each replaced when it dies; set REDIS_URL too so
     * rate limits count across them. 0 serves from this one process, unsupervised (for a debugger,
     * or under a supervisor that restarts the container itself).
     */
    ALLOT_WORKERS: z.coerce.number().int().min(0).max(64).default(1),
    /** Shares rate-limit counters between API processes, e.g. redis://127.0.0.1:6379. */
    REDIS_URL: z.string().url().optional(),
    /** Requests per minute per person or API token. */
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
    /** Requests per minute per address while signed out (sign-in attempts included). */
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: z.coerce.number().int().min(1).default(60),
    /**
     * A direct connection (not through a transaction-mode pooler, which drops LISTEN) on which each
     * API process hears the database's change notices; unset: the connection requests use.
     */
    DATABASE_LISTEN_URL: z.string().url().optional(),
    /** Megabytes of unchanged answers each API process keeps ready to send; 0 turns it off. */
    RESPONSE_CACHE_MB: z.coerce.number().int().min(0).max(65_536).default(64),
    /** One JSON line per GraphQL request on stdout (default on). */
    LOG_REQUESTS: z
      .enum(["true", "false"])
      .default("true")
      .transform((v) => v === "true"),
    /** When set, GET /metrics asks for `Authorization: Bearer <METRICS_TOKEN>`. */
    METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
    /** OpenTelemetry tracing: an OTLP/HTTP collector, e.g. http://otel-collector:4318. Unset: off. */
    OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
    OTEL_SERVICE_NAME: z.string().min(1).default("allot-api"),
    /** Folder of the built admin app served at `/`. */
    ADMIN_DIST: z.string().optional(),
    // Monitoring artifacts' bytes go to this directory (a mounted object store works) instead of
    // the database.
    ARTIFACT_DIR: z.string().min(1).optional(),
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** Keys the stored hashes of sessions and API tokens; at least 32 characters. Required in production. */
    SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    /** Single sign-on (OpenID Connect): all four, or none. See docs/OPERATIONS.md. */
    OIDC_ISSUER: z.string().url().optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_REDIRECT_URL: z.string().url().optional(),
    OIDC_LABEL: z.string().min(1).default("Sign in with single sign-on"),
  })
  .refine(
    (e) =>
      [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_CLIENT_SECRET, e.OIDC_REDIRECT_URL].filter(Boolean)
        .length %
        4 ===
      0,
    {
      message:
        "set all of OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_REDIRECT_URL, or none",
      path: ["OIDC_ISSUER"],
    },
  );

/** Used outside production only, so a demo runs with no setup; production refuses to start with it. */
export const DEVELOPMENT_SESSION_SECRET = "allot-development-only-session-secret-do-not-deploy";

/** Why production mode cannot start with these settings, if it cannot. */
export function productionProblems(env: Env, demoUsers: number): string[] {
  if (env.NODE_ENV !== "production") return [];
  const problems: string[] = [];
  if (!env.SESSION_SECRET) problems.push("SESSION_SECRET is not set");
  else if (env.SESSION_SECRET === DEVELOPMENT_SESSION_SECRET)
    problems.push("SESSION_SECRET is the development default");
  if (env.ALLOT_DEMO_SEED) problems.push("ALLOT_DEMO_SEED must be false");
  if (demoUsers > 0)
    problems.push(`${demoUsers} demo user(s) exist: delete them (pnpm allot users:remove-demo)`);
  return problems;
}

export type Env = z.infer<typeof schema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // An empty value is unset (compose files pass `${VAR:-}` through as "").
  const result = schema.safeParse(
    Object.fromEntries(Object.entries(source).filter(([, v]) => v !== "")),
  );
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`invalid configuration: ${problems}`);
  }
  return result.data;
}
