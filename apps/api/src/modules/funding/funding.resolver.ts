import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";

import { PROGRAM_CODES, type ProgramCode } from "@allot/engine";

import { idOfType } from "../../common/global-id.js";
import type { Context } from "../../context.js";
import { toFundingSourceType } from "../funding-source/funding-source.type.js";
import { toActionStepType } from "../improvement-plan/improvement-plan.type.js";
import { fundingByActionStep } from "./funding.service.js";
import {
  ActionStepFunding,
  FundingByActionStep,
  NeedFunding,
  ProgramAmount,
  ProgramBudget,
} from "./funding.type.js";

@Resolver()
export class FundingResolver {
  @Query(() => FundingByActionStep, {
    nullable: true,
    description:
      "For each action step the amount from each program and the total; for each program the award, what is budgeted and what remains. Null when the district has no such fiscal year.",
  })
  async fundingByActionStep(
    @Ctx() ctx: Context,
    @Arg("fiscalYear", () => Int, { description: "Fiscal year, e.g. 2022." }) fiscalYear: number,
    @Arg("scenarioId", () => ID, {
      nullable: true,
      description:
        "Read a scenario's allocations tied to action steps instead of the budget lines (the adopted budget is the approved scenario).",
    })
    scenarioId?: string | null,
  ): Promise<FundingByActionStep | null> {
    const scenario = scenarioId ? idOfType(scenarioId, "Scenario") : null;
    if (scenarioId && !scenario) return null;
    const view = await fundingByActionStep(ctx.em, ctx.districtId, fiscalYear, scenario);
    if (!view) return null;
    const sourceType = new Map(
      PROGRAM_CODES.flatMap((c) =>
        view.sources.has(c) ? [[c, toFundingSourceType(view.sources.get(c)!)] as const] : [],
      ),
    );
    const programs = PROGRAM_CODES.filter((c) => sourceType.has(c));
    const amount = (code: ProgramCode, value: number, allowed: boolean) =>
      Object.assign(new ProgramAmount(), {
        fundingSource: sourceType.get(code)!,
        amount: value,
        allowed,
      });

    const rows = view.steps.map((step, i) => {
      const row = view.matrix.rows[i]!;
      const allowed = new Set(
        step.allowedFundingSources.getItems().map((l) => l.fundingSource.code),
      );
      return Object.assign(new ActionStepFunding(), {
        actionStep: toActionStepType(step),
        amounts: programs.map((c) => amount(c, row.byProgram.get(c) ?? 0, allowed.has(c))),
        total: row.total,
      });
    });

    const needNumbers = [...new Set(view.steps.map((s) => s.need.number))];
    const needs = needNumbers.map((n) => {
      const inNeed = view.matrix.rows.filter((_, i) => view.steps[i]!.need.number === n);
      return Object.assign(new NeedFunding(), {
        number: n,
        description: view.steps.find((s) => s.need.number === n)!.need.description,
        amounts: programs.map((c) =>
          amount(
            c,
            inNeed.reduce((a, r) => a + (r.byProgram.get(c) ?? 0), 0),
            true,
          ),
        ),
        total: inNeed.reduce((a, r) => a + r.total, 0),
      });
    });

    const budgets = view.matrix.programs
      .filter((p) => sourceType.has(p.program))
      .map((p) =>
        Object.assign(new ProgramBudget(), {
          fundingSource: sourceType.get(p.program)!,
          award: p.available,
          budgeted: p.budgeted,
          remaining: p.remaining,
        }),
      );
    return Object.assign(new FundingByActionStep(), {
      fiscalYear,
      rows,
      needs,
      programs: budgets,
      total: view.matrix.total,
      totalAward: budgets.reduce((a, p) => a + p.award, 0),
      totalRemaining: budgets.reduce((a, p) => a + p.remaining, 0),
    });
  }
}
