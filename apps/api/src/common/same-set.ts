/** Whether two lists hold the same values, in any order (a stale read is told by it). */
export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
