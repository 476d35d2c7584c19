import type { ApolloServerPlugin } from "@apollo/server";
import type { MikroORM } from "@mikro-orm/postgresql";
import { GraphQLError, type OperationDefinitionNode } from "graphql";

import { forkForDistrict } from "@allot/db";

import { rootFieldReader } from "../../common/root-fields.js";
import type { Context } from "../../context.js";
import { mayCall, MUTATION_RULES, PUBLIC_FIELDS } from "./roles.js";

/**
 * Checks every root field of an operation against the caller before anything runs: signed in,
 * allowed by role (roles.ts), and for read-only tokens, nothing that writes. Aliases and fragments
 * are seen through, so a forbidden field cannot hide behind another name.
 */
export function authorizePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!operation) return; // graphql-js refuses the request itself
          const fields = rootFieldReader(document)(operation.selectionSet).names;
          const p = contextValue.principal;
          if (operationKind(operation) === "mutation")
            contextValue.audit.action = [...fields].join(",");
          for (const field of fields) {
            if (PUBLIC_FIELDS.has(field)) continue;
            if (!p)
              throw refusal(
                "UNAUTHENTICATED",
                401,
                "Sign in, or send an API token as `Authorization: Bearer <token>`.",
              );
            const kind = operationKind(operation);
            if (kind === "subscription" || !mayCall(p.role, kind, field)) {
              throw refusal("FORBIDDEN", 403, `The ${p.role} role may not call ${field}.`);
            }
            // The federation SDL is the whole schema: in production only an administrator's token
            // (the one a gateway composes with) reads it, as introspection is off for everyone.
            if (
              field === "_service" &&
              contextValue.settings.production &&
              p.role !== "ADMINISTRATOR"
            ) {
              throw refusal(
                "FORBIDDEN",
                403,
                "In production only an administrator's token may read the schema (_service).",
              );
            }
            if (kind === "mutation" && p.scope === "READ" && MUTATION_RULES[field]!.writes) {
              throw refusal(
                "FORBIDDEN",
                403,
                `This API token is read-only: ${field} changes data.`,
              );
            }
          }
        },
      };
    },
  };
}

/** With read replicas: a mutation works on the primary alone, its reads included (see AppOptions.primaryOrm). */
export function mutationsOnPrimaryPlugin(primary: MikroORM): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation && operationKind(operation) === "mutation")
            contextValue.em = forkForDistrict(primary, contextValue.districtId);
        },
      };
    },
  };
}

function operationKind(o: OperationDefinitionNode) {
  return o.operation as "query" | "mutation" | "subscription";
}

function refusal(code: string, status: number, message: string) {
  return new GraphQLError(message, { extensions: { code, http: { status } } });
}
