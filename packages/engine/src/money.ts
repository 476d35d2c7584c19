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
export function splitByWeights(total: Cents, weights: readonly number[]): Cents[] {
  assertCents(total);
  if (total < 0) throw new RangeError("cannot split a negative amount");
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0)) {
    throw new RangeError("weights must be non-negative integers");
  }
  const weightSum = weights.reduce((a, b) => a + b, 0);
  if (weightSum === 0) {
    if (total === 0) return weights.map(() => 0);
    throw new RangeError("cannot split a positive amount over zero total weight");
  }
  const n = weights.length;
  const floors = new Array<number>(n);
  let left = total;
  // total x weight must be exact: plain numbers while it fits in 2^53 (typed arrays, no garbage),
  // BigInt beyond (a national pool times a large weight).
  const maxWeight = weights.reduce((a, w) => (w > a ? w : a), 0);
  let order: ArrayLike<number>;
  if (total * maxWeight <= Number.MAX_SAFE_INTEGER) {
    const remainders = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const product = total * weights[i]!;
      const floor = Math.floor(product / weightSum);
      floors[i] = floor;
      remainders[i] = product - floor * weightSum;
      left -= floor;
    }
    order =
      weightSum * n <= Number.MAX_SAFE_INTEGER
        ? byPackedKey(remainders, n)
        : Array.from({ length: n }, (_, i) => i).sort(
            (a, b) => remainders[b]! - remainders[a]! || a - b,
          );
  } else {
    const bigTotal = BigInt(total);
    const bigSum = BigInt(weightSum);
    const remainders = new Array<bigint>(n);
    for (let i = 0; i < n; i++) {
      const product = bigTotal * BigInt(weights[i]!);
      const floor = Number(product / bigSum);
      floors[i] = floor;
      remainders[i] = product % bigSum;
      left -= floor;
    }
    order = Array.from({ length: n }, (_, i) => i).sort((a, b) =>
      remainders[a] === remainders[b] ? a - b : remainders[a]! > remainders[b]! ? -1 : 1,
    );
  }
  // Ties on the remainder go to the lower index, so the same input always gives the same split.
  for (let k = 0; k < n && left > 0; k++, left--) floors[order[k]!]! += 1;
  return floors;
}

/**
 * Indices by remainder, largest first, ties to the lower index: each remainder (an integer below
 * weightSum) packed with its index into one exact number and sorted natively, which at 100,000
 * schools is several times faster than a comparator sort. The caller checks weightSum x n fits.
 */
function byPackedKey(remainders: Float64Array, n: number): Uint32Array {
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = remainders[i]! * n + (n - 1 - i);
  keys.sort();
  const order = new Uint32Array(n);
  for (let k = 0; k < n; k++) order[k] = n - 1 - (keys[n - 1 - k]! % n);
  return order;
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
