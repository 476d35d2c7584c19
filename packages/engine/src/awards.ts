import { availableFromAward, type AwardAmounts } from "./budget.js";
import { usd, type Cents } from "./money.js";
import { PROGRAMS, transferRefusal, type ProgramCode } from "./programs.js";

export interface AwardProblem {
  field: "amount" | "carryoverIn" | "from" | "to";
  code: "NOT_POSITIVE" | "NEGATIVE" | "BELOW_BUDGETED" | "TRANSFER_NOT_ALLOWED" | "OVER_AWARD";
  message: string;
}

const dollars = (c: Cents) => usd(c);

/** An award may change as long as what it makes available still covers what is budgeted from it. */
export function awardChangeProblems(next: AwardAmounts, budgeted: Cents): AwardProblem[] {
  const problems: AwardProblem[] = [];
  if (next.amount < 0)
    problems.push({ field: "amount", code: "NEGATIVE", message: "Amount cannot be negative." });
  if (next.carryoverIn < 0)
    problems.push({
      field: "carryoverIn",
      code: "NEGATIVE",
      message: "Carryover cannot be negative.",
    });
  if (problems.length === 0 && availableFromAward(next) < budgeted) {
    problems.push({
      field: "amount",
      code: "BELOW_BUDGETED",
      message: `Budget lines already take ${dollars(budgeted)}; the award would make only ${dollars(availableFromAward(next))} available. Reduce the budget lines first.`,
    });
  }
  return problems;
}

export interface TransferCheck {
  from: ProgramCode;
  to: ProgramCode;
  amount: Cents;
  /** What the sending program has not yet budgeted. */
  senderUnbudgeted: Cents;
}

/**
 * ESEA 5103: Title II-A and IV-A may transfer all or part of their allocation into the programs
 * 5103(b) lists; the money then follows the receiving program's rules. A transfer cannot move
 * money the sending program has already budgeted.
 */
export function transferProblems(t: TransferCheck): AwardProblem[] {
  const problems: AwardProblem[] = [];
  const refusal = transferRefusal(t.from, t.to);
  if (refusal) {
    problems.push({
      field: PROGRAMS[t.from].mayTransferOut ? "to" : "from",
      code: "TRANSFER_NOT_ALLOWED",
      message: `${refusal}.`,
    });
  }
  if (t.amount <= 0)
    problems.push({
      field: "amount",
      code: "NOT_POSITIVE",
      message: "Amount must be greater than zero.",
    });
  else if (t.amount > t.senderUnbudgeted) {
    problems.push({
      field: "amount",
      code: "OVER_AWARD",
      message: `${PROGRAMS[t.from].name} has ${dollars(Math.max(0, t.senderUnbudgeted))} not yet budgeted; it cannot transfer more.`,
    });
  }
  return problems;
}
