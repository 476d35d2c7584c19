import { toArray } from "./columns.js";
import { stableOrder } from "./order.js";

/**
 * Money is integer cents inside Allot. A JS number holds cents exactly up to 2^53 (about $90
 * trillion), far above all US Title I (about $18B). Outside, money is a decimal string with two
 * places ("4180273.00"), never a float and never a 32-bit GraphQL Int.
 */
export type Cents = number;

export class MoneyFormatError extends Error {
  constructor(
    readonly input: unknown,
    reason: string,
  ) {
    super(`"${String(input)}" is not an amount of money: ${reason}`);
    this.name = "MoneyFormatError";
  }
}

/**
 * The one money grammar: digits, or digits grouped in threes by commas ("1,250,000"), then at most
 * two decimal places; an optional leading minus. "1,0,0" is refused, not read as 100.
 */
export const MONEY_PATTERN = /^(-)?(\d{1,3}(?:,\d{3}){1,4}|\d{1,15})(?:\.(\d{1,2}))?$/;

/** Cents from text in the money grammar, or null when it is not money. */
export function readMoney(input: string): Cents | null {
  const match = MONEY_PATTERN.exec(input.trim());
  if (!match) return null;
  const [, minus, whole = "0", fraction = ""] = match;
  const cents = Number(whole.replaceAll(",", "")) * 100 + Number(fraction.padEnd(2, "0"));
  if (!Number.isSafeInteger(cents)) return null;
  return minus && cents !== 0 ? -cents : cents;
}

/** Parses "1234", "1,234", "1234.5" or "1234.56" (optional leading minus) into cents. */
export function parseMoney(input: string): Cents {
  const cents = readMoney(input);
  if (cents === null) {
    throw new MoneyFormatError(
      input,
      "use digits (commas only between groups of three) with at most two decimal places, like 1,250.00",
    );
  }
  assertCents(cents);
  return cents;
}

/** Formats cents as a decimal string with exactly two places: 418027300 -> "4180273.00". */
export function formatMoney(cents: Cents): string {
  assertCents(cents);
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const whole = Math.trunc(abs / 100);
  const fraction = String(abs % 100).padStart(2, "0");
  return `${sign}${whole}.${fraction}`;
}

/** Dollars (an integer count of whole dollars) to cents, for seed data and examples. */
export function dollars(amount: number): Cents {
  if (!Number.isSafeInteger(amount))
    throw new RangeError(`${amount} is not a whole number of dollars`);
  return amount * 100;
}

export function assertCents(value: number): asserts value is Cents {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${value} is not a whole number of cents within the safe range`);
  }
}

export function sumCents(values: Iterable<Cents>): Cents {
  let total = 0;
  for (const v of values) total += v;
  assertCents(total);
  return total;
}

/**
 * Splits `total` cents in proportion to non-negative integer `weights` so the parts add up to
 * the total exactly (largest-remainder method). Ties on the remainder go to the lower index, so
 * the same input always gives the same split.
 */
export function splitByWeights(total: Cents, weights: ArrayLike<number>): Cents[] {
  return toArray(splitColumn(total, weights));
}

/** splitByWeights as a column: the engine's form for 100,000 schools. */
export function splitColumn(total: Cents, weights: ArrayLike<number>): Float64Array {
  assertCents(total);
  if (total < 0) throw new RangeError("cannot split a negative amount");
  const n = weights.length;
  let weightSum = 0;
  let maxWeight = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    if (!Number.isSafeInteger(w) || w < 0)
      throw new RangeError("weights must be non-negative integers");
    weightSum += w;
    if (w > maxWeight) maxWeight = w;
  }
  const floors = new Float64Array(n);
  if (weightSum === 0) {
    if (total === 0) return floors;
    throw new RangeError("cannot split a positive amount over zero total weight");
  }
  // total x weight must be exact: plain numbers while it fits in 2^53, else estimated in floats
  // and settled in BigInt where the estimate cannot decide (a state's pool times weighted pupils).
  if (total * maxWeight > Number.MAX_SAFE_INTEGER)
    return splitLarge(total, weights, weightSum, floors);
  let left = total;
  // Each remainder negated, so an ascending order puts the largest first (exact: whole numbers).
  const negated = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const product = total * weights[i]!;
    const floor = Math.floor(product / weightSum);
    floors[i] = floor;
    negated[i] = floor * weightSum - product;
    left -= floor;
  }
  const order = stableOrder(negated);
  // Ties on the remainder go to the lower index, so the same input always gives the same split.
  for (let k = 0; k < n && left > 0; k++, left--) floors[order[k]!] = floors[order[k]!]! + 1;
  return floors;
}

/**
 * The exact largest-remainder split when total x weight passes 2^53. Each share total x w / W is
 * estimated in floats, within a relative error under 1e-15 (two roundings of 2^-53). BigInt
 * settles only what the estimate cannot decide: a floor within that error of a whole number, and
 * the remainders within it of the last one to get a cent. A BigInt per school cost ten times
 * the rest of the split.
 */
function splitLarge(
  total: Cents,
  weights: ArrayLike<number>,
  weightSum: number,
  floors: Float64Array,
): Float64Array {
  const n = weights.length;
  const bigTotal = BigInt(total);
  const bigSum = BigInt(weightSum);
  const exactRemainder = (i: number) => (bigTotal * BigInt(weights[i]!)) % bigSum;
  const fractions = new Float64Array(n);
  let largest = 1;
  let left = total;
  for (let i = 0; i < n; i++) {
    const estimate = (total * weights[i]!) / weightSum;
    const margin = estimate * 1e-15;
    let floor = Math.floor(estimate);
    let fraction = estimate - floor;
    if (fraction < margin || 1 - fraction < margin) {
      const product = bigTotal * BigInt(weights[i]!);
      floor = Number(product / bigSum);
      fraction = Number(product % bigSum) / weightSum;
    }
    floors[i] = floor;
    fractions[i] = -fraction;
    left -= floor;
    if (estimate > largest) largest = estimate;
  }
  if (left <= 0) return floors;
  // In estimated order, the last school to get a cent sits at left - 1. Two estimates further
  // apart than twice the largest error (`band`) are in the right order, so the schools clearly
  // above it get a cent, those clearly below do not, and the few within `band` of it are ordered
  // exactly.
  const order = stableOrder(fractions);
  const cutoff = -fractions[order[left - 1]!]!;
  const band = 2 * largest * 1e-15;
  const close: number[] = [];
  for (let i = 0; i < n; i++) {
    const f = -fractions[i]!;
    if (f > cutoff + band) {
      floors[i] = floors[i]! + 1;
      left--;
    } else if (f >= cutoff - band) close.push(i);
  }
  const remainders = new Map(close.map((i) => [i, exactRemainder(i)]));
  close.sort((a, b) => {
    const x = remainders.get(a)!;
    const y = remainders.get(b)!;
    return x === y ? a - b : x > y ? -1 : 1;
  });
  for (let k = 0; k < left; k++) floors[close[k]!] = floors[close[k]!]! + 1;
  return floors;
}

/** Cents as US dollars for people: 60900000 -> "$609,000.00". */
export function usd(cents: Cents): string {
  assertCents(cents);
  const abs = Math.abs(cents);
  const whole = String(Math.trunc(abs / 100));
  const fraction = abs % 100;
  // Grouping by hand: this runs for every amount explained, hundreds of thousands at state scale.
  let grouped = "";
  for (let i = whole.length; i > 0; i -= 3)
    grouped = whole.slice(Math.max(0, i - 3), i) + (grouped ? `,${grouped}` : "");
  return `${cents < 0 ? "-" : ""}$${grouped}.${fraction < 10 ? "0" : ""}${fraction}`;
}

/** A percentage in basis points for people: 7609 -> "76.09%". */
export function percent(basisPoints: number): string {
  return `${(basisPoints / 100).toFixed(2)}%`;
}
