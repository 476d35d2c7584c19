import { createHash } from "node:crypto";

import type { ApolloServerPlugin } from "@apollo/server";
import type { NextFunction, Request, Response } from "express";
import { OperationTypeNode } from "graphql";
import { LRUCache } from "lru-cache";

import { graphqlRequestOf } from "../../common/graphql-request.js";
import { rootFieldReader } from "../../common/root-fields.js";
import type { Context } from "../../context.js";
import { principalOf } from "../auth/principal.js";
import { Generations, listenForChanges } from "./generations.js";

/**
 * Root fields whose answer is a function of the caller's district's data, role, school and the
 * date, and of nothing else: none reads a table in UNWATCHED_TABLES (@allot/db change-notices.ts),
 * the caller's own identity or the clock beyond the day. A query made only of these is cached.
 */
export const CACHEABLE_FIELDS: ReadonlySet<string> = new Set([
  "__typename",
  "awards",
  "benefitRates",
  "budgetByFunctionAndObject",
  "budgetCompliance",
  "budgetLines",
  "chartOfAccounts",
  "compareScenarios",
  "district",
  "fiscalYears",
  "fundingByActionStep",
  "fundingSources",
  "improvementPlan",
  "jobClasses",
  "moneyPicture",
  "monitoringWindows",
  "planAmendments",
  "planStructureFunding",
  "positionCostByProgram",
  "positions",
  "salarySchedules",
  "scenario",
  "scenarios",
  "schoolAwards",
  "schoolBudget",
  "schools",
  "stepProgress",
  "strategicPlan",
  "transfers",
]);

interface Entry {
  body: Buffer;
  etag: string;
}

export interface ResponseCacheOptions {
  /** The primary database, listened to for change notices. */
  connectionString: string;
  /** What the kept answers may hold in all. */
  maxBytes: number;
  log: (entry: Record<string, unknown>) => void;
  /** Told of each answer served from the cache (for the access log and metrics). */
  onHit?: (req: Request, res: Response, seconds: number) => void;
}

export interface ResponseCache {
  /** Express middleware: answers a query it holds, ready to send; otherwise notes the key. */
  serve: (req: Request, res: Response, next: NextFunction) => void;
  /** Apollo plugin: keeps a cacheable answer under the key noted when the request came in. */
  plugin(): ApolloServerPlugin<Context>;
  /** A committed write in this process: its district's answers go at once (the notice follows). */
  changed(districtId: string): void;
  stop(): Promise<void>;
}

const KEY = "responseCacheKey";

/**
 * Answers that cannot have changed are sent again as the bytes first sent, without parsing,
 * validating or running anything: a run scenario's results, the plan's funding, a page of schools.
 * Each is kept under the generation of the caller's district at the moment the request arrived; a
 * committed write to that district (heard from the database, see generations.ts) moves the
 * generation on, so an answer read before a write is never served after it. Each answer carries an
 * ETag; a client that sends it back in If-None-Match gets 304 Not Modified.
 */
export function createResponseCache(o: ResponseCacheOptions): ResponseCache {
  const generations = new Generations();
  const listener = listenForChanges(o.connectionString, generations, o.log);
  const entries = new LRUCache<string, Entry>({
    maxSize: o.maxBytes,
    sizeCalculation: (e) => e.body.length + 256,
  });

  const keyOf = (req: Request, res: Response): string | null => {
    const principal = principalOf(res);
    if (!principal) return null; // signed out: nothing is cached, so nothing is read
    const r = graphqlRequestOf(req);
    if (typeof r.query !== "string") return null;
    const generation = generations.of(principal.districtId);
    if (generation === null) return null;
    const hash = createHash("sha256")
      .update(
        JSON.stringify([
          req.method,
          new Date().toISOString().slice(0, 10), // answers may name the current fiscal year
          principal.districtId,
          principal.role,
          principal.scope,
          principal.schoolId,
          r.operationName ?? null,
          r.query,
          r.variables ?? null,
          r.extensions ?? null, // a persisted query's hash, which Apollo checks
        ]),
      )
      .digest("base64url");
    return `${generation}:${hash}`;
  };

  return {
    serve: (req, res, next) => {
      const started = performance.now();
      const key = keyOf(req, res);
      if (key === null) return next();
      const hit = entries.get(key);
      if (!hit) {
        res.locals[KEY] = key;
        return next();
      }
      res.setHeader("etag", hit.etag);
      res.setHeader("cache-control", "private, no-cache");
      if (matches(req.headers["if-none-match"], hit.etag)) res.status(304).end();
      else res.status(200).type("application/json; charset=utf-8").end(hit.body);
      o.onHit?.(req, res, (performance.now() - started) / 1000);
    },
    plugin() {
      return {
        async requestDidStart({ contextValue }) {
          const key = contextValue.res.locals[KEY] as string | undefined;
          if (key === undefined) return;
          return {
            // Synchronous, and after the cost plugin's: the kept bytes are those Apollo sends.
            async willSendResponse({ response, operation, document, request }) {
              if (operation?.operation !== OperationTypeNode.QUERY || !document) return;
              if (response.body.kind !== "single" || (response.http.status ?? 200) !== 200) return;
              const { data, errors, extensions } = response.body.singleResult;
              if (errors?.length || !data) return;
              for (const name of rootFieldReader(document)(operation.selectionSet).names)
                if (!CACHEABLE_FIELDS.has(name)) return;
              // Serialized as Apollo serializes it (prettyJSONStringify of errors, data, extensions).
              const body = Buffer.from(`${JSON.stringify({ data, extensions })}\n`);
              const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
              entries.set(key, { body, etag });
              response.http.headers.set("etag", etag);
              response.http.headers.set("cache-control", "private, no-cache");
              if (matches(request.http?.headers.get("if-none-match") ?? undefined, etag))
                response.http.status = 304; // Node sends no body with a 304
            },
          };
        },
      };
    },
    changed(districtId) {
      generations.bump(districtId);
    },
    async stop() {
      await listener.stop();
      entries.clear();
    },
  };
}

/** Whether an If-None-Match header names this ETag (weak or strong, in a list, or `*`). */
function matches(header: string | string[] | undefined, etag: string): boolean {
  if (!header) return false;
  const text = Array.isArray(header) ? header.join(",") : header;
  return text.split(",").some((t) => {
    const tag = t.trim().replace(/^W\//, "");
    return tag === etag || tag === "*";
  });
}
