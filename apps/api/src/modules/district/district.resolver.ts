import { Ctx, Query, Resolver } from "type-graphql";
import { District, FiscalYear } from "@allot/db";
import type { Context } from "../../context.js";
import { DistrictType, FiscalYearType, toDistrictType, toFiscalYearType } from "./district.type.js";

@Resolver()
export class DistrictResolver {
  @Query(() => DistrictType, { description: "The district this request is scoped to." })
  async district(@Ctx() ctx: Context): Promise<DistrictType> {
    return toDistrictType(await ctx.em.findOneOrFail(District, ctx.districtId));
  }

  @Query(() => [FiscalYearType], { description: "The district's fiscal years, newest first." })
  async fiscalYears(@Ctx() ctx: Context): Promise<FiscalYearType[]> {
    const years = await ctx.em.find(FiscalYear, { district: ctx.districtId }, { orderBy: { year: "desc" } });
    return years.map(toFiscalYearType);
  }
}
