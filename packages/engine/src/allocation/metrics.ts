import { column, gather } from "../columns.js";
import { type Cents } from "../money.js";
import { stableOrder } from "../order.js";
import { check, notChecked, type ComplianceCheck } from "./rules.js";
import { WEIGHT_SCALE } from "./weights.js";

export interface EquitySchool {
  enrollment: number;
  lowIncome: number;
  /** Weighted pupils in 1/10,000 units. */
  weighted: number;
  amount: Cents;
  titleI?: boolean;
  /** State and local dollars per pupil, for the comparability test; omitted when unknown. */
  stateLocalPerPupil?: Cents | null;
}

/** How equitable a distribution is. Read several together, never one alone. */
export interface EquityMeasures {
  /** Per-pupil dollars weighted by low-income students / weighted by the others (> 1 is progressive). */
  progressivityRatio: number | null;
  /** Dollars per pupil gained per percentage point of low-income share (OLS over schools). */
  slopePerPovertyPoint: number | null;
  /** Correlation of dollars per pupil with low-income share. */
  correlationWithPoverty: number | null;
  /** Coefficient of variation of dollars per weighted pupil, weighted by weighted pupils. */
  coefficientOfVariation: number | null;
  /** Gini of dollars per pupil across pupils (0 = everyone the same). */
  gini: number | null;
}

/** Equity measures of school amounts (cents). Pure statistics: floats are fine here. */
export function equityMeasures(schools: readonly EquitySchool[]): EquityMeasures {
  return equityOfColumns({
    enrollment: column(schools, (s) => s.enrollment),
    lowIncome: column(schools, (s) => s.lowIncome),
    weighted: column(schools, (s) => s.weighted),
    amount: column(schools, (s) => s.amount),
  });
}

/** The schools of equityMeasures as columns, one row per school. */
export interface EquityColumns {
  enrollment: Float64Array;
  lowIncome: Float64Array;
  /** Weighted pupils in 1/10,000 units. */
  weighted: Float64Array;
  amount: Float64Array;
}

/** equityMeasures over columns: the engine's form, with no object per school. */
export function equityOfColumns(columns: EquityColumns): EquityMeasures {
  // Schools with pupils only, in input order (every sum below runs in that order).
  let kept = 0;
  const all = new Uint32Array(columns.enrollment.length);
  columns.enrollment.forEach((e, i) => {
    if (e > 0) all[kept++] = i;
  });
  const rows = all.subarray(0, kept);
  const n = rows.length;
  if (n === 0) {
    return {
      progressivityRatio: null,
      slopePerPovertyPoint: null,
      correlationWithPoverty: null,
      coefficientOfVariation: null,
      gini: null,
    };
  }
  const enrollment = gather(columns.enrollment, rows);
  const lowIncome = gather(columns.lowIncome, rows);
  const amount = gather(columns.amount, rows);
  const perPupil = new Float64Array(n);
  const poverty = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    perPupil[k] = amount[k]! / 100 / enrollment[k]!;
    poverty[k] = lowIncome[k]! / enrollment[k]!;
  }

  let low = 0;
  let rest = 0;
  let lowSum = 0;
  let restSum = 0;
  let px = 0;
  let py = 0;
  for (let k = 0; k < n; k++) {
    low += lowIncome[k]!;
    rest += enrollment[k]! - lowIncome[k]!;
    lowSum += perPupil[k]! * lowIncome[k]!;
    restSum += perPupil[k]! * (enrollment[k]! - lowIncome[k]!);
    px += poverty[k]!;
    py += perPupil[k]!;
  }
  const lowAvg = low > 0 ? lowSum / low : null;
  const restAvg = rest > 0 ? restSum / rest : null;
  const progressivityRatio =
    lowAvg !== null && restAvg !== null && restAvg > 0 ? lowAvg / restAvg : null;

  const mx = px / n;
  const my = py / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let k = 0; k < n; k++) {
    sxy += (poverty[k]! - mx) * (perPupil[k]! - my);
    sxx += (poverty[k]! - mx) ** 2;
    syy += (perPupil[k]! - my) ** 2;
  }
  const slope = sxx > 0 ? sxy / sxx / 100 : null;
  const correlation = sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;

  const w = gather(columns.weighted, rows);
  let wSum = 0;
  for (let k = 0; k < n; k++) {
    w[k] = w[k]! / WEIGHT_SCALE;
    wSum += w[k]!;
  }
  let cv: number | null = null;
  if (wSum > 0) {
    const level = new Float64Array(n);
    let weightedLevel = 0;
    for (let k = 0; k < n; k++) {
      level[k] = w[k]! > 0 ? amount[k]! / 100 / w[k]! : 0;
      weightedLevel += level[k]! * w[k]!;
    }
    const mean = weightedLevel / wSum;
    let spread = 0;
    for (let k = 0; k < n; k++) spread += w[k]! * (level[k]! - mean) ** 2;
    const variance = spread / wSum;
    cv = mean > 0 ? Math.sqrt(variance) / mean : null;
  }

  // Gini over pupils: each pupil carries the per-pupil amount of their school.
  const sorted = stableOrder(perPupil);
  let pupils = 0;
  let total = 0;
  for (const k of sorted) {
    pupils += enrollment[k]!;
    total += perPupil[k]! * enrollment[k]!;
  }
  let gini: number | null = null;
  if (total > 0) {
    let area = 0;
    let cumMoney = 0;
    for (const k of sorted) {
      const before = cumMoney;
      cumMoney += perPupil[k]! * enrollment[k]!;
      area += (enrollment[k]! / pupils) * ((before + cumMoney) / 2 / total);
    }
    gini = 1 - 2 * area;
  }
  return {
    progressivityRatio,
    slopePerPovertyPoint: slope,
    correlationWithPoverty: correlation,
    coefficientOfVariation: cv,
    gini,
  };
}

/**
 * Comparability (ESEA 1118(c)): state and local dollars per pupil in Title I schools at least 90%
 * of the non-Title I average (the 10% band is state practice, hence configurable).
 */
export function comparabilityCheck(
  schools: readonly EquitySchool[],
  bandBasisPoints = 1000,
): ComplianceCheck {
  const enrolled = schools.filter((s) => s.enrollment > 0);
  if (!enrolled.some((s) => s.titleI) || enrolled.every((s) => s.titleI)) {
    return check(
      "COMPARABILITY",
      "TITLE_I_A",
      "NOT_APPLICABLE",
      "No non-Title I school to compare with (or no Title I school).",
    );
  }
  const known = enrolled.filter((s) => s.stateLocalPerPupil != null);
  const titleI = known.filter((s) => s.titleI);
  const others = known.filter((s) => !s.titleI);
  if (titleI.length === 0 || others.length === 0) {
    return notChecked(
      "COMPARABILITY",
      "TITLE_I_A",
      "schools.stateLocalPerPupil",
      "Not checked: state and local dollars per pupil were not given for both Title I and non-Title I schools.",
    );
  }
  const avg = (xs: EquitySchool[]) =>
    xs.reduce((a, s) => a + s.stateLocalPerPupil! * s.enrollment, 0) /
    xs.reduce((a, s) => a + s.enrollment, 0);
  const a = avg(titleI);
  const b = avg(others);
  const ok = a * 10_000 >= b * (10_000 - bandBasisPoints);
  return check(
    "COMPARABILITY",
    "TITLE_I_A",
    ok ? "PASS" : "FAIL",
    `Title I schools average $${(a / 100).toFixed(2)} of state and local money per pupil against $${(b / 100).toFixed(2)} elsewhere (must be within ${bandBasisPoints / 100}%).`,
  );
}
