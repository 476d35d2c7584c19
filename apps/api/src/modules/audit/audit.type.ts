import { GraphQLJSON } from "graphql-scalars";
import { Field } from "type-graphql";

import type { AuditEvent } from "@allot/db";

import { Connection } from "../../common/connection.js";
import { ObjectType } from "../../common/object-type.js";

@ObjectType("AuditEvent", {
  description:
    "One recorded change: append-only and hash-chained, so a changed or deleted event is detected.",
})
export class AuditEventType {
  @Field({ description: "Position in the district's chain." })
  sequence!: string;
  @Field({ description: "When (ISO 8601)." })
  at!: string;
  @Field({ description: 'Who: "user:<email>", "token:<name>" or "cli".' })
  actor!: string;
  @Field({ description: "The mutation or command, e.g. updateBudgetLine." })
  action!: string;
  @Field({ description: "What kind of record changed, e.g. BudgetLine." })
  entityType!: string;
  @Field(() => String, { nullable: true, description: "Its database id." })
  entityId!: string | null;
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: "The changed fields before (null for a creation).",
  })
  before!: unknown;
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: "The changed fields after (null for a deletion).",
  })
  after!: unknown;
  @Field(() => String, {
    nullable: true,
    description: "The request that made it (the X-Request-Id response header).",
  })
  requestId!: string | null;
  @Field({ description: "SHA-256 of the previous event's hash and this event." })
  hash!: string;
}

export function toAuditEventType(e: AuditEvent): AuditEventType {
  return Object.assign(new AuditEventType(), {
    sequence: e.sequence,
    at: e.at.toISOString(),
    actor: e.actor,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    before: e.before,
    after: e.after,
    requestId: e.requestId,
    hash: e.hash,
  });
}

@ObjectType({ description: "A page of audit events, newest first." })
export class AuditEventConnection extends Connection(AuditEventType, "AuditEvent") {}
