import type { ApolloServerPlugin } from "@apollo/server";

import type { Context } from "../../context.js";
import { errorCode } from "./metrics.js";
import { currentTraceId } from "./tracing.js";

/**
 * One structured line per GraphQL request: who, which operation, how long, how it ended, and the
 * request id the caller was given (and the trace id when tracing is on), to find it again.
 */
export function accessLogPlugin(
  log: (entry: Record<string, unknown>) => void,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ contextValue, operation, operationName, errors, response }) {
          log({
            level: errors?.length ? "warn" : "info",
            message: "graphql",
            requestId: contextValue.requestId,
            traceId: currentTraceId(),
            actor: contextValue.actor,
            operation: operationName ?? operation?.name?.value ?? null,
            type: operation?.operation ?? null,
            status: response.http.status ?? 200,
            ms: Math.round((performance.now() - started) * 10) / 10,
            errors: errors?.map((e) => errorCode(e)),
          });
        },
      };
    },
  };
}
