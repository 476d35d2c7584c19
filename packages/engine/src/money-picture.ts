import { availableFromAward, type AwardAmounts } from "./budget.js";
import { sumCents, type Cents } from "./money.js";
import type { ProgramCode } from "./programs.js";

/**
 * One program's money in a fiscal year, defined once for the dashboard, the funding page, the
 * exports and the API:
 *
 *   award + carryover + transfers in - transfers out
 *     = reserved + to schools + district lines beyond the reservations + unbudgeted
 *
 * "Reserved" and "to schools" are the adopted budget's (the approved scenario's district
 * reservations and school allocations). District-level budget lines spend the reservations first;
 * only what they budget beyond them is counted again. Budget lines at schools spend inside the
 * schools' allocations. With no adopted budget yet, nothing is reserved and "to schools" is what
 * the budget lines place at schools. Unbudgeted below zero means the year is overcommitted.
 */
export interface MoneyPictureInput {
  program: ProgramCode;
  award: AwardAmounts;
  /** The adopted budget's totals for the program; null when no scenario is approved. */
  adopted: { reserved: Cents; toSchools: Cents } | null;
  /** Budget lines of the program with no school, and at schools. */
  districtLines: Cents;
  schoolLines: Cents;
}

export interface ProgramMoneyPicture {
  program: ProgramCode;
  award: Cents;
  carryoverIn: Cents;
  transfersIn: Cents;
  transfersOut: Cents;
  /** award + carryover + transfers in - transfers out. */
  available: Cents;
  reserved: Cents;
  toSchools: Cents;
  /** All district-level budget lines, and the part of them beyond the reservations. */
  districtLines: Cents;
  districtLinesBeyondReservations: Cents;
  /** Budget lines at schools (inside the schools' allocations when a budget is adopted). */
  schoolLines: Cents;
  unbudgeted: Cents;
  /** Whether reserved and toSchools come from an adopted budget. */
  adopted: boolean;
}

export function moneyPicture(i: MoneyPictureInput): ProgramMoneyPicture {
  const available = availableFromAward(i.award);
  const reserved = i.adopted?.reserved ?? 0;
  const toSchools = i.adopted ? i.adopted.toSchools : i.schoolLines;
  const beyond = Math.max(0, i.districtLines - reserved);
  return {
    program: i.program,
    award: i.award.amount,
    carryoverIn: i.award.carryoverIn,
    transfersIn: i.award.transfersIn,
    transfersOut: i.award.transfersOut,
    available,
    reserved,
    toSchools,
    districtLines: i.districtLines,
    districtLinesBeyondReservations: beyond,
    schoolLines: i.schoolLines,
    unbudgeted: available - sumCents([reserved, toSchools, beyond]),
    adopted: i.adopted !== null,
  };
}
