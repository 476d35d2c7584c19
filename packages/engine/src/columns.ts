/**
 * Columns: one typed array per measure, one slot per row. Filled by plain loops, because
 * `Float64Array.from(rows, fn)` goes through the iterator protocol and, at 100,000 schools, cost
 * more than the arithmetic that reads the column.
 */

/** One number per row. */
export function column<T>(rows: readonly T[], of: (row: T, i: number) => number): Float64Array {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = of(rows[i]!, i);
  return out;
}

/** One yes (1) or no (0) per row. */
export function flags<T>(rows: readonly T[], test: (row: T, i: number) => boolean): Uint8Array {
  const out = new Uint8Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = test(rows[i]!, i) ? 1 : 0;
  return out;
}

/** The values of `from` at the given rows, in that order. */
export function gather(from: Float64Array, rows: Uint32Array): Float64Array {
  const out = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = from[rows[k]!]!;
  return out;
}

/** The sum of a column, in row order. */
export function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i]!;
  return total;
}

/** A column as a plain array, for callers that take one. */
export function toArray(values: ArrayLike<number>): number[] {
  const out = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i]!;
  return out;
}
