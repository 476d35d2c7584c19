import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";

import { CURSOR_SHAPES, decodeCursor, pageSize, toConnection } from "../../common/connection.js";
import type { Context } from "../../context.js";
import { schoolPage } from "./school.queries.js";
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
    const { rows, totalCount } = await schoolPage(ctx.em, {
      districtId: ctx.districtId,
      onlySchool: ctx.principal?.schoolId ?? null,
      filter: filter ?? null,
      afterNcesId: after ? decodeCursor(after, CURSOR_SHAPES.ncesSchoolId) : null,
      limit: limit + 1,
    });
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
