import { createHash } from "node:crypto";

import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from "@apollo/server";
import type { EntityManager } from "@mikro-orm/postgresql";
import { OperationTypeNode } from "graphql";

import type { Context } from "../../context.js";
import { UNAVAILABLE_MESSAGE } from "./errors.plugin.js";

export const IDEMPOTENCY_HEADER = "idempotency-key";
const KEY = /^[\w.:-]{1,200}$/;

type Stored = { data: unknown; errors?: unknown; status: number };

/**
 * Each mutation is one transaction, from before it runs until its answer is ready: what it
 * changed commits only then, or not at all, so "nothing was changed" is true whenever the API
 * says so (a failure at commit answers 503, with nothing written).
 *
 * With an Idempotency-Key the key is claimed, and the answer kept, in that same transaction: a
 * retry after a lost answer gets the first answer back (header Idempotent-Replayed: true) without
 * running again, and a duplicate sent while the first runs waits for it. The same key with another
 * request is refused. Answers are kept 24 hours; a failed first request keeps nothing.
 */
export function mutationTransactionPlugin(
  o: { onCommit?: (districtId: string) => void } = {},
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request, contextValue }) {
      let em: EntityManager | null = null;
      let claimed: string | null = null;
      const key = request.http?.headers.get(IDEMPOTENCY_HEADER) ?? null;
      const end = async (commit: boolean) => {
        const open = em;
        em = null;
        if (!open?.isInTransaction()) return;
        if (commit) {
          await open.commit();
          // Before the answer goes out: a read sent after it never finds the old state cached.
          const districtId = contextValue.principal?.districtId;
          if (districtId) o.onCommit?.(districtId);
        } else await open.rollback();
      };
      // A request that ends without an answer (the caller went away) still gives its connection back.
      contextValue.res.once("close", () => void end(false).catch(() => undefined));
      const refuse = (status: number, code: string, message: string): GraphQLResponse => ({
        http: { status, headers: new HeaderMap() },
        body: { kind: "single", singleResult: { errors: [{ message, extensions: { code } }] } },
      });
      return {
        async responseForOperation({ operation }) {
          if (operation.operation !== OperationTypeNode.MUTATION) return null;
          const p = contextValue.principal;
          if (key !== null && p && !KEY.test(key))
            return refuse(
              400,
              "BAD_REQUEST",
              "Idempotency-Key must be 1-200 letters, digits, '.', ':', '_' or '-'.",
            );
          em = contextValue.em;
          await em.begin();
          if (key === null || !p) return null;
          const who = `${p.kind}:${p.id}`;
          const hash = createHash("sha256")
            .update(`${request.query ?? ""}\n${JSON.stringify(request.variables ?? {})}`)
            .digest("hex");
          await em.execute(
            `delete from idempotency_key where district_id = ? and principal = ? and key = ? and created_at < now() - interval '24 hours'`,
            [p.districtId, who, key],
          );
          // A first request still running holds this row: the insert waits for it to commit or roll back.
          const inserted = await em.execute<{ id: string }[]>(
            `insert into idempotency_key (id, district_id, principal, key, request_hash) values (gen_random_uuid(), ?, ?, ?, ?) on conflict do nothing returning id`,
            [p.districtId, who, key, hash],
          );
          if (inserted[0]) {
            claimed = inserted[0].id;
            return null; // the first time: run it
          }
          const [row] = await em.execute<{ request_hash: string; response: Stored | null }[]>(
            `select request_hash, response from idempotency_key where district_id = ? and principal = ? and key = ?`,
            [p.districtId, who, key],
          );
          await end(false);
          if (row && row.request_hash !== hash)
            return refuse(
              422,
              "IDEMPOTENCY_KEY_REUSED",
              "This Idempotency-Key was used for a different request; use a new key.",
            );
          if (!row?.response)
            return refuse(
              409,
              "CONFLICT",
              "The first request with this Idempotency-Key is still running; retry shortly.",
            );
          return {
            http: {
              status: row.response.status,
              headers: new HeaderMap([["idempotent-replayed", "true"]]),
            },
            body: {
              kind: "single",
              singleResult: {
                data: row.response.data as Record<string, unknown>,
                ...(row.response.errors ? { errors: row.response.errors as never } : {}),
              },
            },
          };
        },
        async willSendResponse({ response }) {
          if (!em) return;
          const result = response.body.kind === "single" ? response.body.singleResult : null;
          const status = response.http.status ?? 200;
          // A fault (a top-level error, or no answer) undoes everything; refusals in userErrors were answers.
          const ok =
            result !== null && result.data != null && !result.errors?.length && status < 400;
          try {
            if (ok && claimed) {
              const stored: Stored = { data: result.data, status };
              await em.execute(
                `update idempotency_key set response = ?, updated_at = now() where id = ?`,
                [JSON.stringify(stored), claimed],
              );
            }
            await end(ok);
          } catch {
            await end(false).catch(() => undefined);
            response.http.status = 503;
            response.http.headers.set("retry-after", "2");
            response.body = {
              kind: "single",
              singleResult: {
                errors: [
                  {
                    message: UNAVAILABLE_MESSAGE,
                    extensions: { code: "SERVICE_UNAVAILABLE", requestId: contextValue.requestId },
                  },
                ],
              },
            };
          }
        },
      };
    },
  };
}
