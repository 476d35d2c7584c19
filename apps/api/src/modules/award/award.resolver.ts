import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { PROGRAM_CODES } from "@allot/engine";
import { FiscalYear } from "@allot/db";
import type { Context } from "../../context.js";
import { moneyByProgram } from "./award.service.js";
import { AwardType, toAwardType } from "./award.type.js";

@Resolver()
export class AwardResolver {
  @Query(() => [AwardType], { description: "Each program's award for a fiscal year, in statute order." })
  async awards(
    @Ctx() ctx: Context,
    @Arg("fiscalYear", () => Int, { description: "Fiscal year, e.g. 2022." }) fiscalYear: number,
  ): Promise<AwardType[]> {
    const fy = await ctx.em.findOne(FiscalYear, { district: ctx.districtId, year: fiscalYear });
    if (!fy) return [];
    const money = await moneyByProgram(ctx.em, ctx.districtId, fy.id);
    return PROGRAM_CODES.flatMap((code) => {
      const m = money.get(code);
      return m ? [toAwardType(fiscalYear, m)] : [];
    });
  }
}
