import { LockMode, OptimisticLockError } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";

import { ActionStep, BudgetLine, District, FiscalYear, FundingSource, School } from "@allot/db";
import {
  accountCodeProblems,
  availableFromAward,
  budgetLineProblems,
  envelopeProblem,
  isProgramCode,
  type BudgetUse,
  type Cents,
  type IdeaSubgrant,
  type ProgramCode,
} from "@allot/engine";
import { BUDGET_LINE_FIELDS, budgetLineItemIssues } from "@allot/engine/inputs";

import {
  problem,
  problemsOf,
  refused,
  type Outcome,
  type Problem,
  type Ref,
} from "../../common/problem.js";
import { budgetedFrom, lockAward, transfersOf } from "../award/award.service.js";
import { districtChart, schoolEnvelope } from "../budget/budget.service.js";

export const BUDGET_LINE_POPULATE = [
  "fiscalYear",
  "fundingSource",
  "school",
  "actionStep.need",
  "actionStep.allowedFundingSources.fundingSource",
  "actionStep.strategicLinks.strategicActionStep",
] as const;

/** A budget line as the caller wants it, before any check. */
export interface BudgetLineDraft {
  fiscalYear: number;
  program: string;
  actionStep: Ref | null;
  school: Ref | null;
  /** Null for an item line: quantity x unitPrice. */
  amount: Cents | null;
  description: string;
  accountCode: string | null;
  functionCode: string | null;
  objectCode: string | null;
  use: BudgetUse | null;
  subgrant: IdeaSubgrant | null;
  quantity: number | null;
  unitPrice: Cents | null;
  vendor: string | null;
  narrative: string | null;
  priorApproval: string | null;
}

/** A school leader writing a draft for their own school, as the audit trail names them. */
export interface SchoolAuthor {
  schoolId: string;
  actor: string;
}

/** The fields a change may clear with null (the rest keep their value when null). */
export type BudgetLineChanges = Partial<BudgetLineDraft>;

/**
 * Adds a line. A school leader's (author given) is a DRAFT at their own school, inside the
 * school's envelope in the adopted budget, until the director approves it.
 */
export async function createBudgetLine(
  em: EntityManager,
  districtId: string,
  draft: BudgetLineDraft,
  author: SchoolAuthor | null = null,
): Promise<Outcome<BudgetLine>> {
  const id = await em.transactional(async (tx) => {
    if (author && draft.school?.id !== author.schoolId)
      return [
        problem(
          "schoolId",
          "A school leader drafts lines for their own school only: give its id.",
          "INVALID",
        ),
      ];
    const checked = await checkDraft(tx, districtId, draft, null, {}, author !== null);
    if ("errors" in checked) return checked.errors;
    const line = tx.create(BudgetLine, {
      district: tx.getReference(District, districtId),
      ...checked.values,
      status: author ? "DRAFT" : "APPROVED",
      draftedBy: author?.actor ?? null,
    });
    await tx.flush();
    return line.id;
  });
  return reload(em, id);
}

export async function updateBudgetLine(
  em: EntityManager,
  districtId: string,
  ref: Ref,
  expectedVersion: number | null | undefined,
  changes: BudgetLineChanges,
  author: SchoolAuthor | null = null,
): Promise<Outcome<BudgetLine>> {
  try {
    const id = await em.transactional(async (tx) => {
      const found = await lockLine(tx, districtId, ref, expectedVersion, author);
      if (Array.isArray(found)) return found;
      const line = found;
      if (author && changes.school !== undefined && changes.school?.id !== author.schoolId)
        return [problem("schoolId", "A school leader's drafts stay at their school.", "INVALID")];
      await tx.populate(line, BUDGET_LINE_POPULATE);
      const keep = <K extends keyof BudgetLineChanges, V>(key: K, current: V) =>
        changes[key] !== undefined ? (changes[key] as V) : current;
      const quantity = keep("quantity", line.quantity);
      const unitPrice = keep("unitPrice", line.unitPriceCents);
      const repriced = changes.quantity !== undefined || changes.unitPrice !== undefined;
      const draft: BudgetLineDraft = {
        fiscalYear: line.fiscalYear.year,
        program: changes.program ?? line.fundingSource.code,
        actionStep: changes.actionStep ?? null,
        school: changes.school !== undefined ? changes.school : null,
        // A new quantity or price sets the amount anew; an amount alone must still match them.
        amount:
          changes.amount !== undefined
            ? changes.amount
            : repriced && quantity !== null && unitPrice !== null
              ? null
              : line.amountCents,
        description: changes.description ?? line.description,
        accountCode: keep("accountCode", line.accountCode),
        functionCode: keep("functionCode", line.functionCode),
        objectCode: keep("objectCode", line.objectCode),
        use: keep("use", line.use),
        subgrant: keep("subgrant", line.subgrant),
        quantity,
        unitPrice,
        vendor: keep("vendor", line.vendor),
        narrative: keep("narrative", line.narrative),
        priorApproval: keep("priorApproval", line.priorApproval),
      };
      const checked = await checkDraft(
        tx,
        districtId,
        draft,
        line,
        {
          actionStep: changes.actionStep ? undefined : line.actionStep,
          school: changes.school !== undefined ? undefined : line.school,
        },
        line.status === "DRAFT",
      );
      if ("errors" in checked) return checked.errors;
      Object.assign(line, checked.values);
      await tx.flush();
      return line.id;
    });
    return reload(em, id);
  } catch (e) {
    if (e instanceof OptimisticLockError) return conflict();
    throw e;
  }
}

export async function deleteBudgetLine(
  em: EntityManager,
  districtId: string,
  ref: Ref,
  expectedVersion: number | null | undefined,
  author: SchoolAuthor | null = null,
): Promise<Outcome<string>> {
  return em.transactional(async (tx) => {
    const found = await lockLine(tx, districtId, ref, expectedVersion, author);
    if (Array.isArray(found)) return { ok: false, errors: found };
    tx.remove(found);
    await tx.flush();
    return { ok: true, value: ref.given };
  });
}

/**
 * The director approves a school leader's draft: it becomes part of the budget. Checked again
 * against the school's envelope, which a newly adopted budget may have moved.
 */
export async function approveBudgetLine(
  em: EntityManager,
  districtId: string,
  ref: Ref,
  expectedVersion: number | null | undefined,
): Promise<Outcome<BudgetLine>> {
  try {
    const id = await em.transactional(async (tx) => {
      const found = await lockLine(tx, districtId, ref, expectedVersion);
      if (Array.isArray(found)) return found;
      const line = found;
      if (line.status !== "DRAFT")
        return [problem("id", "This line is approved already.", "INVALID")];
      await tx.populate(line, ["fiscalYear", "fundingSource", "school"]);
      const fit = await envelopeFit(tx, districtId, line, line.amountCents, line.school!);
      if (fit) return [fit];
      line.status = "APPROVED";
      await tx.flush();
      return line.id;
    });
    return reload(em, id);
  } catch (e) {
    if (e instanceof OptimisticLockError) return conflict();
    throw e;
  }
}

/** The envelope problem of a school line of this amount, or null when it fits. */
async function envelopeFit(
  tx: EntityManager,
  districtId: string,
  line: { id?: string; fiscalYear: FiscalYear; fundingSource: FundingSource },
  amount: Cents,
  school: School,
): Promise<Problem | null> {
  const { envelope, budgetedElsewhere } = await schoolEnvelope(
    tx,
    districtId,
    line.fiscalYear,
    school.id,
    line.fundingSource.id,
    line.id ?? null,
  );
  const message = envelopeProblem({
    schoolName: school.name,
    program: line.fundingSource.code,
    fiscalYear: line.fiscalYear.year,
    envelope,
    budgetedElsewhere,
    amount,
  });
  return message ? problem("amount", message, "OVER_ENVELOPE") : null;
}

async function reload(
  em: EntityManager,
  idOrErrors: string | Problem[],
): Promise<Outcome<BudgetLine>> {
  if (Array.isArray(idOrErrors)) return { ok: false, errors: idOrErrors };
  em.clear();
  const line = await em.findOneOrFail(BudgetLine, idOrErrors, { populate: BUDGET_LINE_POPULATE });
  return { ok: true, value: line };
}

function conflict() {
  return refused(
    "expectedVersion",
    "Someone else changed this budget line after you read it. Reload it and apply your change again.",
    "CONFLICT",
  );
}

/** Locks the line for this transaction and checks the caller's version. */
async function lockLine(
  tx: EntityManager,
  districtId: string,
  ref: Ref,
  expectedVersion: number | null | undefined,
  author: SchoolAuthor | null = null,
): Promise<BudgetLine | Problem[]> {
  const id = ref.id;
  const line = id
    ? await tx.findOne(
        BudgetLine,
        { id, district: districtId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      )
    : null;
  if (!line) return [problem("id", `No budget line has id "${ref.given}".`, "NOT_FOUND")];
  // A school leader changes only their own school's drafts; the rest is the director's.
  if (author && (line.school?.id !== author.schoolId || line.status !== "DRAFT"))
    return [
      problem(
        "id",
        "A school leader changes only their school's draft lines; this one is the director's.",
        "INVALID",
      ),
    ];
  // A position's salary and benefit lines follow the position; they are changed there.
  if (line.position)
    return [
      problem(
        "id",
        "This line is a position's salary or benefits: change the position or its funding shares instead.",
        "INVALID",
      ),
    ];
  if (
    expectedVersion !== null &&
    expectedVersion !== undefined &&
    line.version !== expectedVersion
  ) {
    return conflict().errors;
  }
  return line;
}

/** What a checked draft writes. */
interface LineValues {
  fiscalYear: FiscalYear;
  fundingSource: FundingSource;
  actionStep: ActionStep;
  school: School | null;
  amountCents: Cents;
  description: string;
  accountCode: string | null;
  functionCode: string | null;
  objectCode: string | null;
  use: BudgetUse | null;
  subgrant: IdeaSubgrant | null;
  quantity: number | null;
  unitPriceCents: Cents | null;
  vendor: string | null;
  narrative: string | null;
  priorApproval: string | null;
}

/**
 * Every rule a budget line obeys, checked against the locked award: the program must fund the
 * action step in that year's plan, the amount must be positive, and the program's lines together
 * may not exceed what it has for the year.
 */
async function checkDraft(
  tx: EntityManager,
  districtId: string,
  draft: BudgetLineDraft,
  existing: BudgetLine | null,
  known: { actionStep?: ActionStep | undefined; school?: School | null | undefined } = {},
  inEnvelope = false,
): Promise<{ values: LineValues } | { errors: Problem[] }> {
  const errors: Problem[] = problemsOf(
    BUDGET_LINE_FIELDS.omit({ program: true, amount: true }),
    draft,
  );
  for (const i of budgetLineItemIssues(draft)) errors.push(problem(i.path, i.message, "INVALID"));
  const description = draft.description.trim();
  const amount =
    draft.amount ??
    (draft.quantity != null && draft.unitPrice != null ? draft.quantity * draft.unitPrice : null);

  const fiscalYear =
    existing?.fiscalYear ??
    (await tx.findOne(FiscalYear, { district: districtId, year: draft.fiscalYear }));
  if (!fiscalYear)
    errors.push(
      problem("fiscalYear", `The district has no fiscal year ${draft.fiscalYear}.`, "NOT_FOUND"),
    );

  const program: ProgramCode | null = isProgramCode(draft.program) ? draft.program : null;
  const fundingSource = program
    ? await tx.findOne(FundingSource, { district: districtId, code: program })
    : null;
  if (!fundingSource)
    errors.push(problem("program", `Unknown program "${draft.program}".`, "NOT_FOUND"));

  let actionStep = known.actionStep ?? null;
  if (!known.actionStep) {
    const stepId = draft.actionStep?.id ?? null;
    actionStep = stepId
      ? await tx.findOne(
          ActionStep,
          { id: stepId, district: districtId },
          { populate: ["need.plan.fiscalYear", "allowedFundingSources.fundingSource"] },
        )
      : null;
    if (!actionStep)
      errors.push(
        problem(
          "actionStepId",
          `No action step has id "${draft.actionStep?.given ?? ""}".`,
          "NOT_FOUND",
        ),
      );
  }
  if (actionStep && fiscalYear) {
    await tx.populate(actionStep, ["need.plan.fiscalYear", "allowedFundingSources.fundingSource"]);
    const planYear = actionStep.need.plan.fiscalYear.year;
    if (planYear !== fiscalYear.year) {
      errors.push(
        problem(
          "actionStepId",
          `Action step ${actionStep.need.number}.${actionStep.number} belongs to the FY${planYear} plan, not FY${fiscalYear.year}.`,
          "INVALID",
        ),
      );
    }
  }

  let school = known.school === undefined ? null : known.school;
  if (known.school === undefined && draft.school) {
    const schoolId = draft.school.id;
    school = schoolId ? await tx.findOne(School, { id: schoolId, district: districtId }) : null;
    if (!school)
      errors.push(problem("schoolId", `No school has id "${draft.school.given}".`, "NOT_FOUND"));
  }

  if (fiscalYear) {
    const chart = await districtChart(tx, districtId);
    // A state without a chart in Allot keeps its codes as given; the compliance report says so.
    if (chart)
      for (const p of accountCodeProblems(chart, fiscalYear.year, {
        functionCode: draft.functionCode?.trim(),
        objectCode: draft.objectCode?.trim(),
      }))
        errors.push(problem(p.field, p.message, "INVALID"));
  }

  if (inEnvelope && draft.use === "FAMILY_ENGAGEMENT")
    errors.push(
      problem(
        "use",
        "Family engagement is budgeted from the district's reservation by the director, not drafted within a school's allocation.",
        "INVALID",
      ),
    );
  if (errors.length || !fiscalYear || !fundingSource || !actionStep || !program || amount === null)
    return { errors };

  const award = await lockAward(tx, districtId, fiscalYear.id, fundingSource.id);
  const available = award
    ? availableFromAward({
        amount: award.amountCents,
        carryoverIn: award.carryoverInCents,
        ...(await transfersOf(tx, districtId, fiscalYear.id, fundingSource.id)),
      })
    : null;
  const budgetedElsewhere = await budgetedFrom(
    tx,
    districtId,
    fiscalYear.id,
    fundingSource.id,
    existing?.id ?? null,
  );
  const problems = budgetLineProblems({
    amount,
    program,
    actionStepLabel: `${actionStep.need.number}.${actionStep.number}`,
    allowedPrograms: actionStep.allowedFundingSources.getItems().map((l) => l.fundingSource.code),
    available,
    budgetedElsewhere,
  });
  if (!problems.length && inEnvelope && school) {
    const fit = await envelopeFit(
      tx,
      districtId,
      { id: existing?.id, fiscalYear, fundingSource },
      amount,
      school,
    );
    if (fit) return { errors: [fit] };
  }
  if (problems.length) {
    const field = {
      amount: "amount",
      fundingSource: "program",
      actionStep: "actionStepId",
      school: "schoolId",
    } as const;
    return {
      errors: problems.map((p) => problem(field[p.field], p.message, p.code)),
    };
  }
  return {
    values: {
      fiscalYear,
      fundingSource,
      actionStep,
      school,
      amountCents: amount,
      description,
      accountCode: draft.accountCode?.trim() || null,
      functionCode: draft.functionCode?.trim() || null,
      objectCode: draft.objectCode?.trim() || null,
      use: draft.use,
      subgrant: draft.subgrant,
      quantity: draft.quantity,
      unitPriceCents: draft.unitPrice,
      vendor: draft.vendor?.trim() || null,
      narrative: draft.narrative?.trim() || null,
      priorApproval: draft.priorApproval?.trim() || null,
    },
  };
}
