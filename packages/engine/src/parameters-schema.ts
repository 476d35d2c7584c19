import { z } from "zod";

import { WeightError, weightUnits } from "./allocation/weights.js";
import { TYPED_MONEY, type InputIssueCode } from "./input-schemas.js";
import { PROGRAM_CODES } from "./programs.js";
import { PPA_KINDS, TITLE_I_RANKINGS } from "./vocabulary.js";

/**
 * What a person may set on a scenario, and every check of it a form can make without the
 * district's data: declared once, used by the API on its input and by the admin app on its form,
 * so the two can never disagree. Checks that need data (does the school exist, does the money
 * cover the reservations) stay in the API and the engine run.
 *
 * Money is a parameter: the API checks amounts already read by its Money scalar (cents), a form
 * checks what a person typed (text read with the engine's money grammar). A message that starts
 * in lower case is completed with its field's name where it is shown ("maxLossPercent must be
 * ..."); one in upper case is whole.
 */

/** Longest list of bands a BANDS policy takes (the API's cost estimate counts on it). */
export const MAX_BANDS = 50;

const percent = (max = 100) =>
  z
    .number({ error: "must be a number." })
    .refine(
      (v) =>
        Number.isFinite(v) && v >= 0 && v <= max && Math.abs(Math.round(v * 100) - v * 100) < 1e-6,
      `must be a percentage from 0 to ${max} with at most two decimals.`,
    );

// The engine's own weight rule (weightUnits), so a weight the form takes is one the engine takes.
const weight = z.number({ error: "must be a number." }).superRefine((v, ctx) => {
  try {
    weightUnits("", v);
  } catch (e) {
    if (!(e instanceof WeightError)) throw e;
    ctx.addIssue({ code: "custom", message: `${e.message.trim()}.` });
  }
});

type Ctx = z.RefinementCtx;
const issue = (ctx: Ctx, path: (string | number)[], message: string, code?: InputIssueCode) =>
  ctx.addIssue({ code: "custom", path, message, ...(code ? { params: { code } } : {}) });

/** A repeated item is named at the second, so one of them never silently wins. */
function refuseRepeats<T>(
  ctx: Ctx,
  items: readonly T[] | null | undefined,
  keyOf: (item: T) => unknown,
  path: (i: number) => (string | number)[],
  what: string,
) {
  const first = new Map<unknown, number>();
  (items ?? []).forEach((item, i) => {
    const key = keyOf(item);
    const seen = first.get(key);
    if (seen === undefined) first.set(key, i);
    else issue(ctx, path(i), `${what} is listed twice (first at position ${seen + 1}).`);
  });
}

/** The parameters' schema over a money type (cents as the API reads them, or typed text). */
export function scenarioParametersSchema(money: z.ZodType<number, unknown>) {
  const amount = money.refine((v) => v >= 0, {
    message: "cannot be negative.",
    params: { code: "NEGATIVE" },
  });

  const ppa = z
    .object({
      kind: z.enum(PPA_KINDS),
      perChild: money.nullish(),
      bands: z.array(z.object({ minPovertyPercent: percent(), perChild: amount })).nullish(),
      schools: z.array(z.object({ schoolId: z.string(), perChild: amount })).nullish(),
    })
    .superRefine((p, ctx) => {
      if (p.kind === "SINGLE" && !(p.perChild != null && p.perChild > 0))
        issue(ctx, ["perChild"], "must be greater than zero for a SINGLE policy.", "NOT_POSITIVE");
      if (p.kind === "BANDS") {
        if (!p.bands?.length) issue(ctx, ["bands"], "needs at least one band for a BANDS policy.");
        if ((p.bands?.length ?? 0) > MAX_BANDS)
          issue(ctx, ["bands"], `may hold at most ${MAX_BANDS} bands.`);
        refuseRepeats(
          ctx,
          p.bands,
          (b) => b.minPovertyPercent,
          (i) => ["bands", i, "minPovertyPercent"],
          "This poverty floor",
        );
      }
      if (p.kind === "EXPLICIT")
        refuseRepeats(
          ctx,
          p.schools,
          (s) => s.schoolId,
          (i) => ["schools", i, "schoolId"],
          "This school",
        );
    });

  const titleI = z.object({
    ppa,
    ranking: z.enum(TITLE_I_RANKINGS).nullish(),
    designateAt35: z.boolean().nullish(),
    serveLastYearOneMoreYear: z.boolean().nullish(),
    highSchoolThresholdPercent: z
      .number()
      .refine((v) => v === 75 || v === 50, "must be 75 or 50.")
      .nullish(),
    privateChildrenInSchoolShare: z.boolean().nullish(),
    reservations: z.object({
      familyEngagement: amount,
      familyEngagementToSchoolsPercent: percent().nullish(),
      homeless: amount.nullish(),
      neglectedDelinquent: amount.nullish(),
      districtWide: amount.nullish(),
      administration: amount.nullish(),
      incentives: amount.nullish(),
      earlyChildhood: amount.nullish(),
    }),
  });

  const districtReservations = z
    .array(
      z
        .object({ program: z.enum(PROGRAM_CODES), amount, administration: amount.nullish() })
        .superRefine((d, ctx) => {
          if (d.program === "TITLE_I_A")
            issue(ctx, ["program"], "Title I-A reservations go in titleI.reservations.");
          else if ((d.administration ?? 0) > d.amount)
            issue(ctx, ["administration"], "cannot exceed the amount kept at district level.");
        }),
    )
    .superRefine((list, ctx) =>
      refuseRepeats(
        ctx,
        list,
        (d) => d.program,
        (i) => [i, "program"],
        "This program",
      ),
    );

  const weights = z.object({
    economicallyDisadvantaged: weight.nullish(),
    englishLearners: weight.nullish(),
    studentsWithDisabilities: weight.nullish(),
    homeless: weight.nullish(),
    foster: weight.nullish(),
    migrant: weight.nullish(),
    concentrationWeight: weight.nullish(),
    concentrationThresholdPercent: percent().nullish(),
  });

  const reallocation = z
    .object({
      programs: z.array(z.enum(PROGRAM_CODES)).min(1, "must name at least one program."),
      maxLossPercent: percent(),
      maxGainPercent: percent(1000).nullish(),
    })
    .superRefine((r, ctx) => {
      refuseRepeats(
        ctx,
        r.programs,
        (p) => p,
        (i) => ["programs", i],
        "This program",
      );
      if (r.programs.includes("TITLE_I_A"))
        issue(
          ctx,
          ["programs"],
          "Title I-A school money follows rank and serve (ESEA 1113) and cannot be reallocated.",
        );
    });

  return z.object({
    titleI,
    districtReservations: districtReservations.nullish(),
    weights: weights.nullish(),
    priority: z
      .object({
        csiTsiPercent: percent(500),
        highPovertyPercent: percent(500),
        highPovertyThresholdPercent: percent(),
      })
      .nullish(),
    reallocation: reallocation.nullish(),
    titleIV: z
      .object({
        wellRounded: amount,
        safeHealthy: amount,
        technology: amount,
        technologyInfrastructure: amount,
      })
      .nullish(),
    idea: z
      .object({ privateChildren: z.number().int(), allChildren: z.number().int(), ceis: amount })
      .superRefine((d, ctx) => {
        if (d.privateChildren < 0 || d.allChildren < d.privateChildren)
          issue(ctx, ["privateChildren"], "must be between 0 and allChildren.");
      })
      .nullish(),
  });
}

/** The schema the API applies to its input: money already in cents. */
export const SCENARIO_PARAMETERS = scenarioParametersSchema(z.number());

/** The same schema over typed money: what a form checks before it sends anything. */
export const TYPED_SCENARIO_PARAMETERS = scenarioParametersSchema(TYPED_MONEY);
