import type { EntityManager } from "@mikro-orm/postgresql";
import { Arg, Ctx, Field, InputType, Int, Mutation, Query, Resolver } from "type-graphql";

import { FiscalYear } from "@allot/db";
import { defaultMonitoringWindows, monitoringWindowIssues, type WindowDates } from "@allot/engine";

import { ObjectType } from "../../common/object-type.js";
import { problem, refused, type Outcome } from "../../common/problem.js";
import { payload, UserError } from "../../common/user-error.js";
import type { Context } from "../../context.js";
import { Allow } from "../../platform/auth/roles.js";
import { MonitoringWindowEnum } from "./monitoring.type.js";

@ObjectType("MonitoringWindowDates", {
  description: "When a monitoring window of the year opens and closes.",
})
export class MonitoringWindowDatesType {
  @Field(() => MonitoringWindowEnum, { description: "The window." })
  window!: string;
  @Field({ description: "First day progress is recorded (ISO date)." })
  opensOn!: string;
  @Field({ description: "Last day (ISO date)." })
  closesOn!: string;
  @Field({
    description:
      "Whether the district set these dates; false means the default (the last two months of each half of the year).",
  })
  setByDistrict!: boolean;
}

@InputType({ description: "A window's dates." })
export class MonitoringWindowDatesInput {
  @Field(() => MonitoringWindowEnum, { description: "The window." })
  window!: WindowDates["window"];
  @Field({ description: "First day (ISO date, e.g. 2022-01-03)." })
  opensOn!: string;
  @Field({ description: "Last day (ISO date)." })
  closesOn!: string;
}

@InputType({ description: "The dates of a year's two monitoring windows." })
export class SetMonitoringWindowsInput {
  @Field(() => Int, { description: "Fiscal year." })
  fiscalYear!: number;
  @Field(() => [MonitoringWindowDatesInput], {
    description: "MID_YEAR and END_OF_YEAR, once each.",
  })
  windows!: MonitoringWindowDatesInput[];
}

@ObjectType({ description: "The year's monitoring windows after the change, or why not." })
export class MonitoringWindowsPayload {
  @Field(() => [MonitoringWindowDatesType], {
    nullable: true,
    description: "The windows; null when refused.",
  })
  windows!: MonitoringWindowDatesType[] | null;
  @Field(() => [UserError], {
    description: "Why it was refused; nothing was written when not empty.",
  })
  userErrors!: UserError[];
}

/** The year's windows: as the district set them, else the defaults. */
export function windowsOf(fy: FiscalYear): MonitoringWindowDatesType[] {
  const set = fy.monitoringWindows;
  return (set ?? defaultMonitoringWindows(fy)).map((w) =>
    Object.assign(new MonitoringWindowDatesType(), { ...w, setByDistrict: set !== null }),
  );
}

export async function setMonitoringWindows(
  em: EntityManager,
  districtId: string,
  input: SetMonitoringWindowsInput,
): Promise<Outcome<FiscalYear>> {
  if (input.windows.length > 2)
    return refused("windows", "Give the two windows, MID_YEAR and END_OF_YEAR.", "INVALID");
  return em.transactional(async (tx) => {
    const fy = await tx.findOne(FiscalYear, { district: districtId, year: input.fiscalYear });
    if (!fy) return refused("fiscalYear", `There is no FY${input.fiscalYear}.`, "NOT_FOUND");
    const windows = input.windows.map((w) => ({
      window: w.window,
      opensOn: w.opensOn.trim(),
      closesOn: w.closesOn.trim(),
    }));
    const issues = monitoringWindowIssues(fy, windows);
    if (issues.length)
      return { ok: false, errors: issues.map((i) => problem(i.field, i.message, "INVALID")) };
    fy.monitoringWindows = [...windows].sort((a, b) => a.opensOn.localeCompare(b.opensOn));
    await tx.flush();
    return { ok: true, value: fy };
  });
}

@Resolver()
export class MonitoringWindowsResolver {
  @Query(() => [MonitoringWindowDatesType], {
    description:
      "When the year's two monitoring windows open and close: the district's dates, else the defaults. Empty when the year does not exist.",
  })
  async monitoringWindows(
    @Ctx() ctx: Context,
    @Arg("fiscalYear", () => Int, { description: "Fiscal year, e.g. 2022." }) fiscalYear: number,
  ): Promise<MonitoringWindowDatesType[]> {
    const fy = await ctx.em.findOne(FiscalYear, { district: ctx.districtId, year: fiscalYear });
    return fy ? windowsOf(fy) : [];
  }

  @Allow(["ADMINISTRATOR", "FEDERAL_PROGRAMS_DIRECTOR"])
  @Mutation(() => MonitoringWindowsPayload, {
    description:
      "Sets when the year's two monitoring windows open and close (the state's progress monitoring dates). Audited.",
  })
  async setMonitoringWindows(
    @Ctx() ctx: Context,
    @Arg("input", () => SetMonitoringWindowsInput, { description: "The dates." })
    input: SetMonitoringWindowsInput,
  ): Promise<MonitoringWindowsPayload> {
    const outcome = await setMonitoringWindows(ctx.em, ctx.districtId, input);
    return payload(MonitoringWindowsPayload, "windows", outcome, windowsOf);
  }
}
