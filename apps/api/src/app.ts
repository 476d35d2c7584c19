import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";

import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import type { MikroORM } from "@mikro-orm/postgresql";
import compression from "compression";
import express from "express";
import type { GraphQLError, ValidationContext } from "graphql";
import helmet from "helmet";

import { pendingMigrations, repoRoot } from "@allot/db";

import { graphqlRequestOf, type GraphQLRequestParts } from "./common/graphql-request.js";
import { createContext, type Context } from "./context.js";
import { oidcRoutes, type OidcOptions } from "./modules/auth/oidc.js";
import { exportsRouter } from "./modules/exports/exports.routes.js";
import { directoryStore } from "./modules/monitoring/artifact-store.js";
import { authorizePlugin, mutationsOnPrimaryPlugin } from "./platform/auth/authorize.plugin.js";
import { auditOf, authenticate, principalOf } from "./platform/auth/principal.js";
import { persistedQueries, persistedQueryCache } from "./platform/cache/persisted-queries.js";
import { createResponseCache } from "./platform/cache/response-cache.js";
import { documentGate } from "./platform/limits/document-gate.js";
import {
  errorsPlugin,
  isDatabaseUnavailable,
  logUnavailable,
  UNAVAILABLE_MESSAGE,
} from "./platform/limits/errors.plugin.js";
import { mutationTransactionPlugin } from "./platform/limits/idempotency.plugin.js";
import { costReportPlugin, LIMITS, nulTextPlugin } from "./platform/limits/limits.plugin.js";
import { districtSizes } from "./platform/limits/list-sizes.js";
import { createRateLimiter, type RateLimitOptions } from "./platform/limits/rate-limit.js";
import { accessLogPlugin } from "./platform/observability/access-log.plugin.js";
import {
  METRICS_CONTENT_TYPE,
  metricsPlugin,
  metricsText,
  recordCacheHit,
  recordRefusal,
  watchPool,
} from "./platform/observability/metrics.js";
import { traceRequests, traceStatements, tracingPlugin } from "./platform/observability/tracing.js";
import { createSchema } from "./schema.js";
import { closeWorkPool } from "./workers/pool.js";

export type { OidcOptions };

export interface AppOptions {
  orm: MikroORM;
  /**
   * When `orm` reads from replicas: one on the primary alone. Mutations use it, so what a
   * mutation writes and then reads back for its answer is never looked for on a lagging replica.
   */
  primaryOrm?: MikroORM | undefined;
  /** Folder of the built admin app; served at / when it exists. */
  adminDist?: string | undefined;
  /** Where monitoring artifacts' bytes are kept (ARTIFACT_DIR); unset keeps them in the database. */
  artifactDir?: string | undefined;
  production?: boolean;
  /** Keys the stored hashes of sessions and API tokens (SESSION_SECRET). */
  sessionSecret: string;
  /** Requests per minute per person or token, and per address signed out; counted in Redis when redisUrl is set. */
  rateLimit?: Partial<RateLimitOptions>;
  /** Single sign-on through OpenID Connect, when configured. */
  oidc?: OidcOptions | undefined;
  /** Where structured logs go (one JSON object per line on stdout by default). */
  log?: (entry: Record<string, unknown>) => void;
  /** Log one line per GraphQL request (default on). */
  accessLog?: boolean;
  /** Spans for requests, operations and SQL statements (startTracing() must have run). */
  tracing?: boolean;
  /** When set, GET /metrics asks for `Authorization: Bearer <this>`. */
  metricsToken?: string | undefined;
  /**
   * Megabytes of unchanged answers kept ready to send (RESPONSE_CACHE_MB, default 64); 0 turns the
   * cache off. It is off with read replicas: a lagging replica's answer could be kept as current.
   */
  responseCacheMb?: number;
  /** Where change notices are heard (DATABASE_LISTEN_URL); the ORM's primary connection when unset. */
  listenUrl?: string | undefined;
}

export interface App {
  server: http.Server;
  apollo: ApolloServer<Context>;
  /** Stops accepting, finishes requests in flight, then releases Redis. */
  stop(): Promise<void>;
}

// graphql-armor's rules throw by default, which Apollo answers with a 500; reported as a validation
// error instead, the caller gets a 400 naming the limit.
const reportNotThrow = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => context?.reportError(error),
  ],
};

const jsonLog = (entry: Record<string, unknown>) =>
  console.log(JSON.stringify({ time: new Date().toISOString(), ...entry }));

/** The HTTP server: GraphQL at /graphql, health at /healthz and /readyz, the admin app at /. */
export async function createApp(o: AppOptions): Promise<App> {
  const app = express();
  const artifactStore = o.artifactDir ? directoryStore(o.artifactDir) : null;
  app.disable("x-powered-by");
  // nosniff, a strict referrer policy, no framing, and HSTS in production (browsers heed it only over
  // TLS, which production runs behind). The admin app's content security policy is set where it is served.
  app.use(
    helmet({
      contentSecurityPolicy: false,
      strictTransportSecurity: o.production
        ? { maxAge: 31_536_000, includeSubDomains: true }
        : false,
    }),
  );
  const server = http.createServer(app);
  const log = o.log ?? jsonLog;
  const schema = await createSchema();
  const persisted = persistedQueryCache();
  const sizes = districtSizes(o.orm);
  const cacheMb = o.primaryOrm ? 0 : (o.responseCacheMb ?? 64);
  const cache =
    cacheMb > 0
      ? createResponseCache({
          connectionString: o.listenUrl ?? o.orm.config.get("clientUrl"),
          maxBytes: cacheMb * 1024 * 1024,
          log,
          onHit: (req, res, seconds) => {
            const name = operationNameOf(graphqlRequestOf(req));
            recordCacheHit(name, seconds);
            if (o.accessLog !== false)
              log({
                level: "info",
                message: "graphql",
                requestId: auditOf(res).requestId,
                actor: principalOf(res)?.label ?? "anonymous",
                operation: name,
                type: "query",
                status: res.statusCode,
                ms: Math.round(seconds * 10_000) / 10,
                cache: "hit",
              });
          },
        })
      : null;
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !o.production,
    // A GraphQL POST must be JSON or carry a preflight header: no form or text/plain cross-site posts.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Automatic persisted queries: a hash-only request gets its text back before the document gate.
    persistedQueries: { cache: persisted },
    includeStacktraceInErrorResponses: !o.production,
    // No "Did you mean ...?" in production: it would spell out the schema that introspection hides.
    hideSchemaDetailsFromClientErrors: o.production ?? false,
    // graphql-js stops parsing past this many tokens, before any big document costs much.
    parseOptions: { maxTokens: LIMITS.maxTokens },
    validationRules: [
      maxDepthRule({ n: LIMITS.maxDepth, ...reportNotThrow }),
      maxAliasesRule({ n: LIMITS.maxAliases, ...reportNotThrow }),
      maxDirectivesRule({ n: LIMITS.maxDirectives, ...reportNotThrow }),
    ],
    // No HTTP cache hints are used; Apollo's cache-control plugin would otherwise wrap every field.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      ApolloServerPluginCacheControlDisabled(),
      // A federated subgraph would otherwise trace every field for Apollo Studio on request.
      ApolloServerPluginInlineTraceDisabled(),
      metricsPlugin(),
      ...(o.accessLog === false ? [] : [accessLogPlugin(log)]),
      ...(o.tracing ? [tracingPlugin()] : []),
      authorizePlugin(),
      ...(o.primaryOrm ? [mutationsOnPrimaryPlugin(o.primaryOrm)] : []),
      costReportPlugin(),
      // After the cost report: the bytes it keeps carry the cost as sent.
      ...(cache ? [cache.plugin()] : []),
      nulTextPlugin(),
      // What a committed mutation changed: its district's kept answers and row counts go at once.
      mutationTransactionPlugin({
        onCommit: (districtId) => {
          cache?.changed(districtId);
          sizes.forget(districtId);
        },
      }),
      errorsPlugin(o.production ?? false, log),
    ],
  });
  await apollo.start();
  watchPool(o.orm, "primary");
  if (o.primaryOrm) watchPool(o.primaryOrm, "mutations");
  if (o.tracing) {
    traceStatements(o.orm);
    if (o.primaryOrm) traceStatements(o.primaryOrm);
    app.use("/graphql", traceRequests());
  }

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    try {
      await o.orm.em.getConnection().execute("select 1");
      const pending = await pendingMigrations(o.orm);
      if (pending.length) {
        res.status(503).json({ status: "migrations pending", pending });
        return;
      }
      res.json({ status: "ready" });
    } catch (e) {
      res.status(503).json({ status: "database unreachable", error: (e as Error).message });
    }
  });

  // Prometheus scrapes this: with METRICS_TOKEN set it asks for it; in production it is refused without one.
  app.get("/metrics", async (req, res, next) => {
    if (o.production && !o.metricsToken) {
      res
        .status(404)
        .type("text/plain")
        .send("metrics are off: set METRICS_TOKEN to serve them in production\n");
      return;
    }
    if (o.metricsToken && req.headers.authorization !== `Bearer ${o.metricsToken}`) {
      res
        .status(401)
        .type("text/plain")
        .send("metrics need Authorization: Bearer <METRICS_TOKEN>\n");
      return;
    }
    try {
      res.type(METRICS_CONTENT_TYPE).send(await metricsText());
    } catch (e) {
      next(e);
    }
  });

  const limiter = createRateLimiter({ perMinute: 600, anonymousPerMinute: 60, ...o.rateLimit });
  if (o.oidc)
    app.use("/auth/oidc", oidcRoutes(o.orm, o.sessionSecret, o.production ?? false, o.oidc));
  app.use(
    "/graphql",
    express.json({ limit: LIMITS.maxBodyBytes }),
    authenticate(o.orm, o.sessionSecret),
    limiter.middleware,
    persistedQueries(persisted),
    ...(cache ? [cache.serve] : []),
    documentGate({
      schema,
      sizes,
      // Refused before Apollo: logged and counted as Apollo's own requests are.
      onRefused: (res, r) => {
        recordRefusal(r);
        if (o.accessLog !== false) {
          const p = principalOf(res);
          log({
            level: "warn",
            message: "graphql",
            requestId: auditOf(res).requestId,
            actor: p?.label ?? "anonymous",
            operation: r.operation,
            type: r.type,
            status: r.status,
            ms: Math.round(r.seconds * 10_000) / 10,
            errors: [r.code],
          });
        }
      },
    }),
    expressMiddleware(apollo, {
      context: ({ res }) =>
        Promise.resolve(
          createContext(o.orm, res, {
            sessionSecret: o.sessionSecret,
            production: o.production ?? false,
            singleSignOnLabel: o.oidc?.label ?? null,
            artifactStore,
          }),
        ),
    }),
  );

  app.use(
    "/exports",
    authenticate(o.orm, o.sessionSecret),
    limiter.middleware,
    exportsRouter(o.orm, artifactStore),
  );

  const adminDist = o.adminDist ?? path.join(repoRoot(), "apps", "admin", "dist");
  if (existsSync(path.join(adminDist, "index.html"))) {
    // The app's files are compressed on the way out (GraphQL answers are not: they are small, and a
    // proxy in front may compress them); hashed asset names can be cached for a year.
    app.use(compression());
    // The app runs only its own scripts; Mantine sets styles inline; nothing may frame it.
    app.use(
      helmet.contentSecurityPolicy({
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", "data:", "blob:"],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", "data:"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: o.production ? [] : null,
        },
      }),
    );
    app.use(
      "/assets",
      express.static(path.join(adminDist, "assets"), {
        immutable: true,
        maxAge: "365d",
        fallthrough: false,
      }),
    );
    app.use(express.static(adminDist, { index: "index.html", maxAge: "5m" }));
    // Client-side routes: any other GET that is not a file gets the app shell.
    app.get(/^\/(?!graphql|healthz|readyz|metrics|exports\/|auth\/).*/, (_req, res) => {
      res.sendFile(path.join(adminDist, "index.html"));
    });
  } else {
    app.get("/", (_req, res) => {
      res
        .type("text/plain")
        .send("Allot API: GraphQL at /graphql. The admin app is not built (pnpm build).\n");
    });
  }
  app.use(jsonErrors(log));
  return {
    server,
    apollo,
    async stop() {
      await apollo.stop();
      await limiter.close();
      await cache?.stop();
      await closeWorkPool();
    },
  };
}

/** The name a cached query was sent under, or the name its document gives it (for logs and metrics). */
function operationNameOf(r: GraphQLRequestParts): string | null {
  if (r.operationName !== undefined) return r.operationName;
  if (typeof r.query !== "string") return null;
  return /^\s*query\s+([_A-Za-z]\w*)/.exec(r.query)?.[1] ?? null;
}

/** Errors before GraphQL runs (a body too large or not JSON, the database down at sign-in) as JSON. */
function jsonErrors(log: (entry: Record<string, unknown>) => void) {
  return (
    err: unknown,
    _req: express.Request,
    res: express.Response,
    next: express.NextFunction,
  ) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const e = err as { status?: number; type?: string; message?: string };
    if (isDatabaseUnavailable(err)) {
      logUnavailable(log, err);
      res
        .status(503)
        .setHeader("retry-after", "2")
        .json({
          errors: [{ message: UNAVAILABLE_MESSAGE, extensions: { code: "SERVICE_UNAVAILABLE" } }],
        });
    } else if (e.type === "entity.too.large") {
      res.status(413).json({
        errors: [
          {
            message: `The request body is over ${LIMITS.maxBodyBytes} bytes.`,
            extensions: { code: "PAYLOAD_TOO_LARGE" },
          },
        ],
      });
    } else if (e.status && e.status >= 400 && e.status < 500) {
      res.status(e.status).json({
        errors: [
          {
            message: `Bad request: ${e.message ?? "unreadable body"}.`,
            extensions: { code: "BAD_REQUEST" },
          },
        ],
      });
    } else {
      log({ level: "error", message: e.message, stack: (err as Error).stack });
      res.status(500).json({
        errors: [{ message: "Internal error.", extensions: { code: "INTERNAL_SERVER_ERROR" } }],
      });
    }
  };
}
