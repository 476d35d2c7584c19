import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";

import type { Context } from "../../context.js";

/** Errors that mean the database is not answering now: the caller should retry, not give up. */
export function isDatabaseUnavailable(e: unknown): boolean {
  const err = e as { code?: string; message?: string } | null;
  if (!err) return false;
  // 57P01-03: terminated by the administrator, shutting down, cannot connect now; 57014: statement timeout.
  if (
    err.code &&
    [
      "57P01",
      "57P02",
      "57P03",
      "57014",
      "ECONNREFUSED",
      "ECONNRESET",
      "ETIMEDOUT",
      "EPIPE",
    ].includes(err.code)
  )
    return true;
  return /Timeout acquiring a connection|Connection terminated|connect ECONNREFUSED|Client has encountered a connection error/i.test(
    err.message ?? "",
  );
}

/** Operators need the cause of each 503 (a timeout, a lost connection), not the SQL it cut short. */
export function logUnavailable(
  log: (entry: Record<string, unknown>) => void,
  e: unknown,
  requestId?: string,
): void {
  const { code, message } = e as { code?: string; message?: string };
  log({
    level: "warn",
    requestId,
    message: `database unavailable: ${message?.split(" - ").at(-1) ?? "no message"}`,
    code,
  });
}

export const UNAVAILABLE_MESSAGE =
  "The database is not answering; nothing was changed. Try again in a moment.";

/**
 * Every error carries the request id (also in the X-Request-Id header). A database outage becomes a
 * 503 the caller can retry. Unexpected errors are logged whole and, in production, answered with
 * only the request id, so no internals leak.
 */
export function errorsPlugin(
  production: boolean,
  log: (entry: Record<string, unknown>) => void,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, errors, contextValue }) {
          if (response.body.kind !== "single" || !response.body.singleResult.errors) return;
          const requestId = contextValue.requestId;
          response.body.singleResult.errors = response.body.singleResult.errors.map(
            (formatted, i) => {
              const cause = errors?.[i] ? unwrapResolverError(errors[i]) : null;
              if (isDatabaseUnavailable(cause)) {
                logUnavailable(log, cause, requestId);
                response.http.status = 503;
                response.http.headers.set("retry-after", "2");
                return {
                  message: UNAVAILABLE_MESSAGE,
                  extensions: { code: "SERVICE_UNAVAILABLE", requestId },
                };
              }
              if (formatted.extensions?.code === "INTERNAL_SERVER_ERROR") {
                log({
                  level: "error",
                  requestId,
                  message: (cause as Error | null)?.message ?? formatted.message,
                  stack: (cause as Error | null)?.stack,
                });
                if (production)
                  return {
                    message: `Internal error. Quote request ${requestId} when reporting it.`,
                    extensions: { code: "INTERNAL_SERVER_ERROR", requestId },
                  };
              }
              return { ...formatted, extensions: { ...formatted.extensions, requestId } };
            },
          );
        },
      };
    },
  };
}
