import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Resolver, Root } from "type-graphql";

import { PROGRAM_CODES, type ProgramCode } from "@allot/engine";

import { idOfType } from "../../common/global-id.js";
import { requestLoader } from "../../common/loaders.js";
import { readRows } from "../../common/plain-rows.js";
import { asksFor } from "../../common/selection.js";
import type { Context } from "../../context.js";
import { SchoolType } from "../school/school.type.js";
import { SchoolAllocation } from "./scenario.type.js";

interface Row {
  school_id: string;
  code: ProgramCode;
  amount: string;
  baseline: string;
  bound: string | null;
  explanation: string;
}

const ORDER = new Map(PROGRAM_CODES.map((c, i) => [c, i]));

/**
 * One query per page, not one per school: the loader collects the schools a request asks about
 * and reads their allocations in that scenario at once (keyed by district first, the shard key).
 */
function loaderFor(ctx: Context, scenarioId: string, withExplanation: boolean) {
  return requestLoader<string, SchoolAllocation[]>(
    ctx,
    `school-allocations:${scenarioId}:${withExplanation}`,
    async (schoolIds) => {
      const rows = await readRows<Row>(
        ctx.em,
        `select a.school_id, u.code, u.amount::text as amount, u.baseline::text as baseline, u.bound, ${withExplanation ? "u.explanation" : "'' as explanation"}
       from school_allocation a
       cross join lateral unnest(a.programs, a.amounts_cents, a.baselines_cents, a.bounds${withExplanation ? ", a.explanations" : ""})
         as u(code, amount, baseline, bound${withExplanation ? ", explanation" : ""})
       where a.district_id = ? and a.scenario_id = ? and a.school_id = any(?::uuid[])`,
        [ctx.districtId, scenarioId, `{${schoolIds.join(",")}}`],
      );
      const bySchool = new Map<string, SchoolAllocation[]>(schoolIds.map((id) => [id, []]));
      for (const r of rows) {
        const amount = Number(r.amount);
        const baseline = Number(r.baseline);
        bySchool.get(r.school_id)?.push(
          Object.assign(new SchoolAllocation(), {
            program: r.code,
            amount,
            baseline,
            change: amount - baseline,
            bound: r.bound,
            explanation: r.explanation,
          }),
        );
      }
      for (const list of bySchool.values())
        list.sort(
          (a, b) => ORDER.get(a.program as ProgramCode)! - ORDER.get(b.program as ProgramCode)!,
        );
      return schoolIds.map((id) => bySchool.get(id)!);
    },
  );
}

@Resolver(() => SchoolType)
export class SchoolAllocationsResolver {
  @FieldResolver(() => [SchoolAllocation], {
    description:
      "This school's amount from each program in a run scenario (the adopted budget is the approved one), in program order; empty for a scenario of another district or one not run.",
  })
  async allocations(
    @Root() school: SchoolType,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("scenarioId", () => ID, { description: "The scenario (global id)." }) scenarioId: string,
  ): Promise<SchoolAllocation[]> {
    const scenario = idOfType(scenarioId, "Scenario");
    const id = idOfType(school.id, "School");
    if (!scenario || !id) return [];
    // The explanations are most of the bytes of a page.
    return loaderFor(ctx, scenario, asksFor(info, "explanation")).load(id);
  }
}
