import DataLoader from "dataloader";
import { School } from "@allot/db";
import type { Context } from "../../context.js";
import { type SchoolType, toSchoolType } from "./school.type.js";

/**
 * Federation: another subgraph (a student information system) names a school by its NCES id and
 * the gateway asks this API for the rest. One query for all the schools a request names, in the
 * caller's district only, and a school leader only ever gets their own school.
 */
export const schoolReference = {
  async __resolveReference(ref: { ncesSchoolId: string }, ctx: Context): Promise<SchoolType | null> {
    let loader = ctx.loaders.get("school-by-nces-id") as DataLoader<string, SchoolType | null> | undefined;
    if (!loader) {
      loader = new DataLoader(async (ids: readonly string[]) => {
        const where = { district: ctx.districtId, ncesSchoolId: { $in: [...ids] }, ...(ctx.principal?.schoolId ? { id: ctx.principal.schoolId } : {}) };
        const rows = await ctx.em.createQueryBuilder(School).select("*").where(where).execute<School[]>("all", true);
        const byId = new Map(rows.map((r) => [r.ncesSchoolId, toSchoolType(r)]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      ctx.loaders.set("school-by-nces-id", loader);
    }
    return loader.load(ref.ncesSchoolId);
  },
};
