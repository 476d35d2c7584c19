import type { EntityManager } from "@mikro-orm/postgresql";

import {
  District,
  FiscalYear,
  ImprovementPlan,
  PlanReimportConflictError,
  saveImprovementPlan,
} from "@allot/db";
import { fiscalYearSpan } from "@allot/engine";

import { offLoop, WorkLimitExceeded } from "../../workers/pool.js";

// Nested collections are loaded "select-in" (one query per relation) wherever they are populated:
// joined, an action step's long texts come back once per pair of its programs and strategic
// links, and building entities from that product cost tens of milliseconds.
export const PLAN_POPULATE = [
  "fiscalYear",
  "needs.actionSteps.allowedFundingSources.fundingSource",
  "needs.actionSteps.strategicLinks.strategicActionStep",
] as const;

/** The largest plan text accepted (the FY2022 export is about 30 kB). */
export const MAX_PLAN_TEXT_CHARS = 1_000_000;

export async function findPlan(
  em: EntityManager,
  districtId: string,
  year: number,
): Promise<ImprovementPlan | null> {
  return em.findOne(
    ImprovementPlan,
    { district: districtId, fiscalYear: { year } },
    { populate: PLAN_POPULATE, strategy: "select-in" },
  );
}

export type ImportOutcome =
  | { ok: true; plan: ImprovementPlan }
  | {
      ok: false;
      field: "text" | "fiscalYear";
      code: "PLAN_MALFORMED" | "PLAN_IN_USE" | "INVALID";
      messages: string[];
    };

/**
 * Parses and stores a plan text for a fiscal year in one transaction: a malformed text, a year
 * that does not match, or a re-import that would orphan budget lines writes nothing.
 */
export async function importPlan(
  em: EntityManager,
  districtId: string,
  fiscalYear: number,
  text: string,
): Promise<ImportOutcome> {
  if (text.length > MAX_PLAN_TEXT_CHARS) {
    return {
      ok: false,
      field: "text",
      code: "INVALID",
      messages: [`The text is longer than ${MAX_PLAN_TEXT_CHARS} characters.`],
    };
  }
  // Parsed in a worker thread within time and memory limits, never on the event loop.
  let read;
  try {
    read = await offLoop({ kind: "improvement-plan", text });
  } catch (e) {
    if (e instanceof WorkLimitExceeded)
      return {
        ok: false,
        field: "text",
        code: "INVALID",
        messages: [`The text could not be read: ${e.message}`],
      };
    throw e;
  }
  if (!read.ok) {
    const messages =
      read.refusal === "plan"
        ? read.problems.map((p) => (p.line ? `Line ${p.line}: ${p.message}` : p.message))
        : [read.message];
    return { ok: false, field: "text", code: "PLAN_MALFORMED", messages };
  }
  const parsed = read.plan;
  if (parsed.fiscalYear !== fiscalYear) {
    return {
      ok: false,
      field: "fiscalYear",
      code: "INVALID",
      messages: [
        `The text is the plan for FY${parsed.fiscalYear} (${parsed.title}), not FY${fiscalYear}.`,
      ],
    };
  }
  try {
    const planId = await em.transactional(async (tx) => {
      const district = await tx.findOneOrFail(District, districtId);
      let fy = await tx.findOne(FiscalYear, { district, year: fiscalYear });
      if (!fy) {
        const span = fiscalYearSpan(fiscalYear, district.fiscalYearStartMonth);
        fy = tx.create(FiscalYear, {
          district,
          year: fiscalYear,
          startsOn: span.startsOn,
          endsOn: span.endsOn,
        });
      }
      const plan = await saveImprovementPlan(tx, district, fy, parsed, text);
      await tx.flush();
      return plan.id;
    });
    em.clear();
    return {
      ok: true,
      plan: await em.findOneOrFail(ImprovementPlan, planId, {
        populate: PLAN_POPULATE,
        strategy: "select-in",
      }),
    };
  } catch (e) {
    if (e instanceof PlanReimportConflictError) {
      return {
        ok: false,
        field: "text",
        code: "PLAN_IN_USE",
        messages: e.conflicts.map((c) => c.message),
      };
    }
    throw e;
  }
}
