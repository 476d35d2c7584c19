import type { EntityManager } from "@mikro-orm/postgresql";

import { District } from "@allot/db";
import {
  budgetCompliance,
  chartFor,
  codesFor,
  complianceSummary,
  declaredTransfersOf,
  moneyPicture,
  PROGRAM_CODES,
  type AwardAmounts,
  type BudgetLineFacts,
  type BudgetUse,
  type Cents,
  type ChartOfAccounts,
  type ComplianceCheck,
  type DeclaredTransfer,
  type EvidenceLevel,
  type IdeaSubgrant,
  type ProgramCode,
  type ProgramMoneyPicture,
  type RecordedTransfer,
  type SupportDesignation,
  type TitleIStatus,
} from "@allot/engine";

import { awardAmountsByProgram } from "../funding/funding.service.js";

/** The chart of accounts of the district's state (null when Allot has none for it). */
export async function districtChart(
  em: EntityManager,
  districtId: string,
): Promise<ChartOfAccounts | null> {
  const district = await em.findOneOrFail(District, districtId, { fields: ["state"] });
  return chartFor(district.state);
}

export function chartForYear(chart: ChartOfAccounts, fiscalYear: number): ChartOfAccounts {
  return {
    ...chart,
    functions: codesFor(chart.functions, fiscalYear),
    objects: codesFor(chart.objects, fiscalYear),
  };
}

interface LineRow {
  id: string;
  school_id: string | null;
  code: ProgramCode;
  amount_cents: string;
  description: string;
  function_code: string | null;
  object_code: string | null;
  use: BudgetUse | null;
  subgrant: IdeaSubgrant | null;
  prior_approval: string | null;
  school_name: string | null;
  designation: SupportDesignation | null;
  title_i_status: TitleIStatus | null;
  need_number: number;
  step_number: number;
  evidence_level: EvidenceLevel | null;
  subgroups: string[];
  allowed: ProgramCode[] | null;
}

/** Every budget line of the year with what the budget rules read, in one query keyed by district. */
async function budgetFacts(em: EntityManager, districtId: string, year: number) {
  // The programs each step allows, aggregated once per step (not once per line).
  const lines = await em.execute<LineRow[]>(
    `with allowed as (
       select l.action_step_id, array_agg(af.code) as codes from action_step_funding_source l
         join funding_source af on af.id = l.funding_source_id and af.district_id = l.district_id
        where l.district_id = ? group by l.action_step_id)
     select b.id, b.school_id, f.code, b.amount_cents::text, b.description, b.function_code, b.object_code, b.use,
            b.subgrant, b.prior_approval, sc.name as school_name, sc.support_designation as designation,
            sc.title_istatus as title_i_status, n.number as need_number, s.number as step_number,
            s.evidence_level, s.subgroups, a.codes as allowed
       from budget_line b
       join fiscal_year y on y.id = b.fiscal_year_id and y.district_id = b.district_id
       join funding_source f on f.id = b.funding_source_id and f.district_id = b.district_id
       join action_step s on s.id = b.action_step_id and s.district_id = b.district_id
       join overarching_need n on n.id = s.need_id and n.district_id = b.district_id
       left join allowed a on a.action_step_id = s.id
       left join school sc on sc.id = b.school_id and sc.district_id = b.district_id
      where b.district_id = ? and y.year = ?
      order by n.number, s.number, b.id`,
    [districtId, districtId, year],
  );
  // The statute's "allocation" is the year's award (carryover and transfers apart).
  const fy = await fiscalYearId(em, districtId, year);
  const awards = fy
    ? await awardAmountsByProgram(em, districtId, fy)
    : new Map<ProgramCode, AwardAmounts>();
  const facts: BudgetLineFacts[] = lines.map((r) => ({
    id: r.id,
    program: r.code,
    amount: Number(r.amount_cents),
    description: r.description,
    functionCode: r.function_code,
    objectCode: r.object_code,
    use: r.use,
    subgrant: r.subgrant,
    priorApproval: r.prior_approval,
    school: r.school_name
      ? {
          id: r.school_id!,
          name: r.school_name,
          designation: r.designation!,
          titleIStatus: r.title_i_status!,
        }
      : null,
    actionStep: {
      label: `${r.need_number}.${r.step_number}`,
      allowedPrograms: r.allowed ?? [],
      evidenceLevel: r.evidence_level,
      subgroups: r.subgroups,
    },
  }));
  const allocations: Partial<Record<ProgramCode, Cents>> = Object.fromEntries(
    [...awards].map(([code, a]) => [code, a.amount]),
  );
  // IDEA Part B's 619 preschool part, as entered on the award.
  const [preschool] = fy
    ? await em.execute<{ cents: string | null }[]>(
        `select a.preschool_cents::text as cents from award a
           join funding_source f on f.id = a.funding_source_id and f.district_id = a.district_id
          where a.district_id = ? and a.fiscal_year_id = ? and f.code = 'IDEA_B'`,
        [districtId, fy],
      )
    : [];
  const ideaPreschool = preschool?.cents == null ? null : Number(preschool.cents);
  return { facts, allocations, ideaPreschool };
}

export interface BudgetComplianceReport {
  fiscalYear: number;
  checks: ComplianceCheck[];
  summary: ReturnType<typeof complianceSummary>;
  chart: ChartOfAccounts | null;
}

/** The year's compliance report over its coded budget lines (see the engine's budgetCompliance). */
export async function budgetComplianceReport(
  em: EntityManager,
  districtId: string,
  fiscalYear: number,
): Promise<BudgetComplianceReport> {
  const [chart, { facts, allocations, ideaPreschool }, envelopes, schoolAwards] = await Promise.all(
    [
      districtChart(em, districtId),
      budgetFacts(em, districtId, fiscalYear),
      envelopesOf(em, districtId, fiscalYear),
      schoolAwardsOf(em, districtId, fiscalYear),
    ],
  );
  const { declaredTransfers, transfers } = await transfersOf(em, districtId, fiscalYear);
  const checks = budgetCompliance({
    fiscalYear,
    allocations,
    lines: facts,
    chart,
    envelopes,
    schoolAwards,
    ideaPreschool,
    declaredTransfers,
    transfers,
  });
  return { fiscalYear, checks, summary: complianceSummary(checks), chart };
}

export interface FunctionObjectCell {
  program: ProgramCode;
  functionCode: string | null;
  objectCode: string | null;
  amount: Cents;
  lineCount: number;
}

/**
 * The year's budget by program, function and object: the grid of the state's consolidated
 * application budget page. Lines not yet coded are one cell with null codes, never dropped, so
 * the cells add up to the lines to the cent.
 */
export async function budgetByFunctionAndObject(
  em: EntityManager,
  districtId: string,
  fiscalYear: number,
  program: ProgramCode | null,
): Promise<FunctionObjectCell[]> {
  const rows = await em.execute<
    {
      code: ProgramCode;
      function_code: string | null;
      object_code: string | null;
      amount: string;
      lines: number;
    }[]
  >(
    `select f.code, b.function_code, b.object_code, sum(b.amount_cents)::text as amount, count(*)::int as lines
       from budget_line b
       join fiscal_year y on y.id = b.fiscal_year_id and y.district_id = b.district_id
       join funding_source f on f.id = b.funding_source_id and f.district_id = b.district_id
      where b.district_id = ? and y.year = ? and (?::text is null or f.code = ?)
      group by f.code, b.function_code, b.object_code
      order by f.code, b.function_code nulls last, b.object_code nulls last`,
    [districtId, fiscalYear, program, program],
  );
  return rows.map((r) => ({
    program: r.code,
    functionCode: r.function_code,
    objectCode: r.object_code,
    amount: Number(r.amount),
    lineCount: r.lines,
  }));
}

async function fiscalYearId(em: EntityManager, districtId: string, year: number) {
  const [fy] = await em.execute<{ id: string }[]>(
    `select id from fiscal_year where district_id = ? and year = ?`,
    [districtId, year],
  );
  return fy?.id ?? null;
}

/** The id of the year's adopted budget (its approved scenario), if any. */
async function adoptedScenarioId(em: EntityManager, districtId: string, year: number) {
  const [row] = await em.execute<{ id: string }[]>(
    `select s.id from scenario s join fiscal_year y on y.id = s.fiscal_year_id and y.district_id = s.district_id
      where s.district_id = ? and y.year = ? and s.status = 'APPROVED' limit 1`,
    [districtId, year],
  );
  return row?.id ?? null;
}

/** Each program's money picture for the year (see the engine's moneyPicture); empty for no such year. */
export async function moneyPictureOf(
  em: EntityManager,
  districtId: string,
  year: number,
): Promise<{ adoptedScenarioId: string | null; programs: ProgramMoneyPicture[] }> {
  const fy = await fiscalYearId(em, districtId, year);
  if (!fy) return { adoptedScenarioId: null, programs: [] };
  const adopted = await adoptedScenarioId(em, districtId, year);
  const [awards, lines, allocations] = await Promise.all([
    awardAmountsByProgram(em, districtId, fy),
    em.execute<{ code: ProgramCode; at_school: boolean; amount: string }[]>(
      `select f.code, b.school_id is not null as at_school, sum(b.amount_cents)::text as amount
         from budget_line b join funding_source f on f.id = b.funding_source_id and f.district_id = b.district_id
        where b.district_id = ? and b.fiscal_year_id = ?
        group by f.code, b.school_id is not null`,
      [districtId, fy],
    ),
    adopted
      ? em.execute<{ code: ProgramCode; at_school: boolean; amount: string }[]>(
          `select f.code, false as at_school, sum(a.amount_cents)::text as amount
             from scenario_allocation a join funding_source f on f.id = a.funding_source_id and f.district_id = a.district_id
            where a.district_id = ? and a.scenario_id = ?
            group by f.code
           union all
           select u.code, true, sum(u.amount)::text
             from school_allocation a cross join lateral unnest(a.programs, a.amounts_cents) as u(code, amount)
            where a.district_id = ? and a.scenario_id = ?
            group by u.code`,
          [districtId, adopted, districtId, adopted],
        )
      : Promise.resolve([]),
  ]);
  const sum = (
    rows: { code: ProgramCode; at_school: boolean; amount: string }[],
    code: ProgramCode,
    atSchool: boolean,
  ) => Number(rows.find((r) => r.code === code && r.at_school === atSchool)?.amount ?? 0);
  const programs = PROGRAM_CODES.filter((c) => awards.has(c)).map((code) =>
    moneyPicture({
      program: code,
      award: awards.get(code)!,
      adopted: adopted
        ? { reserved: sum(allocations, code, false), toSchools: sum(allocations, code, true) }
        : null,
      districtLines: sum(lines, code, false),
      schoolLines: sum(lines, code, true),
    }),
  );
  return { adoptedScenarioId: adopted, programs };
}

/**
 * One school's envelope for one program: its allocation in the adopted budget, and what its
 * other lines of the program take (drafts included; family engagement comes from the district's
 * reservation, as the SCHOOL_ENVELOPE rule counts it). Envelope null when no budget is adopted.
 */
export async function schoolEnvelope(
  em: EntityManager,
  districtId: string,
  fiscalYear: { id: string; year: number },
  schoolId: string,
  fundingSourceId: string,
  excludeLineId: string | null,
): Promise<{ envelope: Cents | null; budgetedElsewhere: Cents }> {
  const adopted = await adoptedScenarioId(em, districtId, fiscalYear.year);
  const [row] = await em.execute<{ envelope: string | null; budgeted: string }[]>(
    `select (select sum(u.amount) from school_allocation a
              cross join lateral unnest(a.programs, a.amounts_cents) as u(code, amount)
              join funding_source f on f.district_id = a.district_id and f.code = u.code
              where a.district_id = ? and a.scenario_id = ? and a.school_id = ? and f.id = ?)::text as envelope,
            (select coalesce(sum(l.amount_cents), 0) from budget_line l
              where l.district_id = ? and l.fiscal_year_id = ? and l.school_id = ? and l.funding_source_id = ?
                and l.id is distinct from ? and l.use is distinct from 'FAMILY_ENGAGEMENT')::text as budgeted`,
    [
      districtId,
      adopted,
      schoolId,
      fundingSourceId,
      districtId,
      fiscalYear.id,
      schoolId,
      fundingSourceId,
      excludeLineId,
    ],
  );
  return {
    envelope: adopted ? Number(row?.envelope ?? 0) : null,
    budgetedElsewhere: Number(row?.budgeted ?? 0),
  };
}

/** The state's awards to single schools in the year (1003 school improvement). */
/** The transfers the year's plan declares (null without a plan) and the ones recorded. */
async function transfersOf(
  em: EntityManager,
  districtId: string,
  year: number,
): Promise<{ declaredTransfers: DeclaredTransfer[] | null; transfers: RecordedTransfer[] }> {
  const [plans, recorded] = await Promise.all([
    em.execute<{ transfers: Parameters<typeof declaredTransfersOf>[0] }[]>(
      `select p.transfers from improvement_plan p
         join fiscal_year y on y.id = p.fiscal_year_id and y.district_id = p.district_id
        where p.district_id = ? and y.year = ?`,
      [districtId, year],
    ),
    em.execute<{ from: ProgramCode; to: ProgramCode; amount: string }[]>(
      `select s.code as "from", r.code as "to", t.amount_cents::text as amount from transfer t
         join fiscal_year y on y.id = t.fiscal_year_id and y.district_id = t.district_id
         join funding_source s on s.id = t.from_source_id and s.district_id = t.district_id
         join funding_source r on r.id = t.to_source_id and r.district_id = t.district_id
        where t.district_id = ? and y.year = ?`,
      [districtId, year],
    ),
  ]);
  return {
    declaredTransfers: plans[0] ? declaredTransfersOf(plans[0].transfers) : null,
    transfers: recorded.map((t) => ({ from: t.from, to: t.to, amount: Number(t.amount) })),
  };
}

async function schoolAwardsOf(em: EntityManager, districtId: string, year: number) {
  const rows = await em.execute<{ school_id: string; code: ProgramCode; amount: string }[]>(
    `select a.school_id, f.code, a.amount_cents::text as amount
       from school_award a
       join funding_source f on f.id = a.funding_source_id and f.district_id = a.district_id
       join fiscal_year y on y.id = a.fiscal_year_id and y.district_id = a.district_id
      where a.district_id = ? and y.year = ?`,
    [districtId, year],
  );
  return rows.map((r) => ({ schoolId: r.school_id, program: r.code, envelope: Number(r.amount) }));
}

/** Each school's allocation per program in the adopted budget: the envelope its lines stay inside. */
async function envelopesOf(em: EntityManager, districtId: string, year: number) {
  const adopted = await adoptedScenarioId(em, districtId, year);
  if (!adopted) return null;
  const rows = await em.execute<{ school_id: string; code: ProgramCode; amount: string }[]>(
    `select a.school_id, u.code, sum(u.amount)::text as amount
       from school_allocation a cross join lateral unnest(a.programs, a.amounts_cents) as u(code, amount)
      where a.district_id = ? and a.scenario_id = ? and a.school_id is not null
      group by a.school_id, u.code`,
    [districtId, adopted],
  );
  return rows.map((r) => ({ schoolId: r.school_id, program: r.code, envelope: Number(r.amount) }));
}

export interface SchoolBudgetRow {
  program: ProgramCode;
  envelope: Cents | null;
  approved: Cents;
  drafts: Cents;
}

/**
 * A school's budget against its envelope, per program: its allocation in the adopted budget (null
 * when none is adopted), its approved lines and its drafts (family engagement apart, as the
 * SCHOOL_ENVELOPE rule counts). Programs with neither an allocation nor a line are left out.
 */
export async function schoolBudgetOf(
  em: EntityManager,
  districtId: string,
  year: number,
  schoolId: string,
): Promise<SchoolBudgetRow[]> {
  const adopted = await adoptedScenarioId(em, districtId, year);
  const rows = await em.execute<
    { code: ProgramCode; envelope: string | null; approved: string; drafts: string }[]
  >(
    `select f.code,
            (select sum(u.amount) from school_allocation a
              cross join lateral unnest(a.programs, a.amounts_cents) as u(code, amount)
              where a.district_id = f.district_id and a.scenario_id = ? and a.school_id = ?
                and u.code = f.code)::text as envelope,
            coalesce(sum(l.amount_cents) filter (where l.status = 'APPROVED'), 0)::text as approved,
            coalesce(sum(l.amount_cents) filter (where l.status = 'DRAFT'), 0)::text as drafts
       from funding_source f
       left join (budget_line l join fiscal_year y on y.id = l.fiscal_year_id and y.district_id = l.district_id)
         on l.funding_source_id = f.id and l.district_id = f.district_id and y.year = ?
        and l.school_id = ? and l.use is distinct from 'FAMILY_ENGAGEMENT'
      where f.district_id = ?
      group by f.district_id, f.id, f.code`,
    [adopted, schoolId, year, schoolId, districtId],
  );
  return rows
    .map((r) => ({
      program: r.code,
      envelope: adopted ? Number(r.envelope ?? 0) : null,
      approved: Number(r.approved),
      drafts: Number(r.drafts),
    }))
    .filter((r) => (r.envelope ?? 0) > 0 || r.approved > 0 || r.drafts > 0)
    .sort((a, b) => PROGRAM_CODES.indexOf(a.program) - PROGRAM_CODES.indexOf(b.program));
}
