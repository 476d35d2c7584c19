import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { FilterQuery } from "@mikro-orm/core";
import { School } from "@allot/db";
import { decodeCursor, pageSize, toConnection } from "../../common/connection.js";
import type { Context } from "../../context.js";
import { SchoolConnection, SchoolFilter, toSchoolType } from "./school.type.js";

@Resolver()
export class SchoolResolver {
  @Query(() => SchoolConnection, { description: "The district's schools by NCES id, at most 100 a page." })
  async schools(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 1-100 (default 50)." }) first?: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after?: string | null,
    @Arg("filter", () => SchoolFilter, { nullable: true, description: "Conditions." }) filter?: SchoolFilter | null,
  ): Promise<SchoolConnection> {
    const limit = pageSize(first);
    const where: FilterQuery<School> = { district: ctx.districtId };
    if (ctx.principal?.schoolId) where.id = ctx.principal.schoolId; // a school leader sees their school only
    if (filter?.level) where.level = filter.level as School["level"];
    if (filter?.titleIStatus) where.titleIStatus = filter.titleIStatus as School["titleIStatus"];
    if (filter?.supportDesignation) where.supportDesignation = filter.supportDesignation as School["supportDesignation"];
    if (filter?.nameContains) where.name = { $ilike: `%${filter.nameContains.replace(/[\\%_]/g, "\\$&")}%` };
    // Keyset paging on the NCES id: stable under inserts and fast at any depth.
    const page: FilterQuery<School> = after ? { $and: [where, { ncesSchoolId: { $gt: decodeCursor(after) } }] } : where;
    const [rows, totalCount] = await Promise.all([
      // Read-only rows as plain objects (property names, no entities): building and tracking 100
      // entities cost more than the query itself.
      ctx.em.createQueryBuilder(School).select("*").where(page).orderBy({ ncesSchoolId: "asc" }).limit(limit + 1).execute<School[]>("all", true),
      ctx.em.count(School, where),
    ]);
    return toConnection(new SchoolConnection(), rows, limit, after, totalCount, (s) => s.ncesSchoolId, toSchoolType);
  }
}
