import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, ID, Info, InputType, Int, Mutation, Query, Resolver } from "type-graphql";

import { Scenario, School } from "@allot/db";
import { compareResults } from "@allot/engine";

import { ProgramCodeEnum } from "../../common/enums.js";
import { idOfType, refOf, toGlobalId } from "../../common/global-id.js";
import type { Outcome, Problem } from "../../common/problem.js";
import { asksFor } from "../../common/selection.js";
import { payload } from "../../common/user-error.js";
import type { Context } from "../../context.js";
import { Allow } from "../../platform/auth/roles.js";
import { toSchoolType } from "../school/school.type.js";
import {
  PreviewAllocationInput,
  PreviewPayload,
  previewSchoolResults,
  toPreviewMoney,
  toPreviewSchools,
} from "./preview.js";
import { ScenarioParametersInput, ScenarioSource, toEngineParameters } from "./scenario.input.js";
import { lookupsFor, toScenarioType } from "./scenario.mapper.js";
import { scenarioRow } from "./scenario.queries.js";
import {
  createScenario,
  preview,
  runAndSave,
  transition,
  updateParameters,
} from "./scenario.service.js";
import {
  AllocationDifference,
  MeasureDifference,
  ProgramDifference,
  ScenarioComparison,
  ScenarioPayload,
  ScenarioType,
  toAllocationResult,
} from "./scenario.type.js";

@InputType({ description: "A new scenario." })
class CreateScenarioInput {
  @Field(() => Int, { description: "Fiscal year." })
  fiscalYear!: number;
  @Field({ description: "Name, 1-200 characters." })
  name!: string;
  @Field(() => ScenarioSource, {
    description: "Start from defaults, the adopted budget, or another scenario.",
  })
  source!: ScenarioSource;
  @Field(() => ID, { nullable: true, description: "With source SCENARIO: the scenario to clone." })
  sourceScenarioId?: string | null;
}

@InputType({ description: "Which action step a program's money in a scenario serves." })
class ScenarioActionStepLinkInput {
  @Field(() => ProgramCodeEnum, {
    description: "The program; the plan must list it for the action step.",
  })
  program!: string;
  @Field(() => String, {
    nullable: true,
    description:
      "SCHOOL (default) for its school allocations, or a reservation kind such as FAMILY_ENGAGEMENT or DISTRICT.",
  })
  kind?: string | null;
  @Field(() => ID, { description: "The action step (global id) of the scenario's year." })
  actionStepId!: string;
}

@InputType({ description: "New parameters for a draft scenario." })
class UpdateScenarioInput {
  @Field(() => [ScenarioActionStepLinkInput], {
    nullable: true,
    description: "Ties of program money to action steps; replaces the current ones when given.",
  })
  actionSteps?: ScenarioActionStepLinkInput[] | null;

  @Field(() => ID, { description: "The scenario." })
  id!: string;
  @Field(() => Int, {
    nullable: true,
    description: "The version you read; a newer one refuses the change with CONFLICT.",
  })
  expectedVersion?: number | null;
  @Field(() => String, { nullable: true, description: "New name." })
  name?: string | null;
  @Field(() => ScenarioParametersInput, { description: "The parameters." })
  parameters!: ScenarioParametersInput;
}

@InputType({ description: "A scenario to act on." })
class ScenarioActionInput {
  @Field(() => ID, { description: "The scenario." })
  id!: string;
  @Field(() => Int, { nullable: true, description: "The version you read." })
  expectedVersion?: number | null;
}

@InputType({ description: "A rejection." })
class RejectScenarioInput {
  @Field(() => ID, { description: "The scenario." })
  id!: string;
  @Field(() => Int, { nullable: true, description: "The version you read." })
  expectedVersion?: number | null;
  @Field({ description: "Why it is rejected." })
  comment!: string;
}

@Resolver()
export class ScenarioResolver {
  @Query(() => [ScenarioType], { description: "Scenarios of a fiscal year, newest first." })
  async scenarios(
    @Ctx() ctx: Context,
    @Arg("fiscalYear", () => Int, { description: "Fiscal year." }) fiscalYear: number,
  ): Promise<ScenarioType[]> {
    const rows = await ctx.em.find(
      Scenario,
      { district: ctx.districtId, fiscalYear: { year: fiscalYear } },
      { orderBy: { createdAt: "desc" } },
    );
    const loaded = await lookupsFor(ctx);
    return Promise.all(rows.map((s) => toScenarioType(ctx.em, s, loaded)));
  }

  @Query(() => ScenarioType, {
    nullable: true,
    description: "One scenario with its parameters and results.",
  })
  async scenario(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The scenario." }) id: string,
  ): Promise<ScenarioType | null> {
    const uuid = idOfType(id, "Scenario");
    const [s, loaded] = uuid
      ? await Promise.all([scenarioRow(ctx.em, ctx.districtId, uuid), lookupsFor(ctx)])
      : [null, null];
    return s && loaded ? toScenarioType(ctx.em, s, loaded) : null;
  }

  @Query(() => ScenarioComparison, {
    nullable: true,
    description:
      "Two run scenarios side by side: per school and program, per program, per equity measure.",
  })
  async compareScenarios(
    @Ctx() ctx: Context,
    @Arg("a", () => ID, { description: "First scenario." }) a: string,
    @Arg("b", () => ID, { description: "Second scenario." }) b: string,
  ): Promise<ScenarioComparison | null> {
    const load = async (id: string) => {
      const uuid = idOfType(id, "Scenario");
      return uuid ? ctx.em.findOne(Scenario, { id: uuid, district: ctx.districtId }) : null;
    };
    const [sa, sb] = await Promise.all([load(a), load(b)]);
    if (!sa?.results || !sb?.results) return null;
    const c = compareResults(sa.results, sb.results);
    const loaded = await lookupsFor(ctx);
    const { schools } = loaded;
    // A school leader's lookups hold only their school: the others' differences are not shown.
    const diffs = c.schools.flatMap((d) =>
      schools.has(d.schoolId)
        ? [
            Object.assign(new AllocationDifference(), {
              ...d,
              school: toSchoolType(schools.get(d.schoolId)!),
            }),
          ]
        : [],
    );
    const programs = c.programs.map((p) => Object.assign(new ProgramDifference(), p));
    const measures = c.measures.map((m) => Object.assign(new MeasureDifference(), m));
    return Object.assign(new ScenarioComparison(), {
      a: await toScenarioType(ctx.em, sa, loaded),
      b: await toScenarioType(ctx.em, sb, loaded),
      schools: diffs,
      programs,
      measures,
    });
  }

  @Allow(["ADMINISTRATOR", "FINANCE_ANALYST", "FEDERAL_PROGRAMS_DIRECTOR"], { writes: false })
  @Mutation(() => PreviewPayload, {
    description:
      "Runs the engine with the given parameters on the year's schools and awards, or on schools and awards you give (`schools`, `awards`). Saves nothing.",
  })
  async previewAllocation(
    @Ctx() ctx: Context,
    @Arg("input", () => PreviewAllocationInput, {
      description: "Year, parameters, and optionally your own schools and awards.",
    })
    input: PreviewAllocationInput,
  ): Promise<PreviewPayload> {
    const refuse = (userErrors: Problem[]) =>
      Object.assign(new PreviewPayload(), { result: null, schools: [], userErrors });
    const given = input.schools ? toPreviewSchools(input.schools) : null;
    if (given && "errors" in given) return refuse(given.errors);
    const money = input.awards ? toPreviewMoney(input.awards) : null;
    if (money && "errors" in money) return refuse(money.errors);
    const { schools, sources } = await lookupsFor(ctx);
    // EXPLICIT per-child amounts name schools: the caller's keys, or the district's school ids.
    const ids = given ? new Set(given.schools.map((s) => s.id)) : new Set(schools.keys());
    const params = toEngineParameters(input.parameters, ids, given ? (k) => k : undefined);
    if ("errors" in params) return refuse(params.errors);
    const { outcome } = await preview(ctx.em, ctx.districtId, input.fiscalYear, params.parameters, {
      ...(given ? { schools: given.schools } : {}),
      ...(money ? { money } : {}),
    });
    if (!outcome.ok) return refuse(outcome.errors);
    const keyOf = given
      ? (id: string) => id
      : (id: string) => (schools.has(id) ? toGlobalId("School", id) : null);
    return Object.assign(new PreviewPayload(), {
      result: toAllocationResult(
        outcome.value,
        given ? new Map<string, School>() : schools,
        sources,
      ),
      schools: previewSchoolResults(outcome.value, keyOf),
      userErrors: [],
    });
  }

  @Allow(["ADMINISTRATOR", "FINANCE_ANALYST"])
  @Mutation(() => ScenarioPayload, {
    description: "Creates a draft scenario from defaults, the adopted budget or another scenario.",
  })
  async createScenario(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("input", () => CreateScenarioInput, { description: "The scenario." })
    input: CreateScenarioInput,
  ): Promise<ScenarioPayload> {
    const sourceScenario = refOf(input.sourceScenarioId ?? "", "Scenario");
    return scenarioPayload(
      ctx,
      info,
      await createScenario(ctx.em, ctx.districtId, { ...input, sourceScenario }),
    );
  }

  @Allow(["ADMINISTRATOR", "FINANCE_ANALYST"])
  @Mutation(() => ScenarioPayload, {
    description:
      "Replaces a draft's parameters (checked against the year's money); the results go stale until the next run.",
  })
  async updateScenario(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("input", () => UpdateScenarioInput, { description: "The changes." })
    input: UpdateScenarioInput,
  ): Promise<ScenarioPayload> {
    const uuids = new Set(
      (await ctx.em.find(School, { district: ctx.districtId }, { fields: ["id"] })).map(
        (s) => s.id,
      ),
    );
    const params = toEngineParameters(input.parameters, uuids);
    if ("errors" in params)
      return Object.assign(new ScenarioPayload(), { scenario: null, userErrors: params.errors });
    const links = input.actionSteps?.map((l) => ({
      program: l.program,
      kind: l.kind?.trim() || "SCHOOL",
      actionStep: refOf(l.actionStepId, "ActionStep"),
    }));
    return scenarioPayload(
      ctx,
      info,
      await updateParameters(
        ctx.em,
        ctx.districtId,
        refOf(input.id, "Scenario"),
        input.expectedVersion,
        params.parameters,
        input.name,
        links,
      ),
    );
  }

  @Allow(["ADMINISTRATOR", "FINANCE_ANALYST"])
  @Mutation(() => ScenarioPayload, { description: "Runs a draft and saves its results." })
  async runScenario(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("input", () => ScenarioActionInput, { description: "The scenario." })
    input: ScenarioActionInput,
  ): Promise<ScenarioPayload> {
    return scenarioPayload(
      ctx,
      info,
      await runAndSave(ctx.em, ctx.districtId, refOf(input.id, "Scenario"), input.expectedVersion),
    );
  }

  @Allow(["ADMINISTRATOR", "FINANCE_ANALYST"])
  @Mutation(() => ScenarioPayload, { description: "Submits a run draft for approval." })
  async submitScenario(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("input", () => ScenarioActionInput, { description: "The scenario." })
    input: ScenarioActionInput,
  ): Promise<ScenarioPayload> {
    return scenarioPayload(
      ctx,
      info,
      await transition(
        ctx.em,
        ctx.districtId,
        refOf(input.id, "Scenario"),
        input.expectedVersion,
        "submit",
        ctx.actor,
      ),
    );
  }

  @Allow(["ADMINISTRATOR", "FEDERAL_PROGRAMS_DIRECTOR"])
  @Mutation(() => ScenarioPayload, {
    description:
      "Approves a submitted scenario: it becomes the year's adopted budget and is final; the previous one is superseded.",
  })
  async approveScenario(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("input", () => ScenarioActionInput, { description: "The scenario." })
    input: ScenarioActionInput,
  ): Promise<ScenarioPayload> {
    return scenarioPayload(
      ctx,
      info,
      await transition(
        ctx.em,
        ctx.districtId,
        refOf(input.id, "Scenario"),
        input.expectedVersion,
        "approve",
        ctx.actor,
      ),
    );
  }

  @Allow(["ADMINISTRATOR", "FEDERAL_PROGRAMS_DIRECTOR"])
  @Mutation(() => ScenarioPayload, {
    description: "Returns a submitted scenario to draft with a comment.",
  })
  async rejectScenario(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("input", () => RejectScenarioInput, { description: "The scenario and why." })
    input: RejectScenarioInput,
  ): Promise<ScenarioPayload> {
    return scenarioPayload(
      ctx,
      info,
      await transition(
        ctx.em,
        ctx.districtId,
        refOf(input.id, "Scenario"),
        input.expectedVersion,
        "reject",
        ctx.actor,
        input.comment,
      ),
    );
  }
}

/** The scenario a write left, read again as the API shows it. */
function scenarioPayload(
  ctx: Context,
  info: GraphQLResolveInfo,
  outcome: Outcome<string>,
): Promise<ScenarioPayload> {
  return payload(ScenarioPayload, "scenario", outcome, async (id) => {
    // A state's results are megabytes: not read back for a caller that asked only for errors.
    if (!asksFor(info, "scenario")) return null;
    ctx.em.clear();
    const [s, loaded] = await Promise.all([
      scenarioRow(ctx.em, ctx.districtId, id),
      lookupsFor(ctx),
    ]);
    return toScenarioType(ctx.em, s!, loaded);
  });
}
