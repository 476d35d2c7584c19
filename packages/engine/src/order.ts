/**
 * Orders of 100,000 rows without a comparator. A comparator sort calls back into JavaScript for
 * each of ~1.7 million comparisons and allocates as it goes; a typed array sorts natively.
 */

/**
 * Indices 0..n-1 by key, smallest first, ties to the lower index (what a stable sort gives). The
 * keys are sorted natively; each index then takes the next free slot of its key, found by binary
 * search. Keys must not be NaN.
 */
export function stableOrder(keys: Float64Array): Uint32Array {
  const n = keys.length;
  const sorted = Float64Array.from(keys).sort();
  const taken = new Uint32Array(n);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < k) lo = mid + 1;
      else hi = mid;
    }
    order[lo + taken[lo]!++] = i;
  }
  return order;
}

/**
 * Within an order, runs of equal key put in order by `tie` (ids, say): only the rows that tie are
 * compared, so the comparator runs over a handful of rows, not all of them.
 */
export function breakTies(
  order: Uint32Array,
  keys: Float64Array,
  tie: (a: number, b: number) => number,
): Uint32Array {
  for (let start = 0; start < order.length;) {
    let end = start + 1;
    while (end < order.length && keys[order[end]!] === keys[order[start]!]) end++;
    if (end - start > 1) order.subarray(start, end).sort(tie);
    start = end;
  }
  return order;
}
