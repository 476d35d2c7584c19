import { AsyncLocalStorage } from "node:async_hooks";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

import {
  ChangeSetType,
  type ChangeSet,
  type EventSubscriber,
  type FlushEventArgs,
  type TransactionEventArgs,
} from "@mikro-orm/core";
import type { EntityManager, Knex } from "@mikro-orm/postgresql";

import { AuditEvent } from "./entities/trust.js";

/** Who is changing things, for the audit trail: set once per request or CLI command. */
export interface AuditActor {
  /** "user:<email>", "token:<name>", "cli" ... */
  actor: string;
  /** The mutation or command, e.g. updateBudgetLine. */
  action: string;
  requestId: string | null;
  /** Districts whose trail this request added to: sealed before its transaction commits. */
  touched?: Set<string>;
}

export const auditContext = new AsyncLocalStorage<AuditActor>();

/** Runs `fn` with every write inside it recorded as done by `who`. */
export function withAudit<T>(who: AuditActor, fn: () => T): T {
  return auditContext.run(who, fn);
}

// Derived rows (a scenario's computed allocations: thousands per run) are not events; the scenario's
// own change is. Credentials never enter the trail, and bulky results enter as a digest.
const SKIP = new Set([
  "AuditEvent",
  "AuditCheckpoint",
  "ScenarioAllocation",
  "SchoolAllocation",
  "IdempotencyKey",
]);
const SECRET: Record<string, readonly string[]> = {
  User: ["passwordHash"],
  Session: ["tokenHash"],
  ApiToken: ["tokenHash"],
};
const DIGEST: Record<string, readonly string[]> = { Scenario: ["results"] };

/** How the trail records a bulky document: its SHA-256, from its JSON text. */
export function auditDigest(json: string): string {
  return `sha256:${createHash("sha256").update(json).digest("hex")}`;
}

const written = new WeakMap<object, Record<string, unknown>>();

/**
 * Fields of an entity written beside the ORM (a document of megabytes sent as one bound
 * parameter), for its next audit event to record with the fields the flush writes.
 */
export function auditAlso(entity: object, fields: Record<string, unknown>): void {
  written.set(entity, { ...written.get(entity), ...fields });
}

/**
 * Writes one audit event per changed row in the same flush, hence the same transaction, as the
 * change itself. The database chains each event to the one before (see the trust migration).
 * Writes outside an audit context (the demo seed, migrations) are not recorded.
 */
export class AuditSubscriber implements EventSubscriber {
  /** `secret` seals each district's chain head before a transaction that added to it commits. */
  constructor(private readonly secret?: string) {}

  onFlush(args: FlushEventArgs): void {
    const who = auditContext.getStore();
    if (!who) return;
    const at = new Date();
    for (const cs of args.uow.getChangeSets()) {
      if (cs.name === "AuditEvent") {
        const d = districtOf(cs);
        if (d) (who.touched ??= new Set()).add(d); // written by a service itself (a failed sign-in, an import)
      }
      if (SKIP.has(cs.name)) continue;
      const districtId = districtOf(cs);
      if (!districtId) continue;
      (who.touched ??= new Set()).add(districtId);
      const event = args.em.create(AuditEvent, {
        district: districtId,
        at,
        actor: who.actor,
        action: who.action,
        entityType: cs.name,
        entityId: primaryKeyOf(cs),
        before: before(cs, args),
        after:
          cs.type === ChangeSetType.DELETE
            ? null
            : {
                ...clean(cs.name, cs.payload as Record<string, unknown>),
                ...written.get(cs.entity),
              },
        requestId: who.requestId,
        // Set by the database trigger that chains the events.
        previousHash: "",
        hash: "",
      });
      args.uow.computeChangeSet(event);
      written.delete(cs.entity);
    }
  }

  async beforeTransactionCommit(args: TransactionEventArgs): Promise<void> {
    const touched = auditContext.getStore()?.touched;
    if (!this.secret || !touched?.size) return;
    for (const districtId of touched)
      await anchorAuditChain(
        args.em as EntityManager,
        this.secret,
        districtId,
        args.transaction as Knex.Transaction,
      );
    touched.clear();
  }
}

function districtOf(cs: ChangeSet<object>): string | null {
  if (cs.name === "District") return primaryKeyOf(cs);
  const fromEntity = (cs.entity as { district?: { id?: string } }).district?.id;
  const data: Record<string, unknown> = { ...cs.originalEntity };
  return fromEntity ?? (typeof data.district === "string" ? data.district : null);
}

/** Every audited entity has a uuid key; anything else is written as JSON. */
function primaryKeyOf(cs: ChangeSet<object>): string {
  const pk: unknown = cs.getPrimaryKey();
  return typeof pk === "string" ? pk : JSON.stringify(pk);
}

/** Changed fields as they were; a deleted row whole, in the same database-ready form. */
function before(cs: ChangeSet<object>, args: FlushEventArgs): Record<string, unknown> | null {
  if (cs.type === ChangeSetType.CREATE) return null;
  if (cs.type === ChangeSetType.DELETE)
    return clean(cs.name, args.em.getComparator().prepareEntity(cs.entity));
  return clean(cs.name, pick(cs.originalEntity ?? {}, Object.keys(cs.payload)));
}

function pick(data: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, data[k]]));
}

function clean(entity: string, data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data };
  for (const k of SECRET[entity] ?? []) if (k in out) out[k] = "[secret]";
  for (const k of DIGEST[entity] ?? []) {
    if (out[k] != null) out[k] = auditDigest(JSON.stringify(out[k]));
  }
  return out;
}

/** The seal of a district's chain head: only the holder of the server's secret can make one. */
function seal(secret: string, districtId: string, sequence: string, hash: string): string {
  return createHmac("sha256", secret)
    .update(`audit-checkpoint:${districtId}:${sequence}:${hash}`)
    .digest("hex");
}

/**
 * Seals each district's newest audit event (or one district's) in a checkpoint when it is newer
 * than the district's last checkpoint: one indexed read per district, and a row when there is
 * something new. The audit subscriber runs it inside every transaction that adds events, just
 * before it commits; the API runs it for every district at start (a trail from before checkpoints).
 */
export async function anchorAuditChain(
  em: EntityManager,
  secret: string,
  districtId?: string,
  ctx?: Knex.Transaction,
): Promise<number> {
  const heads = await em
    .getConnection()
    .execute<{ district_id: string; sequence: string; hash: string }[]>(
      `select d.id as district_id, e.sequence::text as sequence, e.hash
       from district d
       cross join lateral (select sequence, hash from audit_event where district_id = d.id order by sequence desc limit 1) e
      where ${districtId ? "d.id = ? and " : ""}not exists (select 1 from audit_checkpoint c where c.district_id = d.id and c.sequence >= e.sequence)`,
      districtId ? [districtId] : [],
      "all",
      ctx,
    );
  for (const h of heads) {
    await em
      .getConnection()
      .execute(
        `insert into audit_checkpoint (id, district_id, sequence, hash, mac) values (gen_random_uuid(), ?, ?, ?, ?) on conflict do nothing`,
        [h.district_id, h.sequence, h.hash, seal(secret, h.district_id, h.sequence, h.hash)],
        "run",
        ctx,
      );
  }
  return heads.length;
}

export interface AuditVerification {
  /** Events checked. */
  checked: number;
  /** Events whose content or link to the previous event does not match. */
  broken: { sequence: string; districtId: string; problem: string }[];
  /** Each district's newest event hash: keep it elsewhere to detect deletion of the newest events too. */
  heads: { districtId: string; sequence: string; hash: string }[];
}

/**
 * Recomputes every event's hash and link, in the database that holds them, and checks the chain
 * against its sealed checkpoints: a seal not made with `secret`, a checkpoint whose event now has
 * another hash, or an event older than a few minutes after the last good checkpoint means someone
 * rewrote the trail with the database's own rights (re-chaining it, or deleting checkpoints).
 */
export async function verifyAuditChain(
  em: EntityManager,
  secret: string,
): Promise<AuditVerification> {
  const rows = await em.getConnection().execute<
    {
      sequence: string;
      district_id: string;
      hash: string;
      previous_hash: string;
      prior: string | null;
      recomputed: string;
      last: boolean;
    }[]
  >(`
    select sequence::text, district_id, hash, previous_hash,
           lag(hash) over w as prior,
           audit_event_digest(e) as recomputed,
           row_number() over (partition by district_id order by sequence desc) = 1 as last
    from audit_event e
    window w as (partition by district_id order by sequence)
    order by district_id, sequence`);
  const zero = "0".repeat(64);
  const broken: AuditVerification["broken"] = [];
  for (const r of rows) {
    if (r.recomputed !== r.hash)
      broken.push({
        sequence: r.sequence,
        districtId: r.district_id,
        problem: "its content was changed after it was written",
      });
    if (r.previous_hash !== (r.prior ?? zero))
      broken.push({
        sequence: r.sequence,
        districtId: r.district_id,
        problem: "the event before it was deleted or changed",
      });
  }
  const heads = rows
    .filter((r) => r.last)
    .map((r) => ({ districtId: r.district_id, sequence: r.sequence, hash: r.hash }));
  broken.push(...(await checkpointProblems(em, secret)));
  return { checked: rows.length, broken, heads };
}

async function checkpointProblems(
  em: EntityManager,
  secret: string,
): Promise<AuditVerification["broken"]> {
  const conn = em.getConnection();
  const checkpoints = await conn.execute<
    {
      district_id: string;
      sequence: string;
      hash: string;
      mac: string;
      event_hash: string | null;
    }[]
  >(
    `select c.district_id, c.sequence::text as sequence, c.hash, c.mac, e.hash as event_hash
       from audit_checkpoint c left join audit_event e on e.sequence = c.sequence and e.district_id = c.district_id
      order by c.district_id, c.sequence`,
  );
  const broken: AuditVerification["broken"] = [];
  const anchored = new Map<string, bigint>();
  for (const c of checkpoints) {
    const expected = Buffer.from(seal(secret, c.district_id, c.sequence, c.hash), "hex");
    const given = Buffer.from(c.mac, "hex");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      broken.push({
        sequence: c.sequence,
        districtId: c.district_id,
        problem: "its checkpoint's seal was not made with this server's secret",
      });
    } else if (c.event_hash !== c.hash) {
      broken.push({
        sequence: c.sequence,
        districtId: c.district_id,
        problem: c.event_hash
          ? "it was rewritten after its checkpoint was sealed"
          : "it was deleted after its checkpoint was sealed",
      });
    } else {
      anchored.set(c.district_id, BigInt(c.sequence));
    }
  }
  // Each district's newest event must be sealed: checkpoints are written in the same transaction as the events.
  const heads = await conn.execute<{ district_id: string; sequence: string }[]>(
    `select district_id, max(sequence)::text as sequence from audit_event group by district_id`,
  );
  for (const h of heads) {
    const last = anchored.get(h.district_id);
    if (last === undefined || last < BigInt(h.sequence)) {
      const after =
        last === undefined
          ? "no sealed checkpoint at all"
          : `the last good checkpoint is at event ${last}`;
      broken.push({
        sequence: h.sequence,
        districtId: h.district_id,
        problem: `the newest event is not sealed (${after}): events were added or rewritten without the server's secret, or checkpoints deleted`,
      });
    }
  }
  return broken;
}
