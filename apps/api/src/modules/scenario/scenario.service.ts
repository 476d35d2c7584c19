import { randomUUID } from "node:crypto";

import { LockMode, OptimisticLockError } from "@mikro-orm/core";
import type { EntityManager, Knex } from "@mikro-orm/postgresql";

import {
  ActionStep,
  auditAlso,
  auditDigest,
  District,
  FiscalYear,
  FundingSource,
  Scenario,
  ScenarioAllocation,
  School,
  SchoolAllocation,
  type ScenarioActionStepLink,
} from "@allot/db";
import {
  defaultScenarioParameters,
  type Cents,
  type ProgramCode,
  type ScenarioParameters,
  type ScenarioResult,
  type ScenarioSchool,
} from "@allot/engine";
import { NEW_SCENARIO_FIELDS } from "@allot/engine/inputs";

import { columnsOf, readRows } from "../../common/plain-rows.js";
import {
  refused as fail,
  problemsOf,
  type Outcome,
  type Problem,
  type Ref,
} from "../../common/problem.js";
import { runScenarioTask, type Baseline } from "../../workers/heavy.worker.js";
import { offLoop, WorkLimitExceeded } from "../../workers/pool.js";
import { moneyByProgram } from "../award/award.service.js";

/** A tie of a program's money to an action step, as a caller asks for it. */
export interface ScenarioLinkDraft {
  program: string;
  kind: string;
  actionStep: Ref;
}

export interface EngineInputs {
  fy: FiscalYear;
  engineSchools: ScenarioSchool[];
  available: Partial<Record<ProgramCode, Cents>>;
  /** Each program's award for the year alone (no carryover or transfers). */
  allocation: Partial<Record<ProgramCode, Cents>>;
}

export async function engineInputs(
  em: EntityManager,
  districtId: string,
  fy: FiscalYear,
): Promise<EngineInputs> {
  // Plain rows: a state-size district's schools as entities took 50 ms to build and track.
  const [schools, money] = await Promise.all([
    readRows<School>(
      em,
      `select ${columnsOf(em, School, "s")} from school s where s.district_id = ? order by s.nces_school_id`,
      [districtId],
    ),
    moneyByProgram(em, districtId, fy.id),
  ]);
  return {
    fy,
    engineSchools: schools.map((s) => ({
      id: s.id,
      name: s.name,
      level: s.level,
      enrollment: s.enrollment,
      lowIncome: s.lowIncome,
      englishLearners: s.englishLearners,
      studentsWithDisabilities: s.studentsWithDisabilities,
      homeless: s.homeless,
      foster: s.foster,
      migrant: s.migrant,
      servedLastYear: s.servedLastYear,
      supportDesignation: s.supportDesignation,
    })),
    available: Object.fromEntries([...money].map(([code, m]) => [code, m.available])),
    allocation: Object.fromEntries([...money].map(([code, m]) => [code, m.award.amountCents])),
  };
}

/**
 * The district's schools and programs that label a scenario's results, as plain rows: a
 * state-size district's schools as entities cost more to build and track than the results. A
 * school leader's hold only their school.
 */
export async function schoolsAndPrograms(
  em: EntityManager,
  districtId: string,
  onlySchool: string | null,
) {
  // Plain rows named like the entities' fields: read on every scenario view, so no query builder.
  const [schools, sources] = await Promise.all([
    readRows<School>(
      em,
      `select ${columnsOf(em, School, "s")} from school s where s.district_id = ?${onlySchool ? " and s.id = ?" : ""} order by s.nces_school_id`,
      onlySchool ? [districtId, onlySchool] : [districtId],
    ),
    readRows<FundingSource>(
      em,
      `select ${columnsOf(em, FundingSource, "f")} from funding_source f where f.district_id = ?`,
      [districtId],
    ),
  ]);
  return { schools, sources };
}

/** The adopted (approved) scenario's school amounts of the year, the baseline for floors. */
async function adoptedBaseline(
  em: EntityManager,
  districtId: string,
  fy: FiscalYear,
  exceptId: string | null,
) {
  const adopted = await em.findOne(Scenario, {
    district: districtId,
    fiscalYear: fy,
    status: "APPROVED",
  });
  if (!adopted?.results || adopted.id === exceptId) return undefined;
  const result = adopted.results;
  return Object.fromEntries(
    result.schools.map((s) => [
      s.schoolId,
      Object.fromEntries(s.programs.map((p) => [p.program, p.amount])),
    ]),
  );
}

/** Districts up to this many schools run the engine in the request (a few milliseconds); larger ones in a worker thread. */
export const ENGINE_INLINE_MAX_SCHOOLS = 200;

/**
 * Runs the engine. The baseline is the year's adopted budget, or else the same parameters without
 * reallocation (so "no school loses more than X%" is measured against the formula). A large
 * district's run goes to a worker thread with its time and memory limits, off the event loop.
 */
export async function compute(
  inputs: EngineInputs,
  parameters: ScenarioParameters,
  baseline?: Baseline,
): Promise<Outcome<ScenarioResult>> {
  const task = {
    kind: "scenario",
    schools: inputs.engineSchools,
    available: inputs.available,
    allocation: inputs.allocation,
    parameters,
    baseline,
  } as const;
  let run;
  try {
    run =
      inputs.engineSchools.length > ENGINE_INLINE_MAX_SCHOOLS
        ? await offLoop(task)
        : runScenarioTask(task);
  } catch (e) {
    if (e instanceof WorkLimitExceeded)
      return fail("parameters", `The engine run was stopped: ${e.message}`, "INVALID");
    throw e;
  }
  if (run.ok) return { ok: true, value: run.result };
  if (run.refusal === "reallocation")
    return fail("parameters.reallocation", run.message, "INVALID");
  if (run.refusal === "plan")
    return fail("parameters", "The parameters could not be used.", "INVALID");
  return fail(
    run.refusal === "parameters" && run.field ? `parameters.${run.field}` : "parameters",
    run.message,
    "INVALID",
  );
}

/**
 * A what-if run that saves nothing: the year's schools and awards, or the caller's own (`given`).
 * With the caller's schools the baseline is the formula's (the adopted budget names other schools).
 */
export async function preview(
  em: EntityManager,
  districtId: string,
  fiscalYear: number,
  parameters: ScenarioParameters,
  given: {
    schools?: ScenarioSchool[];
    money?: Pick<EngineInputs, "available" | "allocation">;
  } = {},
) {
  const fy = await em.findOne(FiscalYear, { district: districtId, year: fiscalYear });
  if (!fy)
    return {
      outcome: fail("fiscalYear", `The district has no fiscal year ${fiscalYear}.`, "NOT_FOUND"),
      inputs: null,
    };
  const year = await engineInputs(em, districtId, fy);
  const inputs: EngineInputs = {
    ...year,
    ...(given.schools ? { engineSchools: given.schools } : {}),
    ...(given.money ?? {}),
  };
  const baseline = given.schools ? undefined : await adoptedBaseline(em, districtId, fy, null);
  return { outcome: await compute(inputs, parameters, baseline), inputs };
}

export async function createScenario(
  em: EntityManager,
  districtId: string,
  input: {
    fiscalYear: number;
    name: string;
    source: "EMPTY" | "ADOPTED" | "SCENARIO";
    /** For SCENARIO: the scenario to copy. */
    sourceScenario?: Ref | null;
  },
): Promise<Outcome<string>> {
  const problems = problemsOf(NEW_SCENARIO_FIELDS, {
    ...input,
    sourceScenarioId: input.sourceScenario?.given || null,
  });
  if (problems.length) return { ok: false, errors: problems };
  const name = input.name.trim();
  return em.transactional(async (tx) => {
    const fy = await tx.findOne(FiscalYear, { district: districtId, year: input.fiscalYear });
    if (!fy)
      return fail(
        "fiscalYear",
        `The district has no fiscal year ${input.fiscalYear}.`,
        "NOT_FOUND",
      );
    let parameters: ScenarioParameters;
    let createdFrom: Scenario | null = null;
    if (input.source === "EMPTY") {
      const money = await moneyByProgram(tx, districtId, fy.id);
      parameters = defaultScenarioParameters(
        Object.fromEntries([...money].map(([c, m]) => [c, m.award.amountCents])),
      );
    } else {
      const id = input.source === "SCENARIO" ? (input.sourceScenario?.id ?? null) : null;
      createdFrom =
        input.source === "ADOPTED"
          ? await tx.findOne(Scenario, { district: districtId, fiscalYear: fy, status: "APPROVED" })
          : id
            ? await tx.findOne(Scenario, { id, district: districtId })
            : null;
      if (!createdFrom) {
        return input.source === "ADOPTED"
          ? fail("source", `FY${input.fiscalYear} has no adopted budget yet.`, "NOT_FOUND")
          : fail(
              "sourceScenarioId",
              `No scenario has id "${input.sourceScenario?.given ?? ""}".`,
              "NOT_FOUND",
            );
      }
      parameters = structuredClone(createdFrom.parameters);
    }
    const scenario = tx.create(Scenario, {
      district: tx.getReference(District, districtId),
      fiscalYear: fy,
      name,
      parameters,
      createdFrom,
      results: null,
    });
    await tx.flush();
    return { ok: true, value: scenario.id };
  });
}

/** Locks a scenario, checks the caller's version and that it is still a draft. */
async function lockDraft(
  tx: EntityManager,
  districtId: string,
  ref: Ref,
  expectedVersion: number | null | undefined,
  action: string,
): Promise<Scenario | { ok: false; errors: Problem[] }> {
  const scenario = ref.id
    ? await tx.findOne(
        Scenario,
        { id: ref.id, district: districtId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      )
    : null;
  if (!scenario) return fail("id", `No scenario has id "${ref.given}".`, "NOT_FOUND");
  if (expectedVersion != null && scenario.version !== expectedVersion) {
    return fail(
      "expectedVersion",
      "Someone else changed this scenario after you read it. Reload it and apply your change again.",
      "CONFLICT",
    );
  }
  if (action !== "approve" && action !== "reject" && scenario.status !== "DRAFT") {
    return fail(
      "id",
      `The scenario is ${scenario.status.toLowerCase()}: only a draft can be ${action === "run" ? "run" : "changed"}. Clone it to change it.`,
      "INVALID",
    );
  }
  return scenario;
}

/** Checks that each tie names an action step of the scenario's year whose plan allows the program. */
async function checkLinks(
  tx: EntityManager,
  districtId: string,
  fiscalYearId: string,
  links: ScenarioLinkDraft[],
): Promise<Outcome<ScenarioActionStepLink[]>> {
  const out: ScenarioActionStepLink[] = [];
  for (const [i, l] of links.entries()) {
    const id = l.actionStep.id;
    const step = id
      ? await tx.findOne(
          ActionStep,
          { id, district: districtId },
          { populate: ["need.plan", "allowedFundingSources.fundingSource"] },
        )
      : null;
    if (!step || step.need.plan.fiscalYear.id !== fiscalYearId) {
      return fail(
        `actionSteps.${i}.actionStepId`,
        `No action step of this scenario's year has id "${l.actionStep.given}".`,
        "NOT_FOUND",
      );
    }
    if (!step.allowedFundingSources.getItems().some((a) => a.fundingSource.code === l.program)) {
      return fail(
        `actionSteps.${i}.program`,
        `${l.program} is not a funding source of action step ${step.need.number}.${step.number} in the improvement plan.`,
        "PROGRAM_NOT_ALLOWED",
      );
    }
    if (out.some((o) => o.program === l.program && o.kind === l.kind)) {
      return fail(
        `actionSteps.${i}`,
        `${l.program} ${l.kind} is tied to an action step twice.`,
        "INVALID",
      );
    }
    out.push({ program: l.program, kind: l.kind, actionStepId: step.id });
  }
  return { ok: true, value: out };
}

export async function updateParameters(
  em: EntityManager,
  districtId: string,
  scenario: Ref,
  expectedVersion: number | null | undefined,
  parameters: ScenarioParameters,
  name?: string | null,
  links?: ScenarioLinkDraft[],
): Promise<Outcome<string>> {
  return guard(() =>
    em.transactional(async (tx) => {
      const s = await lockDraft(tx, districtId, scenario, expectedVersion, "update");
      if (!(s instanceof Scenario)) return s;
      if (links) {
        const checked = await checkLinks(tx, districtId, s.fiscalYear.id, links);
        if (!checked.ok) return checked;
        s.actionStepLinks = checked.value;
      }
      // Check the parameters against the year's money before keeping them.
      const check = await compute(
        await engineInputs(tx, districtId, await tx.findOneOrFail(FiscalYear, s.fiscalYear.id)),
        parameters,
        await adoptedBaseline(tx, districtId, s.fiscalYear, s.id),
      );
      if (!check.ok) return check;
      s.parameters = parameters;
      if (name != null && name.trim()) s.name = name.trim().slice(0, 200);
      s.stale = true;
      await tx.flush();
      return { ok: true as const, value: s.id };
    }),
  );
}

/** Runs a draft and stores its results and allocations, replacing the previous run's. */
export async function runAndSave(
  em: EntityManager,
  districtId: string,
  scenario: Ref,
  expectedVersion: number | null | undefined,
): Promise<Outcome<string>> {
  return guard(() =>
    em.transactional(async (tx) => {
      const s = await lockDraft(tx, districtId, scenario, expectedVersion, "run");
      if (!(s instanceof Scenario)) return s;
      const fy = await tx.findOneOrFail(FiscalYear, s.fiscalYear.id);
      const inputs = await engineInputs(tx, districtId, fy);
      const outcome = await compute(
        inputs,
        s.parameters,
        await adoptedBaseline(tx, districtId, fy, s.id),
      );
      if (!outcome.ok) return outcome;
      const result = outcome.value;
      await tx.nativeDelete(ScenarioAllocation, { scenario: s });
      await tx.nativeDelete(SchoolAllocation, { scenario: s });
      const sources = new Map(
        (await tx.find(FundingSource, { district: districtId })).map((f) => [f.code, f]),
      );
      const district = tx.getReference(District, districtId);
      const stepFor = (program: string, kind: string) => {
        const link = s.actionStepLinks.find((l) => l.program === program && l.kind === kind);
        return link ? tx.getReference(ActionStep, link.actionStepId) : null;
      };
      for (const p of result.programs) {
        for (const r of p.reservations) {
          if (r.amount > 0) {
            tx.create(ScenarioAllocation, {
              district,
              scenario: s,
              fundingSource: sources.get(p.program)!,
              kind: r.kind,
              amountCents: r.amount,
              explanation: r.explanation,
              actionStep: stepFor(p.program, r.kind),
            });
          }
        }
      }
      // One row per school, the programs side by side, in one statement from one JSON document:
      // a state's 2,300 rows. Built as entities they took longer than computing them, and as
      // parameterised multi-row inserts the driver spent most of a second quoting parameters.
      const rows = [];
      for (const row of result.schools) {
        const programs = row.programs.filter((p) => p.amount !== 0 || p.baseline !== 0);
        if (programs.length === 0) continue;
        rows.push({
          id: randomUUID(),
          school: row.schoolId,
          programs: programs.map((p) => p.program),
          amounts: programs.map((p) => p.amount),
          baselines: programs.map((p) => p.baseline),
          bounds: programs.map((p) => p.bound),
          explanations: programs.map((p) => p.explanation),
        });
      }
      // Sent as a bound parameter by the driver (knex), not inlined: MikroORM's execute() escapes
      // its parameters into the SQL text, character by character through megabytes of JSON.
      const trx = tx.getTransactionContext<Knex.Transaction>()!;
      await trx.raw(
        `insert into school_allocation (id, district_id, scenario_id, school_id, programs, amounts_cents, baselines_cents, bounds, explanations)
         select r.id, ?, ?, r.school, r.programs, r.amounts, r.baselines, r.bounds, r.explanations
         from jsonb_to_recordset(?::jsonb) as r(id uuid, school uuid, programs text[], amounts bigint[], baselines bigint[], bounds text[], explanations text[])`,
        [districtId, s.id, JSON.stringify(rows)],
      );
      // The results document (megabytes for a state-size district) is bound too, written beside
      // the flush: through the ORM it is compared, escaped and hashed again. Its digest goes into
      // the same audit event as the rest of the run's change.
      const results = JSON.stringify(result);
      await trx.raw(`update scenario set results = ?::json where id = ? and district_id = ?`, [
        results,
        s.id,
        districtId,
      ]);
      auditAlso(s, { results: auditDigest(results) });
      s.lastRunAt = new Date();
      s.stale = false;
      await tx.flush();
      return { ok: true as const, value: s.id };
    }),
  );
}

export async function transition(
  em: EntityManager,
  districtId: string,
  scenario: Ref,
  expectedVersion: number | null | undefined,
  action: "submit" | "approve" | "reject",
  by: string,
  comment?: string | null,
): Promise<Outcome<string>> {
  return guard(() =>
    em.transactional(async (tx) => {
      const s = await lockDraft(tx, districtId, scenario, expectedVersion, action);
      if (!(s instanceof Scenario)) return s;
      if (action === "submit") {
        if (!s.results || s.stale)
          return fail(
            "id",
            "Run the scenario with its current parameters before submitting it.",
            "INVALID",
          );
        s.status = "SUBMITTED";
        s.submittedAt = new Date();
        s.reviewComment = null;
      } else if (s.status !== "SUBMITTED") {
        return fail(
          "id",
          `Only a submitted scenario can be ${action === "approve" ? "approved" : "rejected"}; this one is ${s.status.toLowerCase()}.`,
          "INVALID",
        );
      } else if (action === "reject") {
        if (!comment?.trim())
          return fail("comment", "Say why the scenario is rejected.", "INVALID");
        s.status = "DRAFT";
        s.reviewComment = comment.trim();
      } else {
        const previous = await tx.findOne(
          Scenario,
          { district: districtId, fiscalYear: s.fiscalYear, status: "APPROVED" },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        );
        if (previous) {
          previous.status = "SUPERSEDED";
          await tx.flush(); // the one-approved-per-year index must see it go first
        }
        s.status = "APPROVED";
        s.approvedAt = new Date();
        s.approvedBy = by;
      }
      await tx.flush();
      return { ok: true as const, value: s.id };
    }),
  );
}

async function guard(fn: () => Promise<Outcome<string>>): Promise<Outcome<string>> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof OptimisticLockError)
      return fail(
        "expectedVersion",
        "Someone else changed this scenario after you read it. Reload it and apply your change again.",
        "CONFLICT",
      );
    throw e;
  }
}
