import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { EntityManager } from "@mikro-orm/postgresql";
import {
  ActionStep,
  Award,
  BudgetLine,
  District,
  FiscalYear,
  FundingSource,
  ImprovementPlan,
  OverarchingNeed,
  School,
  StrategicActionStep,
  Scenario,
  StrategicPlan,
  Transfer,
} from "@allot/db";
import { fromGlobalId } from "../../common/global-id.js";
import { Node } from "../../common/node.js";
import type { Context } from "../../context.js";
import { moneyByProgram } from "../award/award.service.js";
import { toAwardType, toTransferType } from "../award/award.type.js";
import { BUDGET_LINE_POPULATE } from "../budget-line/budget-line.service.js";
import { toBudgetLineType } from "../budget-line/budget-line.type.js";
import { toDistrictType, toFiscalYearType } from "../district/district.type.js";
import { toFundingSourceType } from "../funding-source/funding-source.type.js";
import { PLAN_POPULATE } from "../improvement-plan/improvement-plan.service.js";
import {
  toActionStepType,
  toImprovementPlanType,
  toNeedType,
} from "../improvement-plan/improvement-plan.type.js";
import { lookups, toScenarioType } from "../scenario/scenario.mapper.js";
import { toSchoolType } from "../school/school.type.js";
import {
  toStrategicActionStepType,
  toStrategicPlanType,
} from "../strategic-plan/strategic-plan.type.js";

/** `onlySchool`: a school leader's school; they see no other school's records. */
type Loader = (
  em: EntityManager,
  districtId: string,
  id: string,
  onlySchool: string | null,
) => Promise<Node | null>;

// Each lookup filters on the caller's district: an id from another district is simply not found.
const LOADERS: Record<string, Loader> = {
  District: async (em, d, id) =>
    id === d ? toDistrictType(await em.findOneOrFail(District, id)) : null,
  FiscalYear: async (em, d, id) =>
    map(await em.findOne(FiscalYear, { id, district: d }), toFiscalYearType),
  FundingSource: async (em, d, id) =>
    map(await em.findOne(FundingSource, { id, district: d }), toFundingSourceType),
  School: async (em, d, id, only) =>
    only && only !== id ? null : map(await em.findOne(School, { id, district: d }), toSchoolType),
  Award: async (em, d, id) => {
    const award = await em.findOne(
      Award,
      { id, district: d },
      { populate: ["fiscalYear", "fundingSource"] },
    );
    if (!award) return null;
    const money = await moneyByProgram(em, d, award.fiscalYear.id);
    return toAwardType(award.fiscalYear.year, money.get(award.fundingSource.code)!);
  },
  Transfer: async (em, d, id) =>
    map(
      await em.findOne(
        Transfer,
        { id, district: d },
        { populate: ["fiscalYear", "fromSource", "toSource"] },
      ),
      toTransferType,
    ),
  Scenario: async (em, d, id, only) => {
    const s = await em.findOne(Scenario, { id, district: d });
    return s ? toScenarioType(em, s, await lookups(em, d, only)) : null;
  },
  ImprovementPlan: async (em, d, id) =>
    map(
      await em.findOne(
        ImprovementPlan,
        { id, district: d },
        { populate: PLAN_POPULATE, strategy: "select-in" },
      ),
      toImprovementPlanType,
    ),
  OverarchingNeed: async (em, d, id) =>
    map(
      await em.findOne(
        OverarchingNeed,
        { id, district: d },
        {
          populate: [
            "actionSteps.allowedFundingSources.fundingSource",
            "actionSteps.strategicLinks.strategicActionStep",
          ],
          strategy: "select-in",
        },
      ),
      toNeedType,
    ),
  ActionStep: async (em, d, id) =>
    map(
      await em.findOne(
        ActionStep,
        { id, district: d },
        {
          populate: [
            "need",
            "allowedFundingSources.fundingSource",
            "strategicLinks.strategicActionStep",
          ],
          strategy: "select-in",
        },
      ),
      toActionStepType,
    ),
  BudgetLine: async (em, d, id, only) =>
    map(
      await em.findOne(
        BudgetLine,
        { id, district: d, ...(only ? { $or: [{ school: null }, { school: only }] } : {}) },
        { populate: BUDGET_LINE_POPULATE },
      ),
      toBudgetLineType,
    ),
  StrategicPlan: async (em, d, id) =>
    map(
      await em.findOne(
        StrategicPlan,
        { id, district: d },
        { populate: ["goals.objectives.initiatives.actionSteps"], strategy: "select-in" },
      ),
      toStrategicPlanType,
    ),
  StrategicActionStep: async (em, d, id) =>
    map(await em.findOne(StrategicActionStep, { id, district: d }), toStrategicActionStepType),
};

function map<E, T>(entity: E | null, to: (e: E) => T): T | null {
  return entity ? to(entity) : null;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: "Any object by its global id; null when there is none in your district.",
  })
  async node(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "A global id." }) id: string,
  ): Promise<Node | null> {
    const parsed = fromGlobalId(id);
    // Own keys only: "constructor" or "valueOf" is not a type of ours.
    const load = parsed && Object.hasOwn(LOADERS, parsed.type) ? LOADERS[parsed.type] : undefined;
    return load && parsed
      ? load(ctx.em, ctx.districtId, parsed.id, ctx.principal?.schoolId ?? null)
      : null;
  }
}
