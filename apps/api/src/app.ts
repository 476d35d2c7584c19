import http from "node:http";
import { existsSync } from "node:fs";
import path from "node:path";
import express from "express";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import type { MikroORM } from "@mikro-orm/postgresql";
import { pendingMigrations, repoRoot } from "@allot/db";
import { type Context, createContext } from "./context.js";
import { authorizePlugin } from "./modules/auth/authorize.plugin.js";
import { authenticate } from "./modules/auth/principal.js";
import { createSchema } from "./schema.js";

export interface AppOptions {
  orm: MikroORM;
  /** Folder of the built admin app; served at / when it exists. */
  adminDist?: string | undefined;
  production?: boolean;
  /** Keys the stored hashes of sessions and API tokens (SESSION_SECRET). */
  sessionSecret: string;
}

export interface App {
  server: http.Server;
  apollo: ApolloServer<Context>;
}

/** The HTTP server: GraphQL at /graphql, health at /healthz and /readyz, the admin app at /. */
export async function createApp(o: AppOptions): Promise<App> {
  const app = express();
  app.disable("x-powered-by");
  const server = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    introspection: !o.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: !o.production,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server }), authorizePlugin()],
  });
  await apollo.start();

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

  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    authenticate(o.orm, o.sessionSecret),
    expressMiddleware(apollo, { context: ({ req, res }) => Promise.resolve(createContext(o.orm, req, res, { sessionSecret: o.sessionSecret, production: o.production ?? false })) }),
  );

  const adminDist = o.adminDist ?? path.join(repoRoot(), "apps", "admin", "dist");
  if (existsSync(path.join(adminDist, "index.html"))) {
    app.use(express.static(adminDist, { index: "index.html", maxAge: "1h" }));
    // Client-side routes: any other GET that is not a file gets the app shell.
    app.get(/^\/(?!graphql|healthz|readyz).*/, (_req, res) => {
      res.sendFile(path.join(adminDist, "index.html"));
    });
  } else {
    app.get("/", (_req, res) => {
      res.type("text/plain").send("Allot API: GraphQL at /graphql. The admin app is not built (pnpm build).\n");
    });
  }
  return { server, apollo };
}
