import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { School } from "@allot/db";
import { columnsOf, readRows } from "../../common/plain-rows.js";
import { CURSOR_SHAPES, decodeCursor, pageSize, toConnection } from "../../common/connection.js";
import type { Context } from "../../context.js";
import { SchoolConnection, SchoolFilter, toSchoolType } from "./school.type.js";

@Resolver()
export class SchoolResolver {
  @Query(() => SchoolConnection, {
    description: "The district's schools by NCES id, at most 100 a page.",
  })
  async schools(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 1-100 (default 50)." })
    first?: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." })
    after?: string | null,
    @Arg("filter", () => SchoolFilter, { nullable: true, description: "Conditions." })
    filter?: SchoolFilter | null,
  ): Promise<SchoolConnection> {
    const limit = pageSize(first);
    // Plain SQL for the district's hottest list: the query builder cost more than the query.
    const cond = ["s.district_id = ?"];
    const params: unknown[] = [ctx.districtId];
    const and = (sql: string, value: unknown) => (cond.push(sql), params.push(value));
    if (ctx.principal?.schoolId) and("s.id = ?", ctx.principal.schoolId); // a school leader sees their school only
    if (filter?.level) and("s.level = ?", filter.level);
    if (filter?.titleIStatus) and("s.title_istatus = ?", filter.titleIStatus);
    if (filter?.supportDesignation) and("s.support_designation = ?", filter.supportDesignation);
    if (filter?.nameContains)
      and("s.name ilike ?", `%${filter.nameContains.replace(/[\\%_]/g, "\\$&")}%`);
    const where = cond.join(" and ");
    const [rows, counted] = await Promise.all([
      // Keyset paging on the NCES id: stable under inserts and fast at any depth.
      readRows<School>(
        ctx.em,
        `select ${columnsOf(ctx.em, School, "s")} from school s where ${where}${after ? " and s.nces_school_id > ?" : ""} order by s.nces_school_id limit ?`,
        [...params, ...(after ? [decodeCursor(after, CURSOR_SHAPES.ncesSchoolId)] : []), limit + 1],
      ),
      readRows<{ n: number }>(
        ctx.em,
        `select count(*)::int as n from school s where ${where}`,
        params,
      ),
    ]);
    const totalCount = counted[0]?.n ?? 0;
    return toConnection(
      new SchoolConnection(),
      rows,
      limit,
      after,
      totalCount,
      (s) => s.ncesSchoolId,
      toSchoolType,
    );
  }
}
