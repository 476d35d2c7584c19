import { School } from "@allot/db";

import { requestLoader } from "../../common/loaders.js";
import type { Context } from "../../context.js";
import { toSchoolType, type SchoolType } from "./school.type.js";

/**
 * Federation: another subgraph (a student information system) names a school by its NCES id and
 * the gateway asks this API for the rest. One query for all the schools a request names, in the
 * caller's district only, and a school leader only ever gets their own school.
 */
export const schoolReference = {
  async __resolveReference(
    ref: { ncesSchoolId: string },
    ctx: Context,
  ): Promise<SchoolType | null> {
    const loader = requestLoader<string, SchoolType | null>(
      ctx,
      "school-by-nces-id",
      async (ids) => {
        const where = {
          district: ctx.districtId,
          ncesSchoolId: { $in: [...ids] },
          ...(ctx.principal?.schoolId ? { id: ctx.principal.schoolId } : {}),
        };
        const rows = await ctx.em
          .createQueryBuilder(School)
          .select("*")
          .where(where)
          .execute<School[]>("all", true);
        const byId = new Map(rows.map((r) => [r.ncesSchoolId, toSchoolType(r)]));
        return ids.map((id) => byId.get(id) ?? null);
      },
    );
    return loader.load(ref.ncesSchoolId);
  },
};
