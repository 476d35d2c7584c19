import { Ctx, Query, Resolver } from "type-graphql";

import { FundingSource } from "@allot/db";
import { PROGRAM_CODES } from "@allot/engine";

import type { Context } from "../../context.js";
import { FundingSourceType, toFundingSourceType } from "./funding-source.type.js";

@Resolver()
export class FundingSourceResolver {
  @Query(() => [FundingSourceType], {
    description: "The seven federal programs, in statute order.",
  })
  async fundingSources(@Ctx() ctx: Context): Promise<FundingSourceType[]> {
    const sources = await ctx.em.find(FundingSource, { district: ctx.districtId });
    return sources
      .sort((a, b) => PROGRAM_CODES.indexOf(a.code) - PROGRAM_CODES.indexOf(b.code))
      .map(toFundingSourceType);
  }
}
