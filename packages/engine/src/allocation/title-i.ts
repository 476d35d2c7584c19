import { percent, splitByWeights, usd, type Cents } from "../money.js";
import { povertyBasisPoints } from "../poverty.js";
import type { TitleIRanking } from "../vocabulary.js";
import { check, type ComplianceCheck } from "./rules.js";
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
  const withPrivate = policy.privateChildrenInSchoolShare ?? false;
  const childrenOf = (s: TitleISchool) =>
    s.lowIncome + (withPrivate ? (s.privateLowIncome ?? 0) : 0);
  const totalEnrollment = schools.reduce((a, s) => a + s.enrollment, 0);
  const totalChildren = schools.reduce((a, s) => a + childrenOf(s), 0);
  const districtBp = povertyBasisPoints(totalChildren, totalEnrollment);
  const smallDistrict = totalEnrollment < SMALL_DISTRICT;
  const highSchoolThreshold = policy.highSchoolThresholdBasisPoints ?? THRESHOLD_75;

  const rows = schools.map((s) => {
    const bp = povertyBasisPoints(childrenOf(s), s.enrollment);
    const reasons: string[] = [];
    if (bp >= districtBp)
      reasons.push(`at or above the district average of ${percent(districtBp)}`);
    else if ((policy.designateAt35 ?? true) && bp >= DESIGNATION_35)
      reasons.push("at or above 35%, designated by the district");
    else if ((policy.serveLastYearOneMoreYear ?? true) && s.servedLastYear)
      reasons.push("served last year, so served one more year");
    if (smallDistrict && reasons.length === 0)
      reasons.push("the district has under 1,000 students, so it need not rank");
    const threshold =
      s.level === "HIGH" ? Math.min(highSchoolThreshold, THRESHOLD_75) : THRESHOLD_75;
    const priority =
      s.level === "HIGH" && threshold < THRESHOLD_75 ? bp >= threshold : bp > threshold;
    return {
      s,
      bp,
      children: childrenOf(s),
      eligible: reasons.length > 0,
      reason: reasons[0] ?? "",
      priority,
    };
  });

  // Serving order: the 75% group first, then everyone else eligible; poverty high to low, ties
  // by more children, then by id so the order never depends on input order.
  const order = rows
    .filter((r) => r.eligible)
    .sort(
      (a, b) =>
        Number(b.priority) - Number(a.priority) ||
        b.bp - a.bp ||
        b.children - a.children ||
        (a.s.id < b.s.id ? -1 : a.s.id > b.s.id ? 1 : 0),
    );
  const spanRank = new Map<string, number>();
  if (policy.ranking === "GRADE_SPAN") {
    const counters = new Map<string, number>();
    for (const r of order.filter((x) => !x.priority)) {
      const n = (counters.get(r.s.level) ?? 0) + 1;
      counters.set(r.s.level, n);
      spanRank.set(r.s.id, n);
    }
  }

  // EVEN: the pool in proportion to each eligible school's children, split to the cent so the
  // parts add up to the pool; the per-child rate shown is the pool over the children, rounded.
  const eligibleChildren = order.reduce((a, x) => a + x.children, 0);
  const evenPerChild = eligibleChildren > 0 ? Math.round(pool / eligibleChildren) : 0;
  const evenParts =
    policy.ppa.kind === "EVEN" && eligibleChildren > 0
      ? splitByWeights(
          pool,
          order.map((x) => x.children),
        )
      : null;
  const perChildFor = (r: (typeof rows)[number]): Cents => {
    const p = policy.ppa;
    switch (p.kind) {
      case "SINGLE":
        return p.perChild;
      case "BANDS":
        return (
          [...p.bands]
            .sort((a, b) => b.minPovertyBasisPoints - a.minPovertyBasisPoints)
            .find((band) => r.bp >= band.minPovertyBasisPoints)?.perChild ?? 0
        );
      case "EXPLICIT":
        return p.perChild[r.s.id] ?? 0;
      case "EVEN":
        return evenPerChild;
    }
  };

  let left = pool;
  let stopped: string | null = null;
  const run: RunFacts = {
    eligibleCount: order.length,
    schoolCount: schools.length,
    smallDistrict,
    districtBp,
  };
  const results = new Map<string, TitleISchoolResult>();
  order.forEach((r, i) => {
    const perChild = perChildFor(r);
    const full = evenParts ? evenParts[i]! : perChild * r.children;
    // Rounding policy: a school the pool falls short of by less than $1 per child (a rounding
    // shortfall) is served with what is left rather than losing its whole allocation.
    const roundingShortfall =
      stopped === null && perChild > 0 && full > left && full - left < r.children * 100 && left > 0;
    const fits =
      stopped === null && perChild > 0 && full > 0 && (full <= left || roundingShortfall);
    const amount = fits ? Math.min(full, left) : 0;
    if (fits) left -= amount;
    else if (stopped === null) stopped = r.s.name;
    const privateChildren = withPrivate ? (r.s.privateLowIncome ?? 0) : 0;
    // Public and private shares split the school's amount by their children, to the cent.
    const [publicAmount, privateAmount] =
      amount > 0 ? splitByWeights(amount, [r.s.lowIncome, privateChildren]) : [0, 0];
    results.set(
      r.s.id,
      new RankedSchool(r, run, {
        eligible: true,
        eligibility: r.reason,
        rank: i + 1,
        spanRank: spanRank.get(r.s.id) ?? null,
        served: fits,
        perChild: !fits ? 0 : amount < full ? Math.floor(amount / r.children) : perChild,
        amount,
        publicAmount: publicAmount!,
        privateAmount: privateAmount!,
        askedPerChild: perChild,
        stoppedAt: stopped,
        shortBy: fits ? full - amount : 0,
        even: evenParts !== null,
      }),
    );
  });
  for (const r of rows.filter((x) => !x.eligible)) {
    results.set(
      r.s.id,
      new RankedSchool(r, run, {
        eligible: false,
        eligibility: `below the district average of ${percent(districtBp)} and below 35%`,
        rank: null,
        spanRank: null,
        served: false,
        perChild: 0,
        amount: 0,
        publicAmount: 0,
        privateAmount: 0,
        askedPerChild: 0,
        stoppedAt: null,
        shortBy: 0,
        even: false,
      }),
    );
  }

  const ordered = schools.map((s) => results.get(s.id)!);
  const allocated = pool - left;
  return {
    districtPovertyBasisPoints: districtBp,
    schools: ordered,
    pool,
    allocated,
    unallocated: left,
    checks: titleIChecks(
      ordered,
      order.map((r) => results.get(r.s.id)!),
      input.districtAllocation,
      totalChildren,
      smallDistrict,
      policy.ranking === "GRADE_SPAN" ? new Map(order.map((r) => [r.s.id, r.s.level])) : null,
    ),
  };
}

interface RunFacts {
  eligibleCount: number;
  schoolCount: number;
  smallDistrict: boolean;
  districtBp: number;
}

interface Ranked {
  s: TitleISchool;
  bp: number;
  children: number;
  priority: boolean;
  reason: string;
}

type Outcome = Omit<
  TitleISchoolResult,
  | "schoolId"
  | "name"
  | "povertyBasisPoints"
  | "priority"
  | "children"
  | "schoolwideEligible"
  | "explanation"
> & {
  /** The per-child amount the policy asked for, served or not. */
  askedPerChild: Cents;
  /** The first school the pool could not pay, as it stood when this one was reached. */
  stoppedAt: string | null;
  /** What a rounding shortfall took off this school's full amount (0 when paid in full). */
  shortBy: Cents;
  /** Paid its proportional part of the pool (EVEN), not children x a per-child amount. */
  even: boolean;
};

/**
 * One school's rank-and-serve outcome. The sentence is written when read: a national run ranks
 * 100,000 schools and writing every sentence up front cost more than the ranking (see shares.ts).
 */
class RankedSchool implements TitleISchoolResult {
  readonly schoolId: string;
  readonly name: string;
  readonly povertyBasisPoints: number;
  readonly priority: boolean;
  readonly children: number;
  readonly schoolwideEligible: boolean;
  readonly eligible: boolean;
  readonly eligibility: string;
  readonly rank: number | null;
  readonly spanRank: number | null;
  readonly served: boolean;
  readonly perChild: Cents;
  readonly amount: Cents;
  readonly publicAmount: Cents;
  readonly privateAmount: Cents;
  private readonly askedPerChild: Cents;
  private readonly stoppedAt: string | null;
  private readonly shortBy: Cents;
  private readonly even: boolean;
  private readonly privateChildren: number;

  constructor(
    r: Ranked,
    private readonly run: RunFacts,
    o: Outcome,
  ) {
    this.schoolId = r.s.id;
    this.name = r.s.name;
    this.povertyBasisPoints = r.bp;
    this.priority = r.priority;
    this.children = r.children;
    this.schoolwideEligible = r.bp >= SCHOOLWIDE_40;
    this.eligible = o.eligible;
    this.eligibility = o.eligibility;
    this.rank = o.rank;
    this.spanRank = o.spanRank;
    this.served = o.served;
    this.perChild = o.perChild;
    this.amount = o.amount;
    this.publicAmount = o.publicAmount;
    this.privateAmount = o.privateAmount;
    this.askedPerChild = o.askedPerChild;
    this.stoppedAt = o.stoppedAt;
    this.shortBy = o.shortBy;
    this.even = o.even;
    this.privateChildren = r.children - r.s.lowIncome;
  }

  get explanation(): string {
    const { run } = this;
    if (!this.eligible) {
      return `${this.name}: ${percent(this.povertyBasisPoints)} poverty, below the district average of ${percent(run.districtBp)} and below 35%, so not eligible for Title I.`;
    }
    const why = this.priority ? "above 75% so served first" : this.eligibility;
    const head = `${this.name}: rank ${this.rank} of ${run.eligibleCount} eligible (${run.schoolCount} schools)${run.smallDistrict ? ", small district" : ""}, ${percent(this.povertyBasisPoints)} poverty, ${why}`;
    if (!this.served) {
      if (this.askedPerChild === 0)
        return `${head}; no per-child amount is set for it, so not served.`;
      const at = this.stoppedAt && this.stoppedAt !== this.name ? ` at ${this.stoppedAt}` : "";
      return `${head}; the pool ran out${at} before its ${this.children} children x ${usd(this.askedPerChild)}, so not served.`;
    }
    const mixed = this.privateChildren > 0;
    const who = mixed
      ? `${this.children} low-income children (${this.children - this.privateChildren} public + ${this.privateChildren} private)`
      : `${this.children} low-income children`;
    const shares = mixed
      ? ` (${usd(this.publicAmount)} public + ${usd(this.privateAmount)} private)`
      : "";
    if (this.even)
      return `${head}; ${who}, its share of the pool at about ${usd(this.perChild)} per child = ${usd(this.amount)}${shares}.`;
    if (this.shortBy > 0) {
      return `${head}; ${who} x ${usd(this.askedPerChild)} = ${usd(this.askedPerChild * this.children)}, but the pool had ${usd(this.amount)} left (${usd(this.shortBy)} short, under $1 per child), so served with what was left${shares}.`;
    }
    return `${head}; ${who} x ${usd(this.perChild)} = ${usd(this.amount)}${shares}.`;
  }

  toJSON(): Omit<TitleISchoolResult, never> {
    const {
      run: _run,
      askedPerChild: _a,
      stoppedAt: _s,
      shortBy: _b,
      even: _e,
      privateChildren: _p,
      ...rest
    } = this;
    return { ...rest, explanation: this.explanation };
  }
}

function titleIChecks(
  all: TitleISchoolResult[],
  inOrder: TitleISchoolResult[],
  districtAllocation: Cents,
  districtChildren: number,
  smallDistrict: boolean,
  /** Each eligible school's grade span when the district ranks within grade spans, else null. */
  spans: Map<string, string> | null,
): ComplianceCheck[] {
  const P = "TITLE_I_A";
  const served = inOrder.filter((s) => s.served);
  const checks: ComplianceCheck[] = [];

  const ineligibleServed = all.filter((s) => s.served && !s.eligible);
  checks.push(
    check(
      "TITLE_I_ELIGIBILITY",
      P,
      ineligibleServed.length ? "FAIL" : "PASS",
      ineligibleServed.length
        ? `Served but not eligible: ${ineligibleServed.map((s) => s.name).join(", ")}.`
        : `${served.length} schools served, all eligible.`,
    ),
  );

  const unservedPriority = inOrder.filter((s) => s.priority && !s.served);
  const servedOthers = served.filter((s) => !s.priority);
  const seventyFiveFails = unservedPriority.length > 0 && servedOthers.length > 0;
  checks.push(
    check(
      "TITLE_I_75_PERCENT",
      P,
      inOrder.some((s) => s.priority) ? (seventyFiveFails ? "FAIL" : "PASS") : "NOT_APPLICABLE",
      seventyFiveFails
        ? `${unservedPriority.map((s) => s.name).join(", ")} above 75% not served while ${servedOthers.length} lower-poverty schools are.`
        : `${inOrder.filter((s) => s.priority).length} schools above 75% poverty, served first.`,
    ),
  );

  // Ranked by grade span (ESEA 1113(a)(3)), order is compared within each span; the schools above
  // 75% come first whatever their span.
  const groups = spans
    ? [
        inOrder.filter((s) => s.priority),
        ...groupBy(
          inOrder.filter((s) => !s.priority),
          (s) => spans.get(s.schoolId) ?? "",
        ),
      ]
    : [inOrder];
  const servedAfterGap = groups.flatMap((g) => {
    const firstGap = g.findIndex((s) => !s.served);
    return firstGap === -1 ? [] : g.slice(firstGap).filter((s) => s.served);
  });
  const within = spans ? " within each grade span" : "";
  checks.push(
    check(
      "TITLE_I_RANK_ORDER",
      P,
      servedAfterGap.length ? "FAIL" : "PASS",
      servedAfterGap.length
        ? `Served below an unserved higher-ranked school${within}: ${servedAfterGap.map((s) => s.name).join(", ")}.`
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

  const below35 = served.filter((s) => s.povertyBasisPoints < DESIGNATION_35);
  if (below35.length === 0 || districtChildren === 0) {
    checks.push(
      check("TITLE_I_125_PERCENT", P, "NOT_APPLICABLE", "No served school is below 35% poverty."),
    );
  } else {
    // 125% of (district allocation / district low-income children), rounded up to the cent.
    const minimum = Math.ceil((districtAllocation * 125) / (100 * districtChildren));
    const short = served.filter((s) => s.perChild < minimum);
    checks.push(
      check(
        "TITLE_I_125_PERCENT",
        P,
        short.length ? "FAIL" : "PASS",
        `${below35.length} served below 35%, so every served school needs at least ${usd(minimum)} per child (125% of ${usd(districtAllocation)} / ${districtChildren})` +
          (short.length
            ? `; below it: ${short.map((s) => `${s.name} ${usd(s.perChild)}`).join(", ")}.`
            : "; all meet it."),
      ),
    );
  }

  // Per-child amounts never rise as rank falls: within each span when ranking by span, and no
  // span's amount above the lowest amount of a school above 75%.
  const priorityFloor = served.reduce(
    (m, s) => (s.priority ? Math.min(m, s.perChild) : m),
    Infinity,
  );
  const servedGroups = spans
    ? [
        served.filter((s) => s.priority),
        ...groupBy(
          served.filter((s) => !s.priority),
          (s) => spans.get(s.schoolId) ?? "",
        ),
      ]
    : [served];
  const inversions = servedGroups.flatMap((g) =>
    g.slice(1).filter((s, i) => s.perChild > g[i]!.perChild),
  );
  if (spans) inversions.push(...served.filter((s) => !s.priority && s.perChild > priorityFloor));
  checks.push(
    check(
      "TITLE_I_PPA_ORDER",
      P,
      inversions.length ? "FAIL" : "PASS",
      inversions.length
        ? `Higher per-child amount than a higher-ranked school${within}: ${inversions.map((s) => `${s.name} ${usd(s.perChild)}`).join(", ")}.`
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
