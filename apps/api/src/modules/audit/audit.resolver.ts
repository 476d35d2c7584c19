import type { FilterQuery } from "@mikro-orm/core";
import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";

import { AuditEvent } from "@allot/db";

import { CURSOR_SHAPES, decodeCursor, pageSize, toConnection } from "../../common/connection.js";
import type { Context } from "../../context.js";
import { AuditEventConnection, toAuditEventType } from "./audit.type.js";

@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, {
    description:
      "The district's audit trail, newest first, at most 100 a page (administrators and federal programs directors).",
  })
  async auditEvents(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 1-100 (default 50)." })
    first?: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." })
    after?: string | null,
    @Arg("entityType", () => String, {
      nullable: true,
      description: "Only this kind of record, e.g. BudgetLine.",
    })
    entityType?: string | null,
    @Arg("entityId", () => String, {
      nullable: true,
      description: "Only this record (its database id).",
    })
    entityId?: string | null,
  ): Promise<AuditEventConnection> {
    const limit = pageSize(first);
    const where: FilterQuery<AuditEvent> = { district: ctx.districtId };
    if (entityType) where.entityType = entityType;
    if (entityId) where.entityId = entityId;
    const page: FilterQuery<AuditEvent> = after
      ? { $and: [where, { sequence: { $lt: decodeCursor(after, CURSOR_SHAPES.sequence) } }] }
      : where;
    const [rows, totalCount] = await Promise.all([
      ctx.em.find(AuditEvent, page, { orderBy: { sequence: "desc" }, limit: limit + 1 }),
      ctx.em.count(AuditEvent, where),
    ]);
    return toConnection(
      new AuditEventConnection(),
      rows,
      limit,
      after,
      totalCount,
      (e) => e.sequence,
      toAuditEventType,
    );
  }
}
