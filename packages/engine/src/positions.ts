import { splitByWeights, sumCents, type Cents } from "./money.js";

/**
 * What a position costs and how its funding splits pay for it. Most of a Title I budget is people:
 * a position's salary and benefits are charged to programs by percentage shares (one coach paid
 * half by Title I-A and half by Title II-A); what no share covers is local money. Every split is
 * exact to the cent: the parts of each cost add up to it.
 */

/** Certified staff (teachers, coaches) and classified staff (paraprofessionals, liaisons). */
export const STAFF_CATEGORIES = ["CERTIFIED", "CLASSIFIED"] as const;
export type StaffCategory = (typeof STAFF_CATEGORIES)[number];

/** A benefit is a percentage of salary (FICA, retirement) or an amount per full-time equivalent (health). */
export const BENEFIT_BASES = ["PERCENT_OF_SALARY", "PER_FTE"] as const;
export type BenefitBasis = (typeof BENEFIT_BASES)[number];

export const BENEFIT_APPLIES_TO = ["ALL", "CERTIFIED", "CLASSIFIED"] as const;
export type BenefitAppliesTo = (typeof BENEFIT_APPLIES_TO)[number];

export interface BenefitRate {
  name: string;
  /** Object code the benefit is charged to (Georgia: 210 health, 220 FICA, 230 TRS, 240 ERS). */
  objectCode: string;
  basis: BenefitBasis;
  /** For PERCENT_OF_SALARY: hundredths of a percent (7.65% = 765). */
  rateHundredthsOfPercent: number | null;
  /** For PER_FTE: the yearly amount for one full-time employee. */
  perFte: Cents | null;
  appliesTo: BenefitAppliesTo;
}

export interface PositionCostInput {
  /** The position's yearly salary (for its FTE). */
  salary: Cents;
  /** Full-time equivalent in hundredths (1.0 = 100, half time = 50). */
  fteHundredths: number;
  category: StaffCategory;
  salaryObjectCode: string;
  rates: readonly BenefitRate[];
}

export interface CostPart {
  kind: "SALARY" | "BENEFIT";
  name: string;
  objectCode: string;
  amount: Cents;
}

/**
 * Salary, then each benefit that applies to the position's category by object code, each rounded
 * half up to the cent.
 */
export function positionCost(p: PositionCostInput): CostPart[] {
  const parts: CostPart[] = [
    { kind: "SALARY", name: "Salary", objectCode: p.salaryObjectCode, amount: p.salary },
  ];
  const rates = [...p.rates].sort(
    (a, b) => a.objectCode.localeCompare(b.objectCode) || a.name.localeCompare(b.name),
  );
  for (const r of rates) {
    if (r.appliesTo !== "ALL" && r.appliesTo !== p.category) continue;
    const amount =
      r.basis === "PERCENT_OF_SALARY"
        ? Math.round((p.salary * (r.rateHundredthsOfPercent ?? 0)) / 10_000)
        : Math.round(((r.perFte ?? 0) * p.fteHundredths) / 100);
    if (amount > 0) parts.push({ kind: "BENEFIT", name: r.name, objectCode: r.objectCode, amount });
  }
  return parts;
}

export interface FundingShare<K> {
  key: K;
  /** Share of the position's cost, in basis points (50% = 5,000). */
  basisPoints: number;
}

export interface SplitCost<K> {
  /** Per share, the part of each cost it pays. */
  shares: { key: K; parts: CostPart[]; total: Cents }[];
  /** What no share pays: local money. */
  local: { parts: CostPart[]; total: Cents };
}

/** Why a set of shares cannot fund a position, or null. */
export function fundingSharesProblem(shares: readonly FundingShare<unknown>[]): string | null {
  const bad = shares.find((s) => !Number.isInteger(s.basisPoints) || s.basisPoints <= 0);
  if (bad) return "Each share must be more than 0% (to two decimals).";
  const total = shares.reduce((t, s) => t + s.basisPoints, 0);
  return total > 10_000
    ? `The shares add up to ${(total / 100).toFixed(2)}%, more than 100%.`
    : null;
}

/**
 * Each cost split across the shares and the local remainder by largest remainder, so for every
 * cost the federal parts and the local part add up to it exactly.
 */
export function splitPositionCost<K>(
  parts: readonly CostPart[],
  shares: readonly FundingShare<K>[],
): SplitCost<K> {
  const problem = fundingSharesProblem(shares);
  if (problem) throw new RangeError(problem);
  const localBp = 10_000 - shares.reduce((t, s) => t + s.basisPoints, 0);
  const weights = [...shares.map((s) => s.basisPoints), localBp];
  const split = parts.map((p) => splitByWeights(p.amount, weights));
  const partsOf = (i: number) =>
    parts.map((p, j) => ({ ...p, amount: split[j]![i]! })).filter((p) => p.amount > 0);
  const out = shares.map((s, i) => {
    const ps = partsOf(i);
    return { key: s.key, parts: ps, total: sumCents(ps.map((p) => p.amount)) };
  });
  const local = partsOf(shares.length);
  return { shares: out, local: { parts: local, total: sumCents(local.map((p) => p.amount)) } };
}

export interface PositionLine<K> {
  key: K;
  objectCode: string;
  amount: Cents;
  /** "Instructional coach (IC-01): salary, 50.00%". */
  description: string;
}

/**
 * The budget lines a position's shares pay: one per share and cost (salary, each benefit), with
 * the object code of the cost and a description naming the position and the share.
 */
export function positionLines<K>(
  position: PositionCostInput & { code: string; title: string },
  shares: readonly FundingShare<K>[],
): PositionLine<K>[] {
  const split = splitPositionCost(positionCost(position), shares);
  return split.shares.flatMap((s, i) =>
    s.parts.map((part) => ({
      key: s.key,
      objectCode: part.objectCode,
      amount: part.amount,
      description: `${position.title} (${position.code}): ${part.name.toLowerCase()}, ${(shares[i]!.basisPoints / 100).toFixed(2)}%`,
    })),
  );
}
