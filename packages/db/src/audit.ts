import { AsyncLocalStorage } from "node:async_hooks";
import { createHash } from "node:crypto";
import { type ChangeSet, ChangeSetType, type EventSubscriber, type FlushEventArgs } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { AuditEvent } from "./entities/trust.js";

/** Who is changing things, for the audit trail: set once per request or CLI command. */
export interface AuditActor {
  /** "user:<email>", "token:<name>", "cli" ... */
  actor: string;
  /** The mutation or command, e.g. updateBudgetLine. */
  action: string;
  requestId: string | null;
}

export const auditContext = new AsyncLocalStorage<AuditActor>();

/** Runs `fn` with every write inside it recorded as done by `who`. */
export function withAudit<T>(who: AuditActor, fn: () => T): T {
  return auditContext.run(who, fn);
}

// Derived rows (a scenario's computed allocations: thousands per run) are not events; the scenario's
// own change is. Credentials never enter the trail, and bulky results enter as a digest.
const SKIP = new Set(["AuditEvent", "ScenarioAllocation", "IdempotencyKey"]);
const SECRET: Record<string, readonly string[]> = { User: ["passwordHash"], Session: ["tokenHash"], ApiToken: ["tokenHash"] };
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
  onFlush(args: FlushEventArgs): void {
    const who = auditContext.getStore();
    if (!who) return;
    const at = new Date();
    for (const cs of args.uow.getChangeSets()) {
      if (SKIP.has(cs.name)) continue;
      const districtId = districtOf(cs);
      if (!districtId) continue;
      const event = args.em.create(AuditEvent, {
        district: districtId,
        at,
        actor: who.actor,
        action: who.action,
        entityType: cs.name,
        entityId: primaryKeyOf(cs),
        before: before(cs, args),
        after: cs.type === ChangeSetType.DELETE ? null : { ...clean(cs.name, cs.payload as Record<string, unknown>), ...written.get(cs.entity) },
        requestId: who.requestId,
        // Set by the database trigger that chains the events.
        previousHash: "",
        hash: "",
      });
      args.uow.computeChangeSet(event);
      written.delete(cs.entity);
    }
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
  if (cs.type === ChangeSetType.DELETE) return clean(cs.name, args.em.getComparator().prepareEntity(cs.entity));
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

export interface AuditVerification {
  /** Events checked. */
  checked: number;
  /** Events whose content or link to the previous event does not match. */
  broken: { sequence: string; districtId: string; problem: string }[];
  /** Each district's newest event hash: keep it elsewhere to detect deletion of the newest events too. */
  heads: { districtId: string; sequence: string; hash: string }[];
}

/** Recomputes every event's hash and link, in the database that holds them. */
export async function verifyAuditChain(em: EntityManager): Promise<AuditVerification> {
  const rows = await em.getConnection().execute<{ sequence: string; district_id: string; hash: string; previous_hash: string; prior: string | null; recomputed: string; last: boolean }[]>(`
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
    if (r.recomputed !== r.hash) broken.push({ sequence: r.sequence, districtId: r.district_id, problem: "its content was changed after it was written" });
    if (r.previous_hash !== (r.prior ?? zero)) broken.push({ sequence: r.sequence, districtId: r.district_id, problem: "the event before it was deleted or changed" });
  }
  const heads = rows.filter((r) => r.last).map((r) => ({ districtId: r.district_id, sequence: r.sequence, hash: r.hash }));
  return { checked: rows.length, broken, heads };
}
