import { Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";

import { District, FiscalYear } from "@allot/db";
import { defaultFiscalYear } from "@allot/engine";

import type { Context } from "../../context.js";
import { DistrictType, FiscalYearType, toDistrictType, toFiscalYearType } from "./district.type.js";

@Resolver(() => DistrictType)
export class DistrictResolver {
  @Query(() => DistrictType, { description: "The district this request is scoped to." })
  async district(@Ctx() ctx: Context): Promise<DistrictType> {
    return toDistrictType(await ctx.em.findOneOrFail(District, ctx.districtId));
  }

  @Query(() => [FiscalYearType], { description: "The district's fiscal years, newest first." })
  async fiscalYears(@Ctx() ctx: Context): Promise<FiscalYearType[]> {
    const years = await ctx.em.find(
      FiscalYear,
      { district: ctx.districtId },
      { orderBy: { year: "desc" } },
    );
    return years.map(toFiscalYearType);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "The year screens open on: the current one when the district has it, else the latest before it (next year's preliminary awards do not take over), else the earliest; null with no year.",
  })
  async defaultFiscalYear(
    @Ctx() ctx: Context,
    @Root() district: DistrictType,
  ): Promise<number | null> {
    const years = await ctx.em.find(FiscalYear, { district: ctx.districtId }, { fields: ["year"] });
    return defaultFiscalYear(
      years.map((y) => y.year),
      district.currentFiscalYear,
    );
  }
}
