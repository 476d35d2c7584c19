import { randomUUID } from "node:crypto";

import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";

import {
  ActionStep,
  BenefitRate,
  BudgetLine,
  District,
  engineRates,
  FiscalYear,
  FundingSource,
  JobClass,
  Position,
  positionCostInput,
  PositionFunding,
  SalarySchedule,
  School,
  type PositionStatus,
  type RequiredEntityData,
} from "@allot/db";
import {
  accountCodeProblems,
  availableFromAward,
  fiscalYearOf,
  fundingSharesProblem,
  isProgramCode,
  positionLines,
  PROGRAMS,
  salaryAtStep,
  usd,
  type BenefitAppliesTo,
  type BenefitBasis,
  type Cents,
  type IdeaSubgrant,
  type StaffCategory,
} from "@allot/engine";

import {
  problem,
  readBack,
  refusableTransaction,
  Refusal,
  type Outcome,
  type Problem,
  type Ref,
} from "../../common/problem.js";
import {
  MAX_BENEFIT_RATES,
  MAX_REFERENCE_ROWS,
  MAX_POSITION_SHARES as MAX_SHARES,
} from "../../platform/limits/list-sizes.js";
import { budgetedFrom, lockAward, transfersOf } from "../award/award.service.js";
import { districtChart } from "../budget/budget.service.js";

export const POSITION_POPULATE = [
  "fiscalYear",
  "jobClass",
  "salarySchedule",
  "school",
  "fundings.fundingSource",
  "fundings.actionStep.need",
  "fundings.actionStep.allowedFundingSources.fundingSource",
  "fundings.actionStep.strategicLinks.strategicActionStep",
] as const;

/** What syncLines reads of a position: far less than the API shows of one. */
export const SYNC_POPULATE = ["jobClass", "fundings.fundingSource"] as const;

const text = (v: string | null | undefined, field: string, max: number, required: boolean) => {
  const t = v?.trim() ?? "";
  if (required && !t) return problem(field, `${field} is required.`, "INVALID");
  if (t.length > max)
    return problem(field, `${field} is longer than ${max} characters.`, "INVALID");
  return null;
};

// ----- Job classes -----

export interface JobClassDraft {
  code: string;
  title: string;
  category: StaffCategory;
  salaryObjectCode: string;
}

export async function createJobClass(
  em: EntityManager,
  districtId: string,
  draft: JobClassDraft,
): Promise<Outcome<JobClass>> {
  return em.transactional(async (tx) => {
    const errors = [
      text(draft.code, "code", 20, true),
      text(draft.title, "title", 200, true),
    ].filter((p): p is Problem => p !== null);
    const chart = await districtChart(tx, districtId);
    // A job class outlives a year: its salary object must be valid in the district's current one.
    const { fiscalYearStartMonth } = await tx.findOneOrFail(District, districtId, {
      fields: ["fiscalYearStartMonth"],
    });
    const current = fiscalYearOf(new Date().toISOString().slice(0, 10), fiscalYearStartMonth);
    if (chart)
      for (const p of accountCodeProblems(chart, current, {
        objectCode: draft.salaryObjectCode.trim(),
      }))
        errors.push(problem("salaryObjectCode", p.message, "INVALID"));
    if ((await tx.count(JobClass, { district: districtId })) >= MAX_REFERENCE_ROWS)
      errors.push(
        problem("code", `A district keeps at most ${MAX_REFERENCE_ROWS} job classes.`, "INVALID"),
      );
    if (
      !errors.length &&
      (await tx.count(JobClass, { district: districtId, code: draft.code.trim() }))
    )
      errors.push(problem("code", `A job class "${draft.code.trim()}" exists already.`, "INVALID"));
    if (errors.length) return { ok: false, errors };
    const jobClass = tx.create(JobClass, {
      district: tx.getReference(District, districtId),
      code: draft.code.trim(),
      title: draft.title.trim(),
      category: draft.category,
      salaryObjectCode: draft.salaryObjectCode.trim(),
    });
    await tx.flush();
    return { ok: true, value: jobClass };
  });
}

// ----- Benefit rates -----

export interface BenefitRateDraft {
  fiscalYear: number;
  name: string;
  objectCode: string;
  basis: BenefitBasis;
  rateHundredthsOfPercent: number | null;
  perFte: Cents | null;
  appliesTo: BenefitAppliesTo;
}

/**
 * Sets a benefit rate of a year (new, or changed by name) and rewrites the budget lines of every
 * position of that year, refusing it all when a program would be overspent.
 */
export async function setBenefitRate(
  em: EntityManager,
  districtId: string,
  draft: BenefitRateDraft,
  expectedVersion: number | null | undefined,
): Promise<Outcome<BenefitRate>> {
  const saved = await refusableTransaction(em, conflict("benefit rate"), async (tx) => {
    const errors = [text(draft.name, "name", 100, true)].filter((p): p is Problem => p !== null);
    const fy = await tx.findOne(FiscalYear, { district: districtId, year: draft.fiscalYear });
    if (!fy)
      errors.push(
        problem("fiscalYear", `The district has no fiscal year ${draft.fiscalYear}.`, "NOT_FOUND"),
      );
    const chart = await districtChart(tx, districtId);
    if (chart && fy)
      for (const p of accountCodeProblems(chart, fy.year, {
        objectCode: draft.objectCode.trim(),
      }))
        errors.push(problem("objectCode", p.message, "INVALID"));
    if (draft.basis === "PERCENT_OF_SALARY") {
      const r = draft.rateHundredthsOfPercent;
      if (r === null || !Number.isInteger(r) || r < 0 || r > 10_000)
        errors.push(
          problem(
            "rateHundredthsOfPercent",
            "A percentage of salary needs rateHundredthsOfPercent from 0 to 10,000 (7.65% = 765).",
            "INVALID",
          ),
        );
      if (draft.perFte !== null)
        errors.push(problem("perFte", "A percentage of salary has no amount per FTE.", "INVALID"));
    } else {
      if (draft.perFte === null || draft.perFte < 0)
        errors.push(
          problem("perFte", "An amount per FTE needs perFte of zero or more.", "INVALID"),
        );
      if (draft.rateHundredthsOfPercent !== null)
        errors.push(
          problem("rateHundredthsOfPercent", "An amount per FTE has no percentage.", "INVALID"),
        );
    }
    if (errors.length || !fy) throw new Refusal(errors);
    let rate = await tx.findOne(
      BenefitRate,
      { district: districtId, fiscalYear: fy, name: draft.name.trim() },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (
      !rate &&
      (await tx.count(BenefitRate, { district: districtId, fiscalYear: fy })) >= MAX_BENEFIT_RATES
    )
      throw new Refusal([
        problem("name", `A year has at most ${MAX_BENEFIT_RATES} benefit rates.`, "INVALID"),
      ]);
    if (rate && expectedVersion != null && rate.version !== expectedVersion)
      throw new Refusal([conflict("benefit rate")]);
    const values = {
      objectCode: draft.objectCode.trim(),
      basis: draft.basis,
      rateHundredthsOfPercent: draft.rateHundredthsOfPercent,
      perFteCents: draft.perFte,
      appliesTo: draft.appliesTo,
    };
    if (rate) Object.assign(rate, values);
    else
      rate = tx.create(BenefitRate, {
        district: tx.getReference(District, districtId),
        fiscalYear: fy,
        name: draft.name.trim(),
        ...values,
      });
    await tx.flush();
    const positions = await tx.find(
      Position,
      { district: districtId, fiscalYear: fy },
      { populate: SYNC_POPULATE },
    );
    await syncLines(tx, districtId, fy, positions);
    return rate.id;
  });
  return readBack(saved, (id) => {
    em.clear();
    return em.findOneOrFail(
      BenefitRate,
      { id, district: districtId },
      { populate: ["fiscalYear"] },
    );
  });
}

// ----- Positions -----

export interface PositionDraft {
  fiscalYear: number;
  code: string;
  title: string;
  jobClass: Ref | null;
  school: Ref | null;
  fteHundredths: number;
  /** Actual salary; null when salaryStep gives it. */
  salary: Cents | null;
  /** The salary schedule and step the salary follows, instead of an actual salary. */
  salaryStep?: { schedule: string; step: number } | null;
  status: PositionStatus;
  personName: string | null;
}

function positionProblems(d: Partial<PositionDraft>): Problem[] {
  const errors = [
    d.code !== undefined ? text(d.code, "code", 40, true) : null,
    d.title !== undefined ? text(d.title, "title", 200, true) : null,
    d.personName !== undefined ? text(d.personName, "personName", 200, false) : null,
  ].filter((p): p is Problem => p !== null);
  if (
    d.fteHundredths !== undefined &&
    (!Number.isInteger(d.fteHundredths) || d.fteHundredths < 1 || d.fteHundredths > 100)
  )
    errors.push(problem("fte", "fte must be from 0.01 to 1.00, to two decimals.", "INVALID"));
  if (d.salary != null && d.salary < 0)
    errors.push(problem("salary", "salary must be zero or more.", "NEGATIVE"));
  if (d.salary != null && d.salaryStep)
    errors.push(
      problem(
        "salary",
        "Give an actual salary or a salary schedule and step, not both.",
        "INVALID",
      ),
    );
  return errors;
}

export async function createPosition(
  em: EntityManager,
  districtId: string,
  draft: PositionDraft,
): Promise<Outcome<Position>> {
  const saved = await refusableTransaction(em, conflict("position"), async (tx) => {
    const errors = positionProblems(draft);
    const fy = await tx.findOne(FiscalYear, { district: districtId, year: draft.fiscalYear });
    if (!fy)
      errors.push(
        problem("fiscalYear", `The district has no fiscal year ${draft.fiscalYear}.`, "NOT_FOUND"),
      );
    const jobClass = draft.jobClass?.id
      ? await tx.findOne(JobClass, { id: draft.jobClass.id, district: districtId })
      : null;
    if (!jobClass)
      errors.push(
        problem("jobClassId", `No job class has id "${draft.jobClass?.given ?? ""}".`, "NOT_FOUND"),
      );
    const school = await schoolOf(tx, districtId, draft.school, errors);
    const placed =
      fy && draft.salaryStep && draft.salary == null
        ? await scheduleSalary(tx, districtId, fy, draft.salaryStep, errors)
        : null;
    if (draft.salary == null && !draft.salaryStep)
      errors.push(problem("salary", "Give a salary, or a salary schedule and step.", "INVALID"));
    if (
      fy &&
      (await tx.count(Position, {
        district: districtId,
        fiscalYear: fy,
        code: draft.code.trim(),
      }))
    )
      errors.push(
        problem("code", `FY${fy.year} has a position "${draft.code.trim()}" already.`, "INVALID"),
      );
    if (errors.length || !fy || !jobClass) throw new Refusal(errors);
    const position = tx.create(Position, {
      district: tx.getReference(District, districtId),
      fiscalYear: fy,
      code: draft.code.trim(),
      title: draft.title.trim(),
      jobClass,
      school,
      fteHundredths: draft.fteHundredths,
      salaryCents: placed?.salary ?? draft.salary ?? 0,
      salarySchedule: placed?.schedule ?? null,
      scheduleStep: placed ? draft.salaryStep!.step : null,
      status: draft.status,
      personName: draft.personName?.trim() || null,
    });
    await tx.flush();
    return position.id;
  });
  return readBack(saved, (id) => reload(em, districtId, id));
}

export async function updatePosition(
  em: EntityManager,
  districtId: string,
  ref: Ref,
  expectedVersion: number | null | undefined,
  changes: Partial<Omit<PositionDraft, "fiscalYear" | "code">>,
): Promise<Outcome<Position>> {
  const saved = await refusableTransaction(em, conflict("position"), async (tx) => {
    const position = await lockPosition(tx, districtId, ref, expectedVersion);
    const errors = positionProblems(changes);
    if (changes.jobClass) {
      const jobClass = changes.jobClass.id
        ? await tx.findOne(JobClass, { id: changes.jobClass.id, district: districtId })
        : null;
      if (!jobClass)
        errors.push(
          problem("jobClassId", `No job class has id "${changes.jobClass.given}".`, "NOT_FOUND"),
        );
      else position.jobClass = jobClass;
    }
    if (changes.school !== undefined)
      position.school = await schoolOf(tx, districtId, changes.school, errors);
    const placed =
      changes.salaryStep && changes.salary == null
        ? await scheduleSalary(tx, districtId, position.fiscalYear, changes.salaryStep, errors)
        : null;
    if (errors.length) throw new Refusal(errors);
    if (placed) {
      position.salaryCents = placed.salary;
      position.salarySchedule = placed.schedule;
      position.scheduleStep = changes.salaryStep!.step;
    }
    if (changes.title !== undefined) position.title = changes.title.trim();
    if (changes.fteHundredths !== undefined) position.fteHundredths = changes.fteHundredths;
    if (changes.salary != null) {
      // An actual salary takes the position off its schedule.
      position.salaryCents = changes.salary;
      position.salarySchedule = null;
      position.scheduleStep = null;
    }
    if (changes.status !== undefined) position.status = changes.status;
    if (changes.personName !== undefined) position.personName = changes.personName?.trim() || null;
    await tx.flush();
    await syncLines(tx, districtId, position.fiscalYear, [position]);
    return position.id;
  });
  return readBack(saved, (id) => reload(em, districtId, id));
}

export interface FundingShareDraft {
  program: string;
  actionStep: Ref;
  functionCode: string;
  shareBasisPoints: number;
  subgrant?: IdeaSubgrant | null;
}

/**
 * Replaces a position's funding shares and rewrites its budget lines. Each share's program must
 * fund its action step in the year's plan and its function code be in the state's chart; the
 * shares may not exceed 100%, nor a program's lines what it has left (the refusal says how much).
 */
export async function setPositionFunding(
  em: EntityManager,
  districtId: string,
  ref: Ref,
  expectedVersion: number | null | undefined,
  shares: FundingShareDraft[],
): Promise<Outcome<Position>> {
  const saved = await refusableTransaction(em, conflict("position"), async (tx) => {
    const position = await lockPosition(tx, districtId, ref, expectedVersion);
    if (shares.length > MAX_SHARES)
      throw new Refusal([
        problem("shares", `A position has at most ${MAX_SHARES} funding shares.`, "INVALID"),
      ]);
    const errors: Problem[] = [];
    const sumProblem = fundingSharesProblem(
      shares.map((s) => ({ key: null, basisPoints: s.shareBasisPoints })),
    );
    if (sumProblem) errors.push(problem("shares", sumProblem, "INVALID"));
    const chart = await districtChart(tx, districtId);
    const sources = new Map(
      (await tx.find(FundingSource, { district: districtId })).map((f) => [f.code, f]),
    );
    const next: {
      source: FundingSource;
      step: ActionStep;
      functionCode: string;
      bp: number;
      subgrant: IdeaSubgrant | null;
    }[] = [];
    for (const [i, s] of shares.entries()) {
      const at = (f: string) => `shares.${i}.${f}`;
      const source = isProgramCode(s.program) ? sources.get(s.program) : undefined;
      if (!source)
        errors.push(problem(at("program"), `Unknown program "${s.program}".`, "NOT_FOUND"));
      const step = s.actionStep.id
        ? await tx.findOne(
            ActionStep,
            { id: s.actionStep.id, district: districtId },
            { populate: ["need.plan.fiscalYear", "allowedFundingSources.fundingSource"] },
          )
        : null;
      if (!step) {
        errors.push(
          problem(
            at("actionStepId"),
            `No action step has id "${s.actionStep.given}".`,
            "NOT_FOUND",
          ),
        );
        continue;
      }
      const label = `${step.need.number}.${step.number}`;
      if (step.need.plan.fiscalYear.id !== position.fiscalYear.id)
        errors.push(
          problem(
            at("actionStepId"),
            `Action step ${label} is not in this position's fiscal year's plan.`,
            "INVALID",
          ),
        );
      if (
        source &&
        !step.allowedFundingSources.getItems().some((l) => l.fundingSource.id === source.id)
      )
        errors.push(
          problem(
            at("program"),
            `${PROGRAMS[source.code].name} is not a funding source of action step ${label} in the improvement plan.`,
            "PROGRAM_NOT_ALLOWED",
          ),
        );
      if (chart)
        for (const p of accountCodeProblems(chart, position.fiscalYear.year, {
          functionCode: s.functionCode.trim(),
        }))
          errors.push(problem(at("functionCode"), p.message, "INVALID"));
      if (s.subgrant && source && source.code !== "IDEA_B")
        errors.push(
          problem(
            at("subgrant"),
            `Only IDEA Part B shares name a subgrant (611 or 619), not ${PROGRAMS[source.code].name}.`,
            "INVALID",
          ),
        );
      if (source)
        next.push({
          source,
          step,
          functionCode: s.functionCode.trim(),
          bp: s.shareBasisPoints,
          subgrant: s.subgrant ?? null,
        });
    }
    if (errors.length) throw new Refusal(errors);
    position.fundings.removeAll();
    for (const s of next)
      position.fundings.add(
        tx.create(PositionFunding, {
          district: tx.getReference(District, districtId),
          position,
          fundingSource: s.source,
          actionStep: s.step,
          functionCode: s.functionCode,
          shareBasisPoints: s.bp,
          subgrant: s.subgrant,
        }),
      );
    // The position's version moves with its shares, so a stale editor of either is refused.
    position.updatedAt = new Date();
    await tx.flush();
    await syncLines(tx, districtId, position.fiscalYear, [position]);
    return position.id;
  });
  return readBack(saved, (id) => reload(em, districtId, id));
}

export async function deletePosition(
  em: EntityManager,
  districtId: string,
  ref: Ref,
  expectedVersion: number | null | undefined,
): Promise<Outcome<string>> {
  return refusableTransaction(em, conflict("position"), async (tx) => {
    const position = await lockPosition(tx, districtId, ref, expectedVersion);
    // Its budget lines go with it (budget_line.position_id cascades).
    tx.remove(position);
    await tx.flush();
    return ref.given;
  });
}

/**
 * The schedule and step a position's salary follows, looked up in its year: the salary, or the
 * problem to answer at `field`.
 */
export async function scheduleSalary(
  tx: EntityManager,
  districtId: string,
  fiscalYear: FiscalYear,
  place: { schedule: string; step: number },
  errors: Problem[],
): Promise<{ schedule: SalarySchedule; salary: number } | null> {
  const schedule = await tx.findOne(SalarySchedule, {
    district: districtId,
    fiscalYear,
    name: place.schedule.trim(),
  });
  if (!schedule) {
    errors.push(
      problem(
        "salarySchedule",
        `FY${fiscalYear.year} has no salary schedule "${place.schedule.trim()}".`,
        "NOT_FOUND",
      ),
    );
    return null;
  }
  const salary = salaryAtStep(schedule.steps, place.step);
  if (salary === null) {
    errors.push(
      problem(
        "scheduleStep",
        `Salary schedule "${schedule.name}" has no step ${place.step}.`,
        "NOT_FOUND",
      ),
    );
    return null;
  }
  return { schedule, salary };
}

async function schoolOf(
  tx: EntityManager,
  districtId: string,
  ref: Ref | null | undefined,
  errors: Problem[],
): Promise<School | null> {
  if (!ref) return null;
  const school = ref.id ? await tx.findOne(School, { id: ref.id, district: districtId }) : null;
  if (!school) errors.push(problem("schoolId", `No school has id "${ref.given}".`, "NOT_FOUND"));
  return school;
}

async function lockPosition(
  tx: EntityManager,
  districtId: string,
  ref: Ref,
  expectedVersion: number | null | undefined,
): Promise<Position> {
  const position = ref.id
    ? await tx.findOne(
        Position,
        { id: ref.id, district: districtId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      )
    : null;
  if (!position)
    throw new Refusal([problem("id", `No position has id "${ref.given}".`, "NOT_FOUND")]);
  if (expectedVersion != null && position.version !== expectedVersion)
    throw new Refusal([conflict("position")]);
  await tx.populate(position, POSITION_POPULATE);
  return position;
}

export function conflict(what: string): Problem {
  return problem(
    "expectedVersion",
    `Someone else changed this ${what} after you read it. Reload it and apply your change again.`,
    "CONFLICT",
  );
}

function reload(em: EntityManager, districtId: string, id: string): Promise<Position> {
  em.clear();
  return em.findOneOrFail(Position, { id, district: districtId }, { populate: POSITION_POPULATE });
}

/**
 * syncLines for a caller that reports problems rather than throws (the HR file import): the
 * lines are rewritten, or the problems say which program would be overspent and by how much.
 */
export async function syncPositionLines(
  tx: EntityManager,
  districtId: string,
  fiscalYear: FiscalYear,
  positions: Position[],
): Promise<Problem[]> {
  try {
    await syncLines(tx, districtId, fiscalYear, positions);
    return [];
  } catch (e) {
    if (e instanceof Refusal) return e.problems;
    throw e;
  }
}

/**
 * Rewrites the salary and benefit budget lines of these positions from their cost and shares, in
 * the caller's transaction, then checks every program they touch against what it has for the
 * year (award rows locked in a fixed order). Refuses with the amount left when one is overspent.
 */
const LINE_INSERT_BATCH = 2_000;

export async function syncLines(
  tx: EntityManager,
  districtId: string,
  fiscalYear: FiscalYear,
  positions: Position[],
): Promise<void> {
  if (!positions.length) return;
  const rates = await tx.find(BenefitRate, { district: districtId, fiscalYear });
  const ids = positions.map((p) => p.id);
  const touched = new Map<string, FundingSource>();
  await tx.nativeDelete(BudgetLine, { district: districtId, position: { $in: ids } });
  const engine = engineRates(rates);
  // Derived lines are written in bulk, as they are deleted: a benefit rate of a state-size
  // district rewrites 100,000+ of them, and the change itself is what the audit trail records.
  const rows: RequiredEntityData<BudgetLine>[] = [];
  for (const p of positions) {
    const fundings = p.fundings.getItems();
    for (const f of fundings) touched.set(f.fundingSource.id, f.fundingSource);
    const lines = positionLines(
      positionCostInput(p, engine),
      fundings.map((f) => ({ key: f, basisPoints: f.shareBasisPoints })),
    );
    for (const line of lines)
      rows.push({
        id: randomUUID(),
        district: districtId,
        fiscalYear: fiscalYear.id,
        fundingSource: line.key.fundingSource.id,
        actionStep: line.key.actionStep.id,
        school: p.school?.id ?? null,
        amountCents: line.amount,
        description: line.description,
        functionCode: line.key.functionCode,
        objectCode: line.objectCode,
        subgrant: line.key.subgrant,
        position: p.id,
      });
  }
  // Within PostgreSQL's 65,535 parameters a statement.
  for (let i = 0; i < rows.length; i += LINE_INSERT_BATCH)
    await tx.insertMany(BudgetLine, rows.slice(i, i + LINE_INSERT_BATCH));
  const sources = [...touched.values()].sort((a, b) => a.id.localeCompare(b.id));
  for (const source of sources) {
    const award = await lockAward(tx, districtId, fiscalYear.id, source.id);
    const name = PROGRAMS[source.code].name;
    if (!award)
      throw new Refusal([
        problem("shares", `${name} has no award for FY${fiscalYear.year}.`, "NO_AWARD"),
      ]);
    const available = availableFromAward({
      amount: award.amountCents,
      carryoverIn: award.carryoverInCents,
      ...(await transfersOf(tx, districtId, fiscalYear.id, source.id)),
    });
    const budgeted = await budgetedFrom(tx, districtId, fiscalYear.id, source.id, null);
    if (budgeted > available) {
      const [mine] = await tx.execute<{ total: string }[]>(
        `select coalesce(sum(amount_cents), 0)::text as total from budget_line
          where district_id = ? and funding_source_id = ? and position_id in (${ids.map(() => "?").join(", ")})`,
        [districtId, source.id, ...ids],
      );
      const left = available - (budgeted - Number(mine?.total ?? 0));
      throw new Refusal([
        problem(
          "shares",
          `${name} has ${usd(Math.max(0, left))} left this year; these shares would take ${usd(Number(mine?.total ?? 0))}.`,
          "OVER_AWARD",
        ),
      ]);
    }
  }
}
