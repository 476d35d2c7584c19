import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";

import type { Context } from "../../context.js";

/** The limits every GraphQL request lives within. See docs/API.md, "Limits". */
export const LIMITS = {
  /** Tokens in a document: parsing stops at once past this (graphql-js parse option). */
  maxTokens: 4_000,
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  /** Estimated cost (cost.ts). A page of 100 schools with all their fields is well inside. */
  maxCost: 25_000,
  /** Values (strings, numbers, list items, object fields) in a request's variables. */
  maxVariableValues: 100_000,
  /** Request body, bytes. */
  // 2 MiB: a schools file of 10,000 rows, base64-encoded, fits; a document never needs it.
  maxBodyBytes: 2_097_152,
} as const;

/**
 * Reports the estimated cost of every answered operation in `extensions.cost` (the document gate
 * computed it, and refused the request if it was over the limit), so an integrator can see how
 * close they are.
 */
export function costReportPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const cost = contextValue.res.locals.cost as number | undefined;
          if (cost === undefined || response.body.kind !== "single") return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            cost: { requested: cost, limit: LIMITS.maxCost },
          };
        },
      };
    },
  };
}

/** The first path in `value` holding a string with a NUL character, which PostgreSQL cannot store. */
function nulPath(value: unknown, path: string): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = nulPath(value[i], `${path}[${i}]`);
      if (p) return p;
    }
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const p = nulPath(v, `${path}.${k}`);
      if (p) return p;
    }
  }
  return null;
}

/** Refuses text with a NUL character (in variables or the document) up front, naming where it is. */
export function nulTextPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          const where =
            nulPath(request.variables ?? {}, "variables") ??
            (request.query?.includes("\\u0000") || request.query?.includes("\u0000")
              ? "the query text"
              : null);
          if (where)
            throw new GraphQLError(`Text may not contain the NUL character (found in ${where}).`, {
              extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
            });
        },
      };
    },
  };
}
