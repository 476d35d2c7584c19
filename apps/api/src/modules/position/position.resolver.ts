import type { EntityManager } from "@mikro-orm/postgresql";
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";

import { BenefitRate, JobClass, Position, SalarySchedule, type PositionStatus } from "@allot/db";
import {
  PROGRAM_CODES,
  type BenefitAppliesTo,
  type BenefitBasis,
  type IdeaSubgrant,
  type ProgramCode,
  type StaffCategory,
} from "@allot/engine";

import { CURSOR_SHAPES, decodeCursor, pageSize, toConnection } from "../../common/connection.js";
import { idOfType, refOf } from "../../common/global-id.js";
import { payload } from "../../common/user-error.js";
import type { Context } from "../../context.js";
import { Allow } from "../../platform/auth/roles.js";
import {
  createJobClass,
  createPosition,
  deletePosition,
  POSITION_POPULATE,
  setBenefitRate,
  setPositionFunding,
  updatePosition,
} from "./position.service.js";
import {
  BenefitRatePayload,
  BenefitRateType,
  CreateJobClassInput,
  CreatePositionInput,
  DeletePositionInput,
  DeletePositionPayload,
  JobClassPayload,
  JobClassType,
  PositionConnection,
  PositionPayload,
  PositionProgramCostType,
  SalarySchedulePayload,
  SalaryScheduleType,
  SetBenefitRateInput,
  SetPositionFundingInput,
  SetSalaryScheduleInput,
  toBenefitRateType,
  toJobClassType,
  toPositionType,
  toSalaryScheduleType,
  UpdatePositionInput,
} from "./position.type.js";
import { setSalarySchedule } from "./salary-schedule.service.js";

const WRITERS = ["ADMINISTRATOR", "FINANCE_ANALYST", "FEDERAL_PROGRAMS_DIRECTOR"] as const;

/** FTE as people type it (0.5) in hundredths, or NaN when it has more than two decimals. */
const hundredths = (fte: number) => {
  const h = Math.round(fte * 100);
  return Math.abs(h - fte * 100) < 1e-6 ? h : Number.NaN;
};

/** The schedule and step a position input names; a step without a schedule (or the reverse) is step -1, which no schedule has. */
const stepOf = (input: { salarySchedule?: string | null; scheduleStep?: number | null }) =>
  input.salarySchedule != null || input.scheduleStep != null
    ? { schedule: input.salarySchedule ?? "", step: input.scheduleStep ?? -1 }
    : null;

/** The year's benefit rates, for a position's cost. */
async function ratesOf(em: EntityManager, districtId: string, fiscalYearId: string) {
  return em.find(BenefitRate, { district: districtId, fiscalYear: fiscalYearId });
}

/** How many positions are on each of these salary schedules, in one query. */
async function positionCounts(
  em: EntityManager,
  districtId: string,
  ids: string[],
): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  const rows = await em.execute<{ id: string; n: string }[]>(
    `select salary_schedule_id as id, count(*)::text as n from position
      where district_id = ? and salary_schedule_id in (${ids.map(() => "?").join(", ")})
      group by salary_schedule_id`,
    [districtId, ...ids],
  );
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

async function positionOut(em: EntityManager, districtId: string, p: Position) {
  return toPositionType(p, await ratesOf(em, districtId, p.fiscalYear.id));
}

@Resolver()
export class PositionResolver {
  @Query(() => [JobClassType], { description: "The district's job classes, by code." })
  async jobClasses(@Ctx() ctx: Context): Promise<JobClassType[]> {
    const rows = await ctx.em.find(
      JobClass,
      { district: ctx.districtId },
      { orderBy: { code: "asc" } },
    );
    return rows.map(toJobClassType);
  }

  @Query(() => [BenefitRateType], { description: "The benefit rates of a fiscal year, by name." })
  async benefitRates(
    @Ctx() ctx: Context,
    @Arg("fiscalYear", () => Int, { description: "Fiscal year, e.g. 2022." }) fiscalYear: number,
  ): Promise<BenefitRateType[]> {
    const rows = await ctx.em.find(
      BenefitRate,
      { district: ctx.districtId, fiscalYear: { year: fiscalYear } },
      { orderBy: { name: "asc" }, populate: ["fiscalYear"] },
    );
    return rows.map(toBenefitRateType);
  }

  @Query(() => [SalaryScheduleType], {
    description:
      "The salary schedules of a fiscal year, by name, with how many positions are on each.",
  })
  async salarySchedules(
    @Ctx() ctx: Context,
    @Arg("fiscalYear", () => Int, { description: "Fiscal year, e.g. 2022." }) fiscalYear: number,
  ): Promise<SalaryScheduleType[]> {
    const rows = await ctx.em.find(
      SalarySchedule,
      { district: ctx.districtId, fiscalYear: { year: fiscalYear } },
      { orderBy: { name: "asc" }, populate: ["fiscalYear"] },
    );
    const counts = await positionCounts(
      ctx.em,
      ctx.districtId,
      rows.map((r) => r.id),
    );
    return rows.map((r) => toSalaryScheduleType(r, counts.get(r.id) ?? 0));
  }

  @Query(() => [PositionProgramCostType], {
    description:
      "What each program pays for the year's positions (all of them, not a page), in statute order. A school leader's are their school's.",
  })
  async positionCostByProgram(
    @Ctx() ctx: Context,
    @Arg("fiscalYear", () => Int, { description: "Fiscal year, e.g. 2022." }) fiscalYear: number,
  ): Promise<PositionProgramCostType[]> {
    const only = ctx.principal?.schoolId ?? null;
    const rows = await ctx.em.execute<{ code: ProgramCode; amount: string; positions: string }[]>(
      `select f.code, sum(l.amount_cents)::text as amount, count(distinct l.position_id)::text as positions
         from budget_line l
         join funding_source f on f.id = l.funding_source_id and f.district_id = l.district_id
         join fiscal_year y on y.id = l.fiscal_year_id and y.district_id = l.district_id
        where l.district_id = ? and y.year = ? and l.position_id is not null
          ${only ? "and l.school_id = ?" : ""}
        group by f.code`,
      [ctx.districtId, fiscalYear, ...(only ? [only] : [])],
    );
    return rows
      .sort((a, b) => PROGRAM_CODES.indexOf(a.code) - PROGRAM_CODES.indexOf(b.code))
      .map((r) =>
        Object.assign(new PositionProgramCostType(), {
          program: r.code,
          amount: Number(r.amount),
          positions: Number(r.positions),
        }),
      );
  }

  @Query(() => PositionConnection, {
    description:
      "Positions of a fiscal year with their cost and funding shares, by code, at most 100 a page. A school leader sees their school's.",
  })
  async positions(
    @Ctx() ctx: Context,
    @Arg("fiscalYear", () => Int, { description: "Fiscal year, e.g. 2022." }) fiscalYear: number,
    @Arg("schoolId", () => ID, { nullable: true, description: "Only this school's positions." })
    schoolId?: string | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 1-100 (default 50)." })
    first?: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." })
    after?: string | null,
  ): Promise<PositionConnection> {
    const limit = pageSize(first);
    const where: Record<string, unknown> = {
      district: ctx.districtId,
      fiscalYear: { year: fiscalYear },
    };
    const only = ctx.principal?.schoolId;
    if (schoolId)
      where.school = idOfType(schoolId, "School") ?? "00000000-0000-0000-0000-000000000000";
    if (only)
      where.school =
        schoolId && where.school !== only ? "00000000-0000-0000-0000-000000000000" : only;
    const page = after
      ? { $and: [where, { code: { $gt: decodeCursor(after, CURSOR_SHAPES.text) } }] }
      : where;
    const [rows, totalCount] = await Promise.all([
      ctx.em.find(Position, page, {
        orderBy: { code: "asc" },
        limit: limit + 1,
        populate: POSITION_POPULATE,
      }),
      ctx.em.count(Position, where),
    ]);
    const rates = rows[0] ? await ratesOf(ctx.em, ctx.districtId, rows[0].fiscalYear.id) : [];
    return toConnection(
      new PositionConnection(),
      rows,
      limit,
      after,
      totalCount,
      (p) => p.code,
      (p) => toPositionType(p, rates),
    );
  }

  @Allow(["ADMINISTRATOR", "FINANCE_ANALYST"])
  @Mutation(() => JobClassPayload, { description: "Adds a job class; its code is unique." })
  async createJobClass(
    @Ctx() ctx: Context,
    @Arg("input", () => CreateJobClassInput, { description: "The job class." })
    input: CreateJobClassInput,
  ): Promise<JobClassPayload> {
    const outcome = await createJobClass(ctx.em, ctx.districtId, {
      ...input,
      category: input.category as StaffCategory,
    });
    return payload(JobClassPayload, "jobClass", outcome, toJobClassType);
  }

  @Allow(["ADMINISTRATOR", "FINANCE_ANALYST"])
  @Mutation(() => BenefitRatePayload, {
    description:
      "Sets a benefit rate of a year (new, or changed by name); every position's budget lines of that year are rewritten, and the change is refused when a program would be overspent.",
  })
  async setBenefitRate(
    @Ctx() ctx: Context,
    @Arg("input", () => SetBenefitRateInput, { description: "The rate." })
    input: SetBenefitRateInput,
  ): Promise<BenefitRatePayload> {
    const outcome = await setBenefitRate(
      ctx.em,
      ctx.districtId,
      {
        fiscalYear: input.fiscalYear,
        name: input.name,
        objectCode: input.objectCode,
        basis: input.basis as BenefitBasis,
        rateHundredthsOfPercent: input.rateHundredthsOfPercent ?? null,
        perFte: input.perFte ?? null,
        appliesTo: input.appliesTo as BenefitAppliesTo,
      },
      input.expectedVersion,
    );
    return payload(BenefitRatePayload, "benefitRate", outcome, async (r) => {
      await ctx.em.populate(r, ["fiscalYear"]);
      return toBenefitRateType(r);
    });
  }

  @Allow(["ADMINISTRATOR", "FINANCE_ANALYST"])
  @Mutation(() => SalarySchedulePayload, {
    description:
      "Sets a salary schedule of a year (new, or replacing the one of that name). Every position on it takes its step's salary and its budget lines are rewritten; refused whole, writing nothing, when a step a position holds would be dropped (the positions named) or a program would be overspent (with the amount left).",
  })
  async setSalarySchedule(
    @Ctx() ctx: Context,
    @Arg("input", () => SetSalaryScheduleInput, { description: "The schedule." })
    input: SetSalaryScheduleInput,
  ): Promise<SalarySchedulePayload> {
    const outcome = await setSalarySchedule(
      ctx.em,
      ctx.districtId,
      { fiscalYear: input.fiscalYear, name: input.name, steps: input.steps },
      input.expectedVersion,
    );
    return payload(SalarySchedulePayload, "salarySchedule", outcome, async (r) => {
      const counts = await positionCounts(ctx.em, ctx.districtId, [r.id]);
      return toSalaryScheduleType(r, counts.get(r.id) ?? 0);
    });
  }

  @Allow(WRITERS)
  @Mutation(() => PositionPayload, {
    description:
      "Adds a position (no funding shares yet: all local), with an actual salary or a place on a salary schedule.",
  })
  async createPosition(
    @Ctx() ctx: Context,
    @Arg("input", () => CreatePositionInput, { description: "The position." })
    input: CreatePositionInput,
  ): Promise<PositionPayload> {
    const outcome = await createPosition(ctx.em, ctx.districtId, {
      fiscalYear: input.fiscalYear,
      code: input.code,
      title: input.title,
      jobClass: refOf(input.jobClassId, "JobClass"),
      school: input.schoolId == null ? null : refOf(input.schoolId, "School"),
      fteHundredths: hundredths(input.fte),
      salary: input.salary ?? null,
      salaryStep: stepOf(input),
      status: input.status as PositionStatus,
      personName: input.personName ?? null,
    });
    return payload(PositionPayload, "position", outcome, (p) =>
      positionOut(ctx.em, ctx.districtId, p),
    );
  }

  @Allow(WRITERS)
  @Mutation(() => PositionPayload, {
    description:
      "Changes a position; its budget lines follow (a raise flows to every line it pays). A stale expectedVersion is refused with CONFLICT; a change that would overspend a program is refused with the amount left.",
  })
  async updatePosition(
    @Ctx() ctx: Context,
    @Arg("input", () => UpdatePositionInput, { description: "The changes." })
    input: UpdatePositionInput,
  ): Promise<PositionPayload> {
    const outcome = await updatePosition(
      ctx.em,
      ctx.districtId,
      refOf(input.id, "Position"),
      input.expectedVersion,
      {
        ...(input.title != null ? { title: input.title } : {}),
        ...(input.jobClassId != null ? { jobClass: refOf(input.jobClassId, "JobClass") } : {}),
        ...(input.schoolId !== undefined
          ? { school: input.schoolId === null ? null : refOf(input.schoolId, "School") }
          : {}),
        ...(input.fte != null ? { fteHundredths: hundredths(input.fte) } : {}),
        ...(input.salary != null ? { salary: input.salary } : {}),
        ...(stepOf(input) ? { salaryStep: stepOf(input) } : {}),
        ...(input.status != null ? { status: input.status as PositionStatus } : {}),
        ...(input.personName !== undefined ? { personName: input.personName } : {}),
      },
    );
    return payload(PositionPayload, "position", outcome, (p) =>
      positionOut(ctx.em, ctx.districtId, p),
    );
  }

  @Allow(WRITERS)
  @Mutation(() => PositionPayload, {
    description:
      "Replaces a position's funding shares and rewrites its salary and benefit budget lines. Refused, writing nothing, when a program does not fund its step, a function code is not in the state's chart, the shares exceed 100%, or a program would be overspent (with the amount left).",
  })
  async setPositionFunding(
    @Ctx() ctx: Context,
    @Arg("input", () => SetPositionFundingInput, { description: "The shares." })
    input: SetPositionFundingInput,
  ): Promise<PositionPayload> {
    const outcome = await setPositionFunding(
      ctx.em,
      ctx.districtId,
      refOf(input.positionId, "Position"),
      input.expectedVersion,
      input.shares.map((s) => ({
        program: s.program,
        actionStep: refOf(s.actionStepId, "ActionStep"),
        functionCode: s.functionCode,
        shareBasisPoints: s.shareBasisPoints,
        subgrant: (s.subgrant as IdeaSubgrant | null | undefined) ?? null,
      })),
    );
    return payload(PositionPayload, "position", outcome, (p) =>
      positionOut(ctx.em, ctx.districtId, p),
    );
  }

  @Allow(WRITERS)
  @Mutation(() => DeletePositionPayload, {
    description: "Deletes a position and its budget lines.",
  })
  async deletePosition(
    @Ctx() ctx: Context,
    @Arg("input", () => DeletePositionInput, { description: "The position." })
    input: DeletePositionInput,
  ): Promise<DeletePositionPayload> {
    const outcome = await deletePosition(
      ctx.em,
      ctx.districtId,
      refOf(input.id, "Position"),
      input.expectedVersion,
    );
    return payload(DeletePositionPayload, "deletedPositionId", outcome, (id) => id);
  }
}
