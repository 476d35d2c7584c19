import { InMemoryLRUCache, type KeyValueCache } from "@apollo/utils.keyvaluecache";
import type { NextFunction, Request, Response } from "express";

import { graphqlRequestOf, type GraphQLRequestParts } from "../../common/graphql-request.js";

/** Apollo keeps persisted documents under this prefix in the cache it is given. */
const APQ_PREFIX = "apq:";
const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Automatic persisted queries (Apollo's protocol): a client sends a document's SHA-256 instead of
 * its text, and the text once when the server does not know the hash. Apollo keeps the documents it
 * has validated in `cache` (bounded, least recently used dropped). This middleware, ahead of the
 * document gate and the response cache, puts a known document's text back into the request, so
 * the gate measures every document that runs; an unknown hash goes on to Apollo, which answers
 * PERSISTED_QUERY_NOT_FOUND without running anything. A hash-only GET is refused: its text could not
 * be put back where Apollo reads it (the URL).
 */
export function persistedQueries(cache: KeyValueCache<string>) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const hash = hashOf(graphqlRequestOf(req));
      if (hash === null) return next();
      if (req.method === "GET") {
        res.status(400).json({
          errors: [
            {
              message: "Send a persisted query's hash by POST (a GET must carry the document).",
              extensions: { code: "BAD_REQUEST" },
            },
          ],
        });
        return;
      }
      const body = req.body as { query?: unknown };
      if (body.query === undefined && SHA256_HEX.test(hash)) {
        const text = await cache.get(APQ_PREFIX + hash);
        if (text !== undefined) body.query = text;
      }
      next();
    } catch (e) {
      next(e);
    }
  };
}

/** The documents Apollo has validated, by hash: 16 MB of text at most. */
export function persistedQueryCache(): KeyValueCache<string> {
  return new InMemoryLRUCache<string>({ maxSize: 16 * 1024 * 1024 });
}

/** The persisted query's hash a request names without its text, or null. */
function hashOf({ query, extensions }: GraphQLRequestParts): string | null {
  if (query !== undefined && query !== "") return null;
  const persisted = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)
    ?.persistedQuery;
  return typeof persisted?.sha256Hash === "string" ? persisted.sha256Hash : null;
}
