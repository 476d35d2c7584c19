import { GraphQLError } from "graphql";
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";

import { District } from "@allot/db";
import { segmentCodeProblem, type ProgramCode } from "@allot/engine";

import { ProgramCodeEnum } from "../../common/enums.js";
import { idOfType } from "../../common/global-id.js";
import { problem, type Outcome } from "../../common/problem.js";
import { payload } from "../../common/user-error.js";
import type { Context } from "../../context.js";
import { Allow } from "../../platform/auth/roles.js";
import { MAX_GRID_CELLS } from "../../platform/limits/list-sizes.js";
import {
  DistrictPayload,
  SetOfficeFacilityCodeInput,
  toDistrictType,
} from "../district/district.type.js";
import {
  budgetByFunctionAndObject,
  budgetComplianceReport,
  chartForYear,
  districtChart,
  moneyPictureOf,
  schoolBudgetOf,
} from "./budget.service.js";
import {
  BudgetComplianceReportType,
  ChartOfAccountsType,
  FunctionObjectAmount,
  ProgramMoneyPictureType,
  SchoolBudgetProgramType,
  toBudgetComplianceType,
  toChartType,
  toFunctionObjectAmount,
  toMoneyPictureType,
} from "./budget.type.js";

@Resolver()
export class BudgetResolver {
  @Query(() => ChartOfAccountsType, {
    nullable: true,
    description:
      "The district's state chart of accounts with the codes valid in the fiscal year; null when Allot has none for the state (codes are then stored as given and the compliance report says they are not checked).",
  })
  async chartOfAccounts(
    @Ctx() ctx: Context,
    @Arg("fiscalYear", () => Int, { description: "Fiscal year, e.g. 2022." }) fiscalYear: number,
  ): Promise<ChartOfAccountsType | null> {
    const chart = await districtChart(ctx.em, ctx.districtId);
    return chart ? toChartType(chartForYear(chart, fiscalYear)) : null;
  }

  @Query(() => BudgetComplianceReportType, {
    description:
      "Compliance judged on the fiscal year's coded budget lines (administration by function code, family engagement, Title IV-A uses, IDEA CEIS, equipment, 1003, programs per action step, Title III-A), each rule with its citation.",
  })
  async budgetCompliance(
    @Ctx() ctx: Context,
    @Arg("fiscalYear", () => Int, { description: "Fiscal year, e.g. 2022." }) fiscalYear: number,
  ): Promise<BudgetComplianceReportType> {
    return toBudgetComplianceType(await budgetComplianceReport(ctx.em, ctx.districtId, fiscalYear));
  }

  @Query(() => [FunctionObjectAmount], {
    description:
      "The fiscal year's budget by program, function and object, the grid of the state's consolidated application budget page. Lines not yet coded form a cell with null codes, so the cells add up to the lines.",
  })
  async budgetByFunctionAndObject(
    @Ctx() ctx: Context,
    @Arg("fiscalYear", () => Int, { description: "Fiscal year, e.g. 2022." }) fiscalYear: number,
    @Arg("program", () => ProgramCodeEnum, { nullable: true, description: "Only this program." })
    program?: string | null,
  ): Promise<FunctionObjectAmount[]> {
    const [chart, cells] = await Promise.all([
      districtChart(ctx.em, ctx.districtId),
      budgetByFunctionAndObject(
        ctx.em,
        ctx.districtId,
        fiscalYear,
        (program ?? null) as ProgramCode | null,
      ),
    ]);
    // Never cut short: a budget with more distinct cells than a page is read a program at a time.
    if (cells.length > MAX_GRID_CELLS)
      throw new GraphQLError(
        `The budget has ${cells.length} function and object cells, more than ${MAX_GRID_CELLS} at once: ask for one program.`,
        { extensions: { code: "BAD_USER_INPUT", argument: "program" } },
      );
    return cells.map((c) => toFunctionObjectAmount(c, chart));
  }

  @Query(() => [ProgramMoneyPictureType], {
    description:
      "Each program's money in the fiscal year, defined once (the dashboard, the funding page and the exports use it): available = reserved + toSchools + districtLinesBeyondReservations + unbudgeted. Empty when the district has no such year.",
  })
  async moneyPicture(
    @Ctx() ctx: Context,
    @Arg("fiscalYear", () => Int, { description: "Fiscal year, e.g. 2022." }) fiscalYear: number,
  ): Promise<ProgramMoneyPictureType[]> {
    const { programs } = await moneyPictureOf(ctx.em, ctx.districtId, fiscalYear);
    return programs.map(toMoneyPictureType);
  }

  @Query(() => [SchoolBudgetProgramType], {
    description:
      "A school's budget against its envelope in a fiscal year, per program. A school leader reads their own school's only.",
  })
  async schoolBudget(
    @Ctx() ctx: Context,
    @Arg("fiscalYear", () => Int, { description: "Fiscal year, e.g. 2022." }) fiscalYear: number,
    @Arg("schoolId", () => ID, { description: "The school (global id)." }) schoolId: string,
  ): Promise<SchoolBudgetProgramType[]> {
    const id = idOfType(schoolId, "School");
    const only = ctx.principal?.schoolId;
    if (!id || (only && id !== only))
      throw new GraphQLError("No such school in your district.", {
        extensions: { code: "NOT_FOUND" },
      });
    const rows = await schoolBudgetOf(ctx.em, ctx.districtId, fiscalYear, id);
    return rows.map((r) =>
      Object.assign(new SchoolBudgetProgramType(), {
        ...r,
        left: r.envelope === null ? null : r.envelope - r.approved - r.drafts,
      }),
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
