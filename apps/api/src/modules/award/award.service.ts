import type { EntityManager } from "@mikro-orm/postgresql";
import { LockMode } from "@mikro-orm/core";
import { availableFromAward, type Cents, type ProgramCode } from "@allot/engine";
import { Award, Transfer } from "@allot/db";

export interface ProgramMoney {
  award: Award;
  transfersIn: Cents;
  transfersOut: Cents;
  available: Cents;
}

/** Each program's award for the year with ESEA 5103 transfers netted in: what may be budgeted. */
export async function moneyByProgram(em: EntityManager, districtId: string, fiscalYearId: string): Promise<Map<ProgramCode, ProgramMoney>> {
  const [awards, transfers] = await Promise.all([
    em.find(Award, { district: districtId, fiscalYear: fiscalYearId }, { populate: ["fundingSource"] }),
    em.find(Transfer, { district: districtId, fiscalYear: fiscalYearId }),
  ]);
  const result = new Map<ProgramCode, ProgramMoney>();
  for (const award of awards) {
    const sourceId = award.fundingSource.id;
    const transfersIn = transfers.filter((t) => t.toSource.id === sourceId).reduce((a, t) => a + t.amountCents, 0);
    const transfersOut = transfers.filter((t) => t.fromSource.id === sourceId).reduce((a, t) => a + t.amountCents, 0);
    const available = availableFromAward({ amount: award.amountCents, carryoverIn: award.carryoverInCents, transfersIn, transfersOut });
    result.set(award.fundingSource.code, { award, transfersIn, transfersOut, available });
  }
  return result;
}

/**
 * Locks one program's award row for the rest of the transaction, so two budget writes against
 * the same award are checked one after the other and cannot together overspend it.
 */
export async function lockAward(em: EntityManager, districtId: string, fiscalYearId: string, fundingSourceId: string): Promise<Award | null> {
  return em.findOne(
    Award,
    { district: districtId, fiscalYear: fiscalYearId, fundingSource: fundingSourceId },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
}
