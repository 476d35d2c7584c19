import { gather } from "../columns.js";
import { percent, splitByWeights, splitColumn, usd, type Cents } from "../money.js";
import { breakTies, byId, stableOrder } from "../order.js";
import { povertyBasisPoints } from "../poverty.js";
import type { TitleIRanking } from "../vocabulary.js";
import { check, listOf, type ComplianceCheck } from "./rules.js";
import { STATUTE } from "./statute.js";

/** A school as Title I rank-and-serve sees it (ESEA 1113). */
export interface TitleISchool {
  id: string;
  name: string;
  level: "ELEMENTARY" | "MIDDLE" | "HIGH" | "OTHER";
  enrollment: number;
  /** Public-school low-income children by the district's one poverty measure. */
  lowIncome: number;
  /** Private-school low-income children living in the attendance area. */
  privateLowIncome?: number;
  servedLastYear?: boolean;
}

/** How much each served school gets per low-income child. */
export type PpaPolicy =
  /** One amount per child for every served school. */
  | { kind: "SINGLE"; perChild: Cents }
  /** An amount per child by poverty band: the highest band whose floor the school reaches. */
  | { kind: "BANDS"; bands: { minPovertyBasisPoints: number; perChild: Cents }[] }
  /** Amounts per child chosen school by school. */
  | { kind: "EXPLICIT"; perChild: Record<string, Cents> }
  /**
   * The whole pool over every eligible school in proportion to its children: one per-child rate,
   * each school's amount exact to the cent (largest remainder), nothing left over.
   */
  | { kind: "EVEN" };

export interface TitleIPolicy {
  ppa: PpaPolicy;
  /** Rank the schools at or below 75% district-wide or within grade spans (ESEA 1113(a)(3)). */
  ranking?: TitleIRanking;
  /** Designate every school at or above 35% poverty as eligible (ESEA 1113(a)(2)(B)). Default on. */
  designateAt35?: boolean;
  /** Serve last year's schools one more year although no longer eligible (ESEA 1113(b)(1)(C)). Default on. */
  serveLastYearOneMoreYear?: boolean;
  /** The 75% rule's threshold for high schools: 7500 or, by district choice, 5000 basis points. */
  highSchoolThresholdBasisPoints?: number;
  /**
   * Count private-school children in each school's share, as before ESSA (the 1996 federal worked
   * example). Under current law equitable services are reserved first, so the default is off.
   */
  privateChildrenInSchoolShare?: boolean;
}

export interface TitleISchoolResult {
  schoolId: string;
  name: string;
  povertyBasisPoints: number;
  eligible: boolean;
  /** Why the school is (not) eligible, in words. */
  eligibility: string;
  /** Served first under the 75% rule. */
  priority: boolean;
  /** Position in serving order among eligible schools (1 = served first), null when not eligible. */
  rank: number | null;
  /** Rank within its grade span, when ranking by grade span. */
  spanRank: number | null;
  served: boolean;
  /** Low-income children counted for the allocation. */
  children: number;
  perChild: Cents;
  amount: Cents;
  publicAmount: Cents;
  privateAmount: Cents;
  /** May run a schoolwide program (ESEA 1114(a)(1): 40% poverty). */
  schoolwideEligible: boolean;
  explanation: string;
}

export interface TitleIResult {
  districtPovertyBasisPoints: number;
  schools: TitleISchoolResult[];
  pool: Cents;
  allocated: Cents;
  /** Left in the pool (funds ran out for the next school, or cents the per-child amount cannot divide). */
  unallocated: Cents;
  checks: ComplianceCheck[];
}

const THRESHOLD_75 = STATUTE.priorityPovertyBasisPoints;
const DESIGNATION_35 = STATUTE.designationBasisPoints;
const SCHOOLWIDE_40 = STATUTE.schoolwideBasisPoints;
const SMALL_DISTRICT = STATUTE.smallDistrictEnrollment;

/**
 * Title I within-district allocation (ESEA 1113; 34 CFR 200.78): identify eligible schools by one
 * poverty measure, serve those above 75% first, then the rest in rank order, each at its per-child
 * amount, until the pool for schools runs out. Pure and deterministic.
 */
export function allocateTitleI(input: {
  schools: readonly TitleISchool[];
  /** What is left for schools after every reservation. */
  pool: Cents;
  /** The district's whole Title I allocation, for the 125% rule. */
  districtAllocation: Cents;
  policy: TitleIPolicy;
}): TitleIResult {
  const { schools, pool, policy } = input;
  const n = schools.length;
  const withPrivate = policy.privateChildrenInSchoolShare ?? false;
  // One pass over the schools into columns: the ranking below reads numbers, not objects.
  const children = new Float64Array(n);
  let totalEnrollment = 0;
  let totalChildren = 0;
  for (let i = 0; i < n; i++) {
    const s = schools[i]!;
    children[i] = s.lowIncome + (withPrivate ? (s.privateLowIncome ?? 0) : 0);
    totalEnrollment += s.enrollment;
    totalChildren += children[i]!;
  }
  const districtBp = povertyBasisPoints(totalChildren, totalEnrollment);
  const smallDistrict = totalEnrollment < SMALL_DISTRICT;
  const highSchoolThreshold = policy.highSchoolThresholdBasisPoints ?? THRESHOLD_75;
  // Why a school is (not) eligible, by its reason code (0: not eligible).
  const eligibility = [
    `below the district average of ${percent(districtBp)} and below 35%`,
    `at or above the district average of ${percent(districtBp)}`,
    "at or above 35%, designated by the district",
    "served last year, so served one more year",
    "the district has under 1,000 students, so it need not rank",
  ];

  const bp = new Int32Array(n);
  const reason = new Uint8Array(n);
  const priority = new Uint8Array(n);
  let eligibleCount = 0;
  let maxBp = 0;
  let maxChildren = 0;
  let packs = true;
  for (let i = 0; i < n; i++) {
    const s = schools[i]!;
    const b = povertyBasisPoints(children[i]!, s.enrollment);
    bp[i] = b;
    if (b >= districtBp) reason[i] = 1;
    else if ((policy.designateAt35 ?? true) && b >= DESIGNATION_35) reason[i] = 2;
    else if ((policy.serveLastYearOneMoreYear ?? true) && s.servedLastYear) reason[i] = 3;
    else if (smallDistrict) reason[i] = 4;
    const threshold =
      s.level === "HIGH" ? Math.min(highSchoolThreshold, THRESHOLD_75) : THRESHOLD_75;
    priority[i] = Number(
      s.level === "HIGH" && threshold < THRESHOLD_75 ? b >= threshold : b > threshold,
    );
    if (reason[i]) {
      eligibleCount++;
      packs &&= b >= 0 && Number.isSafeInteger(children[i]) && children[i]! >= 0;
      if (b > maxBp) maxBp = b;
      if (children[i]! > maxChildren) maxChildren = children[i]!;
    }
  }

  const order = servingOrder(
    schools,
    { bp, children, reason, priority },
    eligibleCount,
    packs ? maxBp : null,
    maxChildren,
  );
  const spanRank = new Int32Array(n);
  if (policy.ranking === "GRADE_SPAN") {
    const counters = new Map<string, number>();
    for (const i of order) {
      if (priority[i]) continue;
      const level = schools[i]!.level;
      const k = (counters.get(level) ?? 0) + 1;
      counters.set(level, k);
      spanRank[i] = k;
    }
  }

  // EVEN: the pool in proportion to each eligible school's children, split to the cent so the
  // parts add up to the pool; the per-child rate shown is the pool over the children, rounded.
  let eligibleChildren = 0;
  for (const i of order) eligibleChildren += children[i]!;
  const evenPerChild = eligibleChildren > 0 ? Math.round(pool / eligibleChildren) : 0;
  const evenParts =
    policy.ppa.kind === "EVEN" && eligibleChildren > 0
      ? splitColumn(pool, gather(children, order))
      : null;
  const ppa = policy.ppa;
  const bands =
    ppa.kind === "BANDS"
      ? [...ppa.bands].sort((a, b) => b.minPovertyBasisPoints - a.minPovertyBasisPoints)
      : [];
  const perChildFor = (i: number): Cents => {
    switch (ppa.kind) {
      case "SINGLE":
        return ppa.perChild;
      case "BANDS":
        return bands.find((band) => bp[i]! >= band.minPovertyBasisPoints)?.perChild ?? 0;
      case "EXPLICIT":
        return ppa.perChild[schools[i]!.id] ?? 0;
      case "EVEN":
        return evenPerChild;
    }
  };

  const run: RunFacts = {
    eligibleCount,
    schoolCount: n,
    smallDistrict,
    districtBp,
    stoppedAt: null,
    stoppedRank: 0,
    even: evenParts !== null,
  };
  const outcome = {
    rank: new Int32Array(n),
    served: new Uint8Array(n),
    perChild: new Float64Array(n),
    amount: new Float64Array(n),
    publicAmount: new Float64Array(n),
    askedPerChild: new Float64Array(n),
    shortBy: new Float64Array(n),
  };
  let left = pool;
  order.forEach((i, k) => {
    const c = children[i]!;
    const perChild = perChildFor(i);
    const full = evenParts ? evenParts[k]! : perChild * c;
    const stopped = run.stoppedAt !== null;
    // Rounding policy: a school the pool falls short of by less than $1 per child (a rounding
    // shortfall) is served with what is left rather than losing its whole allocation.
    const roundingShortfall =
      !stopped && perChild > 0 && full > left && full - left < c * 100 && left > 0;
    const fits = !stopped && perChild > 0 && full > 0 && (full <= left || roundingShortfall);
    const amount = fits ? Math.min(full, left) : 0;
    if (fits) left -= amount;
    else if (!stopped) {
      run.stoppedAt = schools[i]!.name;
      run.stoppedRank = k + 1;
    }
    outcome.rank[i] = k + 1;
    outcome.served[i] = Number(fits);
    outcome.perChild[i] = !fits ? 0 : amount < full ? Math.floor(amount / c) : perChild;
    outcome.amount[i] = amount;
    outcome.askedPerChild[i] = perChild;
    outcome.shortBy[i] = fits ? full - amount : 0;
    // Public and private shares split the school's amount by their children, to the cent.
    const privateChildren = withPrivate ? (schools[i]!.privateLowIncome ?? 0) : 0;
    outcome.publicAmount[i] =
      amount > 0 && privateChildren > 0
        ? splitByWeights(amount, [schools[i]!.lowIncome, privateChildren])[0]!
        : amount;
  });

  const t: RankAndServe = {
    schools,
    run,
    ...{ bp, children, reason, priority, spanRank },
    ...outcome,
    eligibility,
  };
  const ordered = schools.map((_, i) => new RankedSchool(t, i));
  const allocated = pool - left;
  return {
    districtPovertyBasisPoints: districtBp,
    schools: ordered,
    pool,
    allocated,
    unallocated: left,
    checks: titleIChecks(t, order, {
      districtAllocation: input.districtAllocation,
      districtChildren: totalChildren,
      bySpan: policy.ranking === "GRADE_SPAN",
    }),
  };
}

/**
 * Serving order: the 75% group first, then everyone else eligible; poverty high to low, ties by
 * more children, then by id so the order never depends on input order. Sorted natively on one
 * key of the three numbers; only schools equal on all three are then ordered by id.
 */
function servingOrder(
  schools: readonly TitleISchool[],
  rows: { bp: Int32Array; children: Float64Array; reason: Uint8Array; priority: Uint8Array },
  eligibleCount: number,
  /** The largest poverty rate, or null when some key is not a whole number >= 0. */
  maxBp: number | null,
  maxChildren: number,
): Uint32Array {
  const { bp, children, reason, priority } = rows;
  const eligible = new Uint32Array(eligibleCount);
  for (let i = 0, k = 0; i < schools.length; i++) if (reason[i]) eligible[k++] = i;
  const tie = byId(schools);
  const span = maxChildren + 1;
  if (maxBp === null || !Number.isSafeInteger((2 * (maxBp + 1) - 1) * span + maxChildren)) {
    return eligible.sort(
      (a, b) =>
        priority[b]! - priority[a]! || bp[b]! - bp[a]! || children[b]! - children[a]! || tie(a, b),
    );
  }
  const keys = new Float64Array(schools.length);
  const byKey = new Float64Array(eligibleCount);
  eligible.forEach((i, k) => {
    keys[i] =
      ((1 - priority[i]!) * (maxBp + 1) + (maxBp - bp[i]!)) * span + (maxChildren - children[i]!);
    byKey[k] = keys[i]!;
  });
  const order = stableOrder(byKey).map((k) => eligible[k]!);
  return breakTies(order, keys, tie);
}

interface RunFacts {
  eligibleCount: number;
  schoolCount: number;
  smallDistrict: boolean;
  districtBp: number;
  /** The first school the pool could not pay, and its rank (0 when every eligible school was paid). */
  stoppedAt: string | null;
  stoppedRank: number;
  /** Schools were paid their proportional part of the pool (EVEN), not children x a per-child amount. */
  even: boolean;
}

/** Rank and serve as columns, one slot per school in input order. */
interface RankAndServe {
  schools: readonly TitleISchool[];
  run: RunFacts;
  bp: Int32Array;
  children: Float64Array;
  /** Why eligible, as an index into `eligibility` (0: not eligible). */
  reason: Uint8Array;
  eligibility: string[];
  priority: Uint8Array;
  /** Position in serving order (0: not eligible), and within the grade span (0: none). */
  rank: Int32Array;
  spanRank: Int32Array;
  served: Uint8Array;
  perChild: Float64Array;
  amount: Float64Array;
  publicAmount: Float64Array;
  /** The per-child amount the policy asked for, served or not. */
  askedPerChild: Float64Array;
  /** What a rounding shortfall took off the school's full amount (0 when paid in full). */
  shortBy: Float64Array;
}

/**
 * One school's rank-and-serve outcome, read from the columns; the sentence is written when read.
 * A national run ranks 100,000 schools, and an object of sixteen fields each cost more than the
 * ranking (see shares.ts).
 */
class RankedSchool implements TitleISchoolResult {
  constructor(
    private readonly t: RankAndServe,
    private readonly i: number,
  ) {}
  get schoolId() {
    return this.t.schools[this.i]!.id;
  }
  get name() {
    return this.t.schools[this.i]!.name;
  }
  get povertyBasisPoints() {
    return this.t.bp[this.i]!;
  }
  get priority() {
    return this.t.priority[this.i] === 1;
  }
  get children() {
    return this.t.children[this.i]!;
  }
  get schoolwideEligible() {
    return this.povertyBasisPoints >= SCHOOLWIDE_40;
  }
  get eligible() {
    return this.t.reason[this.i] !== 0;
  }
  get eligibility() {
    return this.t.eligibility[this.t.reason[this.i]!]!;
  }
  get rank() {
    return this.t.rank[this.i] || null;
  }
  get spanRank() {
    return this.t.spanRank[this.i] || null;
  }
  get served() {
    return this.t.served[this.i] === 1;
  }
  get perChild() {
    return this.t.perChild[this.i]!;
  }
  get amount() {
    return this.t.amount[this.i]!;
  }
  get publicAmount() {
    return this.t.publicAmount[this.i]!;
  }
  get privateAmount() {
    return this.amount - this.publicAmount;
  }

  get explanation(): string {
    const { run } = this.t;
    const asked = this.t.askedPerChild[this.i]!;
    const shortBy = this.t.shortBy[this.i]!;
    const privateChildren = this.children - this.t.schools[this.i]!.lowIncome;
    if (!this.eligible) {
      return `${this.name}: ${percent(this.povertyBasisPoints)} poverty, ${this.eligibility}, so not eligible for Title I.`;
    }
    const why = this.priority ? "above 75% so served first" : this.eligibility;
    const head = `${this.name}: rank ${this.rank} of ${run.eligibleCount} eligible (${run.schoolCount} schools)${run.smallDistrict ? ", small district" : ""}, ${percent(this.povertyBasisPoints)} poverty, ${why}`;
    if (!this.served) {
      if (asked === 0) return `${head}; no per-child amount is set for it, so not served.`;
      // The first school the pool could not pay, as it stood when this one was reached.
      const stoppedAt = this.rank! >= run.stoppedRank ? run.stoppedAt : null;
      const at = stoppedAt && stoppedAt !== this.name ? ` at ${stoppedAt}` : "";
      return `${head}; the pool ran out${at} before its ${this.children} children x ${usd(asked)}, so not served.`;
    }
    const mixed = privateChildren > 0;
    const who = mixed
      ? `${this.children} low-income children (${this.children - privateChildren} public + ${privateChildren} private)`
      : `${this.children} low-income children`;
    const shares = mixed
      ? ` (${usd(this.publicAmount)} public + ${usd(this.privateAmount)} private)`
      : "";
    if (run.even)
      return `${head}; ${who}, its share of the pool at about ${usd(this.perChild)} per child = ${usd(this.amount)}${shares}.`;
    if (shortBy > 0) {
      return `${head}; ${who} x ${usd(asked)} = ${usd(asked * this.children)}, but the pool had ${usd(this.amount)} left (${usd(shortBy)} short, under $1 per child), so served with what was left${shares}.`;
    }
    return `${head}; ${who} x ${usd(this.perChild)} = ${usd(this.amount)}${shares}.`;
  }

  toJSON(): TitleISchoolResult {
    return {
      schoolId: this.schoolId,
      name: this.name,
      povertyBasisPoints: this.povertyBasisPoints,
      priority: this.priority,
      children: this.children,
      schoolwideEligible: this.schoolwideEligible,
      eligible: this.eligible,
      eligibility: this.eligibility,
      rank: this.rank,
      spanRank: this.spanRank,
      served: this.served,
      perChild: this.perChild,
      amount: this.amount,
      publicAmount: this.publicAmount,
      privateAmount: this.privateAmount,
      explanation: this.explanation,
    };
  }
}

/** The rank-and-serve checks, over the columns: `order` is the eligible schools in serving order. */
function titleIChecks(
  t: RankAndServe,
  order: Uint32Array,
  facts: { districtAllocation: Cents; districtChildren: number; bySpan: boolean },
): ComplianceCheck[] {
  const P = "TITLE_I_A";
  const { schools, served: paid, priority: first, perChild } = t;
  const { districtAllocation, districtChildren, bySpan } = facts;
  const smallDistrict = t.run.smallDistrict;
  const served = Array.from(order).filter((i) => paid[i]);
  const name = (i: number) => schools[i]!.name;
  const names = (rows: number[]) => listOf(rows, name);
  const checks: ComplianceCheck[] = [];

  const ineligibleServed = schools.flatMap((_, i) => (paid[i] && !t.reason[i] ? [i] : []));
  checks.push(
    check(
      "TITLE_I_ELIGIBILITY",
      P,
      ineligibleServed.length ? "FAIL" : "PASS",
      ineligibleServed.length
        ? `Served but not eligible: ${names(ineligibleServed)}.`
        : `${served.length} schools served, all eligible.`,
    ),
  );

  const inOrder = Array.from(order);
  const priorityCount = inOrder.filter((i) => first[i]).length;
  const unservedPriority = inOrder.filter((i) => first[i] && !paid[i]);
  const servedOthers = served.filter((i) => !first[i]).length;
  const seventyFiveFails = unservedPriority.length > 0 && servedOthers > 0;
  checks.push(
    check(
      "TITLE_I_75_PERCENT",
      P,
      priorityCount > 0 ? (seventyFiveFails ? "FAIL" : "PASS") : "NOT_APPLICABLE",
      seventyFiveFails
        ? `${names(unservedPriority)} above 75% not served while ${servedOthers} lower-poverty schools are.`
        : `${priorityCount} schools above 75% poverty, served first.`,
    ),
  );

  // Ranked by grade span (ESEA 1113(a)(3)), order is compared within each span; the schools above
  // 75% come first whatever their span.
  const spanGroups = (rows: number[]) =>
    bySpan
      ? [
          rows.filter((i) => first[i]),
          ...groupBy(
            rows.filter((i) => !first[i]),
            (i) => schools[i]!.level,
          ),
        ]
      : [rows];
  const servedAfterGap = spanGroups(inOrder).flatMap((g) => {
    const firstGap = g.findIndex((i) => !paid[i]);
    return firstGap === -1 ? [] : g.slice(firstGap).filter((i) => paid[i]);
  });
  const within = bySpan ? " within each grade span" : "";
  checks.push(
    check(
      "TITLE_I_RANK_ORDER",
      P,
      servedAfterGap.length ? "FAIL" : "PASS",
      servedAfterGap.length
        ? `Served below an unserved higher-ranked school${within}: ${names(servedAfterGap)}.`
        : `Schools served in rank order${within} with no gaps.`,
    ),
  );

  checks.push(
    check(
      "TITLE_I_SMALL_DISTRICT",
      P,
      smallDistrict ? "PASS" : "NOT_APPLICABLE",
      smallDistrict
        ? "Under 1,000 students: exempt from ranking."
        : "1,000 students or more: schools are ranked.",
    ),
  );

  const below35 = served.filter((i) => t.bp[i]! < DESIGNATION_35);
  const withAmount = (rows: number[]) => listOf(rows, (i) => `${name(i)} ${usd(perChild[i]!)}`);
  if (below35.length === 0 || districtChildren === 0) {
    checks.push(
      check("TITLE_I_125_PERCENT", P, "NOT_APPLICABLE", "No served school is below 35% poverty."),
    );
  } else {
    // 125% of (district allocation / district low-income children), rounded up to the cent.
    const minimum = Math.ceil((districtAllocation * 125) / (100 * districtChildren));
    const short = served.filter((i) => perChild[i]! < minimum);
    checks.push(
      check(
        "TITLE_I_125_PERCENT",
        P,
        short.length ? "FAIL" : "PASS",
        `${below35.length} served below 35%, so every served school needs at least ${usd(minimum)} per child (125% of ${usd(districtAllocation)} / ${districtChildren})` +
          (short.length ? `; below it: ${withAmount(short)}.` : "; all meet it."),
      ),
    );
  }

  // Per-child amounts never rise as rank falls: within each span when ranking by span, and no
  // span's amount above the lowest amount of a school above 75%.
  const priorityFloor = served.reduce(
    (m, i) => (first[i] ? Math.min(m, perChild[i]!) : m),
    Infinity,
  );
  const inversions = spanGroups(served).flatMap((g) =>
    g.slice(1).filter((i, k) => perChild[i]! > perChild[g[k]!]!),
  );
  if (bySpan) inversions.push(...served.filter((i) => !first[i] && perChild[i]! > priorityFloor));
  checks.push(
    check(
      "TITLE_I_PPA_ORDER",
      P,
      inversions.length ? "FAIL" : "PASS",
      inversions.length
        ? `Higher per-child amount than a higher-ranked school${within}: ${withAmount(inversions)}.`
        : `Per-child amounts never rise as rank falls${within}.`,
    ),
  );
  return checks;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}
