import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";

import { Award, District, FiscalYear, FundingSource, Transfer } from "@allot/db";
import {
  availableFromAward,
  awardChangeProblems,
  isProgramCode,
  segmentCodeProblem,
  transferProblems,
  usd,
  type Cents,
  type EnteredSegment,
  type ProgramCode,
} from "@allot/engine";

import { refused as fail, problem, type Outcome, type Ref } from "../../common/problem.js";
import { districtChart } from "../budget/budget.service.js";

export interface ProgramMoney {
  award: Award;
  transfersIn: Cents;
  transfersOut: Cents;
  available: Cents;
}

/** Each program's award for the year with ESEA 5103 transfers netted in: what may be budgeted. */
export async function moneyByProgram(
  em: EntityManager,
  districtId: string,
  fiscalYearId: string,
): Promise<Map<ProgramCode, ProgramMoney>> {
  const [awards, transfers] = await Promise.all([
    em.find(
      Award,
      { district: districtId, fiscalYear: fiscalYearId },
      { populate: ["fundingSource"] },
    ),
    em.find(Transfer, { district: districtId, fiscalYear: fiscalYearId }),
  ]);
  const result = new Map<ProgramCode, ProgramMoney>();
  for (const award of awards) {
    const sourceId = award.fundingSource.id;
    const transfersIn = transfers
      .filter((t) => t.toSource.id === sourceId)
      .reduce((a, t) => a + t.amountCents, 0);
    const transfersOut = transfers
      .filter((t) => t.fromSource.id === sourceId)
      .reduce((a, t) => a + t.amountCents, 0);
    const available = availableFromAward({
      amount: award.amountCents,
      carryoverIn: award.carryoverInCents,
      transfersIn,
      transfersOut,
    });
    result.set(award.fundingSource.code, { award, transfersIn, transfersOut, available });
  }
  return result;
}

/**
 * Locks one program's award row for the rest of the transaction, so two budget writes against
 * the same award are checked one after the other and cannot together overspend it.
 */
export async function lockAward(
  em: EntityManager,
  districtId: string,
  fiscalYearId: string,
  fundingSourceId: string,
): Promise<Award | null> {
  return em.findOne(
    Award,
    { district: districtId, fiscalYear: fiscalYearId, fundingSource: fundingSourceId },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
}

/** What the program's budget lines take in the year, leaving out one line being edited. */
export async function budgetedFrom(
  tx: EntityManager,
  districtId: string,
  fiscalYearId: string,
  fundingSourceId: string,
  excludeId: string | null,
): Promise<Cents> {
  const rows = await tx.execute<{ total: string }[]>(
    `select coalesce(sum(amount_cents), 0)::text as total from budget_line
     where district_id = ? and fiscal_year_id = ? and funding_source_id = ? and id is distinct from ?`,
    [districtId, fiscalYearId, fundingSourceId, excludeId],
  );
  return Number(rows[0]?.total ?? 0);
}

/** ESEA 5103 transfers into and out of one program in the year. */
export async function transfersOf(
  tx: EntityManager,
  districtId: string,
  fiscalYearId: string,
  fundingSourceId: string,
) {
  const rows = await tx.execute<{ transfers_in: string; transfers_out: string }[]>(
    `select coalesce(sum(amount_cents) filter (where to_source_id = ?), 0)::text as transfers_in,
            coalesce(sum(amount_cents) filter (where from_source_id = ?), 0)::text as transfers_out
     from transfer where district_id = ? and fiscal_year_id = ?`,
    [fundingSourceId, fundingSourceId, districtId, fiscalYearId],
  );
  return {
    transfersIn: Number(rows[0]?.transfers_in ?? 0),
    transfersOut: Number(rows[0]?.transfers_out ?? 0),
  };
}

/**
 * Changes an award's amount, carryover or notes. The award row is locked, the caller's version
 * checked, and the change refused when it would leave budgeted money uncovered.
 */
export async function updateAward(
  em: EntityManager,
  districtId: string,
  ref: Ref,
  expectedVersion: number | null | undefined,
  changes: {
    amount?: Cents;
    carryoverIn?: Cents;
    notes?: string | null;
    preschool?: Cents;
    fundCode?: string;
    programCode?: string;
  },
): Promise<Outcome<string>> {
  const id = ref.id;
  return em.transactional(async (tx) => {
    const award = id
      ? await tx.findOne(
          Award,
          { id, district: districtId },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        )
      : null;
    if (!award) return fail("id", `No award has id "${ref.given}".`, "NOT_FOUND");
    if (expectedVersion != null && award.version !== expectedVersion) {
      return fail(
        "expectedVersion",
        "Someone else changed this award after you read it. Reload it and apply your change again.",
        "CONFLICT",
      );
    }
    const fiscalYearId = award.fiscalYear.id;
    const sourceId = award.fundingSource.id;
    const next = {
      amount: changes.amount ?? award.amountCents,
      carryoverIn: changes.carryoverIn ?? award.carryoverInCents,
      ...(await transfersOf(tx, districtId, fiscalYearId, sourceId)),
    };
    const problems = awardChangeProblems(
      next,
      await budgetedFrom(tx, districtId, fiscalYearId, sourceId, null),
    );
    const errors = problems.map((p) => problem(p.field, p.message, p.code));
    const chart = await districtChart(tx, districtId);
    const codes = { fund: changes.fundCode?.trim(), program: changes.programCode?.trim() };
    for (const [key, code] of Object.entries(codes) as [EnteredSegment, string | undefined][]) {
      const wrong = chart && code ? segmentCodeProblem(chart, key, code) : null;
      if (wrong) errors.push(problem(`${key}Code`, wrong, "INVALID"));
    }
    if (changes.preschool !== undefined) {
      await tx.populate(award, ["fundingSource"]);
      if (award.fundingSource.code !== "IDEA_B")
        errors.push(
          problem("preschool", "Only an IDEA Part B award has a 619 preschool part.", "INVALID"),
        );
      else if (changes.preschool < 0 || changes.preschool > next.amount)
        errors.push(
          problem(
            "preschool",
            `The 619 preschool part is from $0.00 to the award (${usd(next.amount)}).`,
            "INVALID",
          ),
        );
    }
    if (errors.length) return { ok: false, errors };
    if (changes.preschool !== undefined) award.preschoolCents = changes.preschool;
    if (codes.fund !== undefined) award.fundCode = codes.fund || null;
    if (codes.program !== undefined) award.programCode = codes.program || null;
    award.amountCents = next.amount;
    award.carryoverInCents = next.carryoverIn;
    if (changes.notes !== undefined) award.notes = changes.notes?.trim() || null;
    await tx.flush();
    return { ok: true, value: award.id };
  });
}

/** Moves money between programs under ESEA 5103, locking both awards in a fixed order. */
export async function transferFunds(
  em: EntityManager,
  districtId: string,
  input: { fiscalYear: number; from: string; to: string; amount: Cents },
): Promise<Outcome<Transfer>> {
  return em.transactional(async (tx) => {
    const fy = await tx.findOne(FiscalYear, { district: districtId, year: input.fiscalYear });
    if (!fy)
      return fail(
        "fiscalYear",
        `The district has no fiscal year ${input.fiscalYear}.`,
        "NOT_FOUND",
      );
    const [from, to] = [input.from, input.to].map((c) => (isProgramCode(c) ? c : null));
    if (!from || !to) return fail(from ? "to" : "from", "Unknown program.", "NOT_FOUND");
    const sources = await tx.find(FundingSource, {
      district: districtId,
      code: { $in: [from, to] },
    });
    const source = (code: ProgramCode) => sources.find((s) => s.code === code);
    // Lock in id order so two opposite transfers cannot deadlock.
    const locked = new Map<ProgramCode, Award | null>();
    for (const code of [from, to].sort((a, b) =>
      (source(a)?.id ?? "").localeCompare(source(b)?.id ?? ""),
    )) {
      const s = source(code);
      locked.set(code, s ? await lockAward(tx, districtId, fy.id, s.id) : null);
    }
    const sender = locked.get(from);
    if (!sender) return fail("from", `${from} has no award in FY${input.fiscalYear}.`, "NO_AWARD");
    if (!locked.get(to))
      return fail("to", `${to} has no award in FY${input.fiscalYear}.`, "NO_AWARD");
    const senderId = source(from)!.id;
    const available = availableFromAward({
      amount: sender.amountCents,
      carryoverIn: sender.carryoverInCents,
      ...(await transfersOf(tx, districtId, fy.id, senderId)),
    });
    const unbudgeted = available - (await budgetedFrom(tx, districtId, fy.id, senderId, null));
    const problems = transferProblems({
      from,
      to,
      amount: input.amount,
      senderUnbudgeted: unbudgeted,
    });
    if (problems.length)
      return {
        ok: false,
        errors: problems.map((p) => problem(p.field, p.message, p.code)),
      };
    const transfer = tx.create(Transfer, {
      district: tx.getReference(District, districtId),
      fiscalYear: fy,
      fromSource: source(from)!,
      toSource: source(to)!,
      amountCents: input.amount,
    });
    await tx.flush();
    return { ok: true, value: transfer };
  });
}

/** Undoes a transfer unless the receiving program has already budgeted the money. */
export async function deleteTransfer(
  em: EntityManager,
  districtId: string,
  ref: Ref,
): Promise<Outcome<string>> {
  const id = ref.id;
  return em.transactional(async (tx) => {
    // Locked: a second delete sent at the same moment waits, then finds it gone (one audit event, not two).
    const transfer = id
      ? await tx.findOne(
          Transfer,
          { id, district: districtId },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        )
      : null;
    if (!transfer) return fail("id", `No transfer has id "${ref.given}".`, "NOT_FOUND");
    const receiver = await lockAward(tx, districtId, transfer.fiscalYear.id, transfer.toSource.id);
    if (receiver) {
      const moves = await transfersOf(tx, districtId, transfer.fiscalYear.id, transfer.toSource.id);
      const next = {
        amount: receiver.amountCents,
        carryoverIn: receiver.carryoverInCents,
        transfersIn: moves.transfersIn - transfer.amountCents,
        transfersOut: moves.transfersOut,
      };
      const problems = awardChangeProblems(
        next,
        await budgetedFrom(tx, districtId, transfer.fiscalYear.id, transfer.toSource.id, null),
      );
      if (problems.length) {
        return fail(
          "id",
          `The receiving program has budgeted this money. ${problems[0]!.message}`,
          "BELOW_BUDGETED",
        );
      }
    }
    tx.remove(transfer);
    await tx.flush();
    return { ok: true, value: ref.given };
  });
}
