import type { EntityManager } from "@mikro-orm/postgresql";
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  Resolver,
  Root,
} from "type-graphql";

import { GoalMeasure, type GoalYearValue } from "@allot/db";
import { goalMissing } from "@allot/plan-import";

import { idOfType } from "../../common/global-id.js";
import { requestLoader } from "../../common/loaders.js";
import { ObjectType } from "../../common/object-type.js";
import {
  problem,
  refusableTransaction,
  Refusal,
  type Outcome,
  type Problem,
} from "../../common/problem.js";
import { payload, UserError } from "../../common/user-error.js";
import type { Context } from "../../context.js";
import { Allow } from "../../platform/auth/roles.js";
import { OverarchingNeedType } from "./improvement-plan.type.js";

/** Most yearly values one goal keeps (targets and values reached over a plan's years). */
const MAX_GOAL_VALUES = 40;

@ObjectType("GoalYearValue", { description: "A goal's target for a year, or the value reached." })
export class GoalYearValueType {
  @Field(() => Int, { description: "School year, named by its end (2023 = 2022-23)." })
  year!: number;
  @Field({ description: "TARGET or REACHED." })
  kind!: string;
  @Field(() => Float, { description: "The value, in the goal's unit (69.6 for 69.6%)." })
  value!: number;
}

@ObjectType("GoalMeasure", {
  description:
    "A need's goal as a measure: what the importer read from the goal's text, completed by a person; `missing` names what is still to enter.",
})
export class GoalMeasureType {
  @Field(() => String, { nullable: true, description: 'What is measured, e.g. "graduation rate".' })
  measure!: string | null;
  @Field(() => String, { nullable: true, description: "Where the figures come from." })
  dataSource!: string | null;
  @Field({ description: "PERCENT, or PERCENTAGE_POINTS for growth stated in points." })
  unit!: string;
  @Field(() => Float, { nullable: true, description: "Baseline value, e.g. 69.6." })
  baseline!: number | null;
  @Field(() => Int, { nullable: true, description: "Year of the baseline." })
  baselineYear!: number | null;
  @Field(() => Float, { nullable: true, description: "Target value, e.g. 90." })
  target!: number | null;
  @Field(() => Int, { nullable: true, description: "Year the target is due." })
  targetYear!: number | null;
  @Field(() => Float, { nullable: true, description: "Growth a year, in percentage points." })
  annualChange!: number | null;
  @Field(() => [GoalYearValueType], { description: "Yearly targets and values reached, by year." })
  values!: GoalYearValueType[];
  @Field(() => [String], {
    description:
      "Fields still to enter: measure, dataSource, baseline, baselineYear, target, targetYear.",
  })
  missing!: string[];
  @Field(() => Int, { description: "Version; send it back as expectedVersion." })
  version!: number;
}

const fromHundredths = (n: number | null) => (n === null ? null : n / 100);

function toGoalMeasureType(g: GoalMeasure): GoalMeasureType {
  const out = Object.assign(new GoalMeasureType(), {
    measure: g.measure,
    dataSource: g.dataSource,
    unit: g.unit,
    baseline: fromHundredths(g.baselineHundredths),
    baselineYear: g.baselineYear,
    target: fromHundredths(g.targetHundredths),
    targetYear: g.targetYear,
    annualChange: fromHundredths(g.annualChangeHundredths),
    values: [...g.values]
      .sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind))
      .map((v) =>
        Object.assign(new GoalYearValueType(), {
          year: v.year,
          kind: v.kind,
          value: v.valueHundredths / 100,
        }),
      ),
    version: g.version,
  });
  out.missing = goalMissing(out);
  return out;
}

@InputType({
  description: "What a person enters to complete a goal; omitted fields keep their value.",
})
export class UpdateGoalMeasureInput {
  @Field(() => ID, { description: "The need (global id) whose goal this is." })
  needId!: string;
  @Field(() => Int, { nullable: true, description: "The version you read." })
  expectedVersion?: number | null;
  @Field(() => String, { nullable: true, description: "What is measured." })
  measure?: string | null;
  @Field(() => String, { nullable: true, description: "Where the figures come from." })
  dataSource?: string | null;
  @Field(() => Float, { nullable: true, description: "Baseline value, to two decimals." })
  baseline?: number | null;
  @Field(() => Int, { nullable: true, description: "Year of the baseline." })
  baselineYear?: number | null;
  @Field(() => Float, { nullable: true, description: "Target value, to two decimals." })
  target?: number | null;
  @Field(() => Int, { nullable: true, description: "Year the target is due." })
  targetYear?: number | null;
  @Field(() => Float, { nullable: true, description: "Growth a year, in percentage points." })
  annualChange?: number | null;
}

@InputType({ description: "A yearly target, or the value a goal reached in a year." })
export class RecordGoalValueInput {
  @Field(() => ID, { description: "The need (global id) whose goal this is." })
  needId!: string;
  @Field(() => Int, { description: "School year, named by its end (2023 = 2022-23)." })
  year!: number;
  @Field({ description: "TARGET or REACHED." })
  kind!: string;
  @Field(() => Float, { description: "The value, in the goal's unit, to two decimals." })
  value!: number;
}

@ObjectType({ description: "A goal after a change, or why it was refused." })
export class GoalMeasurePayload {
  @Field(() => GoalMeasureType, { nullable: true, description: "The goal; null when refused." })
  goalMeasure!: GoalMeasureType | null;
  @Field(() => [UserError], {
    description: "Why it was refused; nothing was written when not empty.",
  })
  userErrors!: UserError[];
}

/** A value to two decimals within 0-1,000 (a rate or points), in hundredths; or the problem. */
function hundredthsOf(field: string, v: number, errors: Problem[]): number {
  const h = Math.round(v * 100);
  if (!Number.isFinite(v) || Math.abs(h - v * 100) > 1e-6 || v < 0 || v > 1_000)
    errors.push(problem(field, `${field} is a value from 0 to 1,000 to two decimals.`, "INVALID"));
  return h;
}
const yearOk = (field: string, y: number, errors: Problem[]) => {
  if (!Number.isInteger(y) || y < 1990 || y > 2200)
    errors.push(problem(field, `${field} is a year like 2023.`, "INVALID"));
};

async function change(
  em: EntityManager,
  districtId: string,
  needId: string,
  expectedVersion: number | null | undefined,
  apply: (g: GoalMeasure, errors: Problem[]) => void,
): Promise<Outcome<GoalMeasure>> {
  return refusableTransaction(
    em,
    problem("expectedVersion", "Someone else changed this goal; reload it.", "CONFLICT"),
    async (tx) => {
      const id = idOfType(needId, "OverarchingNeed");
      const g = id ? await tx.findOne(GoalMeasure, { district: districtId, need: id }) : null;
      if (!g) throw new Refusal([problem("needId", `No goal for need "${needId}".`, "NOT_FOUND")]);
      if (expectedVersion != null && g.version !== expectedVersion)
        throw new Refusal([
          problem(
            "expectedVersion",
            "Someone else changed this goal after you read it. Reload it and apply your change again.",
            "CONFLICT",
          ),
        ]);
      const errors: Problem[] = [];
      apply(g, errors);
      // The entity may hold some of the changes: roll back rather than let the commit write them.
      if (errors.length) throw new Refusal(errors);
      await tx.flush();
      return g;
    },
  );
}

const text = (field: string, v: string, errors: Problem[]) => {
  const t = v.trim();
  if (t.length > 200)
    errors.push(problem(field, `${field} is longer than 200 characters.`, "INVALID"));
  return t || null;
};

@Resolver(() => OverarchingNeedType)
export class GoalMeasureResolver {
  @FieldResolver(() => GoalMeasureType, {
    nullable: true,
    description:
      "The goal as a measure (baseline, target, yearly values); null when the need states no goal.",
  })
  async goalMeasure(
    @Root() need: OverarchingNeedType,
    @Ctx() ctx: Context,
  ): Promise<GoalMeasureType | null> {
    const loader = requestLoader<string, GoalMeasure | null>(ctx, "goal-measures", async (ids) => {
      const rows = await ctx.em.find(GoalMeasure, {
        district: ctx.districtId,
        need: { $in: [...ids] },
      });
      const byNeed = new Map(rows.map((r) => [r.need.id, r]));
      return ids.map((id) => byNeed.get(id) ?? null);
    });
    const id = idOfType(need.id, "OverarchingNeed");
    const g = id ? await loader.load(id) : null;
    return g ? toGoalMeasureType(g) : null;
  }

  @Allow(["ADMINISTRATOR", "FEDERAL_PROGRAMS_DIRECTOR"])
  @Mutation(() => GoalMeasurePayload, {
    description: "Completes or corrects a goal's measure: what the plan's text did not state.",
  })
  async updateGoalMeasure(
    @Ctx() ctx: Context,
    @Arg("input", () => UpdateGoalMeasureInput, { description: "The changes." })
    input: UpdateGoalMeasureInput,
  ): Promise<GoalMeasurePayload> {
    const outcome = await change(
      ctx.em,
      ctx.districtId,
      input.needId,
      input.expectedVersion,
      (g, errors) => {
        if (input.measure != null) g.measure = text("measure", input.measure, errors);
        if (input.dataSource != null) g.dataSource = text("dataSource", input.dataSource, errors);
        if (input.baseline != null)
          g.baselineHundredths = hundredthsOf("baseline", input.baseline, errors);
        if (input.target != null) g.targetHundredths = hundredthsOf("target", input.target, errors);
        if (input.annualChange != null)
          g.annualChangeHundredths = hundredthsOf("annualChange", input.annualChange, errors);
        if (input.baselineYear != null) {
          yearOk("baselineYear", input.baselineYear, errors);
          g.baselineYear = input.baselineYear;
        }
        if (input.targetYear != null) {
          yearOk("targetYear", input.targetYear, errors);
          g.targetYear = input.targetYear;
        }
      },
    );
    return payload(GoalMeasurePayload, "goalMeasure", outcome, toGoalMeasureType);
  }

  @Allow(["ADMINISTRATOR", "FEDERAL_PROGRAMS_DIRECTOR"])
  @Mutation(() => GoalMeasurePayload, {
    description:
      "Records a goal's target for a year or the value it reached (replacing that year's of the kind).",
  })
  async recordGoalValue(
    @Ctx() ctx: Context,
    @Arg("input", () => RecordGoalValueInput, { description: "The value." })
    input: RecordGoalValueInput,
  ): Promise<GoalMeasurePayload> {
    const outcome = await change(ctx.em, ctx.districtId, input.needId, null, (g, errors) => {
      if (input.kind !== "TARGET" && input.kind !== "REACHED")
        errors.push(problem("kind", "kind is TARGET or REACHED.", "INVALID"));
      yearOk("year", input.year, errors);
      const value = hundredthsOf("value", input.value, errors);
      const kind = input.kind as GoalYearValue["kind"];
      const rest = g.values.filter((v) => !(v.year === input.year && v.kind === kind));
      if (rest.length >= MAX_GOAL_VALUES)
        errors.push(
          problem("year", `A goal keeps at most ${MAX_GOAL_VALUES} yearly values.`, "INVALID"),
        );
      g.values = [...rest, { year: input.year, kind, valueHundredths: value }];
    });
    return payload(GoalMeasurePayload, "goalMeasure", outcome, toGoalMeasureType);
  }
}
