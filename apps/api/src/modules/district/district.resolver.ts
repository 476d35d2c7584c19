import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";

import { District, FiscalYear } from "@allot/db";
import { defaultFiscalYear, segmentCodeProblem } from "@allot/engine";

import { problem, type Outcome } from "../../common/problem.js";
import { payload } from "../../common/user-error.js";
import type { Context } from "../../context.js";
import { Allow } from "../../platform/auth/roles.js";
import { districtChart } from "../budget/budget.service.js";
import {
  DistrictPayload,
  DistrictType,
  FiscalYearType,
  SetOfficeFacilityCodeInput,
  toDistrictType,
  toFiscalYearType,
} from "./district.type.js";

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

  @Allow(["ADMINISTRATOR", "FINANCE_ANALYST"])
  @Mutation(() => DistrictPayload, {
    description:
      "Sets the district office's facility code in the state's chart (as many digits as its facility segment; Georgia: 4), the facility of district-level lines' account strings. An empty string clears it.",
  })
  async setOfficeFacilityCode(
    @Ctx() ctx: Context,
    @Arg("input", () => SetOfficeFacilityCodeInput, { description: "The code." })
    input: SetOfficeFacilityCodeInput,
  ): Promise<DistrictPayload> {
    const code = input.code;
    const outcome = await ctx.em.transactional(async (tx): Promise<Outcome<District>> => {
      const district = await tx.findOneOrFail(District, ctx.districtId);
      const next = code.trim();
      const chart = await districtChart(tx, ctx.districtId);
      const wrong = chart && next ? segmentCodeProblem(chart, "facility", next) : null;
      if (wrong) return { ok: false, errors: [problem("code", wrong, "INVALID")] };
      if (next.length > 8)
        return {
          ok: false,
          errors: [problem("code", "code is longer than 8 characters.", "INVALID")],
        };
      district.officeFacilityCode = next || null;
      return { ok: true, value: district };
    });
    return payload(DistrictPayload, "district", outcome, toDistrictType);
  }
}
