import { createHash } from "node:crypto";
import { type ApolloServerPlugin, type GraphQLResponse, HeaderMap } from "@apollo/server";
import type { MikroORM } from "@mikro-orm/postgresql";
import { OperationTypeNode } from "graphql";
import type { Context } from "../../context.js";

export const IDEMPOTENCY_HEADER = "idempotency-key";
const KEY = /^[\w.:-]{1,200}$/;
/** A first request still unfinished after this long is taken to have died; its key may run again. */
const STALE_PENDING_MS = 60_000;

type Stored = { data: unknown; errors?: unknown; status: number };

/**
 * Idempotency-Key on a mutation: the first request with a key runs and its answer is kept for 24
 * hours; a retry with the same key and the same request gets that answer back without running
 * again (header Idempotent-Replayed: true). The same key with another request, or while the first
 * is still running, is refused. A failure the caller should retry (503) is not kept.
 */
export function idempotencyPlugin(orm: MikroORM): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request, contextValue }) {
      const key = request.http?.headers.get(IDEMPOTENCY_HEADER);
      const p = contextValue.principal;
      if (!key || !p) return {};
      let claimed: string | null = null;
      const conn = orm.em.getConnection();
      const who = `${p.kind}:${p.id}`;
      const refuse = (status: number, code: string, message: string): GraphQLResponse => {
        return { http: { status, headers: new HeaderMap() }, body: { kind: "single", singleResult: { errors: [{ message, extensions: { code } }] } } };
      };
      return {
        async responseForOperation({ operation }) {
          if (operation.operation !== OperationTypeNode.MUTATION) return null;
          if (!KEY.test(key)) return refuse(400, "BAD_REQUEST", "Idempotency-Key must be 1-200 letters, digits, '.', ':', '_' or '-'.");
          const hash = createHash("sha256").update(`${request.query ?? ""}\n${JSON.stringify(request.variables ?? {})}`).digest("hex");
          await conn.execute(`delete from idempotency_key where created_at < now() - interval '24 hours' or (response is null and created_at < now() - (? || ' milliseconds')::interval)`, [String(STALE_PENDING_MS)]);
          const inserted = await conn.execute<{ id: string }[]>(
            `insert into idempotency_key (id, district_id, principal, key, request_hash) values (gen_random_uuid(), ?, ?, ?, ?) on conflict do nothing returning id`,
            [p.districtId, who, key, hash],
          );
          if (inserted.length) {
            claimed = inserted[0]!.id;
            return null; // first time: run it
          }
          const [row] = await conn.execute<{ request_hash: string; response: Stored | null }[]>(
            `select request_hash, response from idempotency_key where district_id = ? and principal = ? and key = ?`,
            [p.districtId, who, key],
          );
          if (!row) return refuse(409, "CONFLICT", "That Idempotency-Key was just released; send the request again.");
          if (row.request_hash !== hash) return refuse(422, "IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key was used for a different request; use a new key.");
          if (!row.response) return refuse(409, "CONFLICT", "The first request with this Idempotency-Key is still running; retry shortly.");
          const replay: GraphQLResponse = {
            http: { status: row.response.status, headers: new HeaderMap([["idempotent-replayed", "true"]]) },
            body: { kind: "single", singleResult: { data: row.response.data as Record<string, unknown>, ...(row.response.errors ? { errors: row.response.errors as never } : {}) } },
          };
          return replay;
        },
        async willSendResponse({ response }) {
          if (!claimed || response.body.kind !== "single") return;
          const status = response.http.status ?? 200;
          if (status >= 500 || !response.body.singleResult.data) {
            await conn.execute(`delete from idempotency_key where id = ?`, [claimed]); // nothing ran to completion: a retry runs again
            return;
          }
          const stored: Stored = { data: response.body.singleResult.data, status, ...(response.body.singleResult.errors ? { errors: response.body.singleResult.errors } : {}) };
          await conn.execute(`update idempotency_key set response = ?, updated_at = now() where id = ?`, [JSON.stringify(stored), claimed]);
        },
      };
    },
  };
}
