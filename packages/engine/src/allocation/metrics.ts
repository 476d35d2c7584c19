import { type Cents } from "../money.js";
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
  const rows = schools.filter((s) => s.enrollment > 0);
  if (rows.length === 0) {
    return {
      progressivityRatio: null,
      slopePerPovertyPoint: null,
      correlationWithPoverty: null,
      coefficientOfVariation: null,
      gini: null,
    };
  }
  const perPupil = rows.map((s) => s.amount / 100 / s.enrollment);
  const poverty = rows.map((s) => s.lowIncome / s.enrollment);

  const low = rows.reduce((a, s) => a + s.lowIncome, 0);
  const rest = rows.reduce((a, s) => a + (s.enrollment - s.lowIncome), 0);
  const lowAvg = low > 0 ? rows.reduce((a, s, i) => a + perPupil[i]! * s.lowIncome, 0) / low : null;
  const restAvg =
    rest > 0
      ? rows.reduce((a, s, i) => a + perPupil[i]! * (s.enrollment - s.lowIncome), 0) / rest
      : null;
  const progressivityRatio =
    lowAvg !== null && restAvg !== null && restAvg > 0 ? lowAvg / restAvg : null;

  const n = rows.length;
  const mx = poverty.reduce((a, b) => a + b, 0) / n;
  const my = perPupil.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (poverty[i]! - mx) * (perPupil[i]! - my);
    sxx += (poverty[i]! - mx) ** 2;
    syy += (perPupil[i]! - my) ** 2;
  }
  const slope = sxx > 0 ? sxy / sxx / 100 : null;
  const correlation = sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;

  const w = rows.map((s) => s.weighted / WEIGHT_SCALE);
  const wSum = w.reduce((a, b) => a + b, 0);
  let cv: number | null = null;
  if (wSum > 0) {
    const level = rows.map((s, i) => (w[i]! > 0 ? s.amount / 100 / w[i]! : 0));
    const mean = level.reduce((a, x, i) => a + x * w[i]!, 0) / wSum;
    const variance = level.reduce((a, x, i) => a + w[i]! * (x - mean) ** 2, 0) / wSum;
    cv = mean > 0 ? Math.sqrt(variance) / mean : null;
  }

  // Gini over pupils: each pupil carries the per-pupil amount of their school.
  const sorted = rows
    .map((s, i) => ({ p: perPupil[i]!, n: s.enrollment }))
    .sort((a, b) => a.p - b.p);
  const pupils = sorted.reduce((a, x) => a + x.n, 0);
  const total = sorted.reduce((a, x) => a + x.p * x.n, 0);
  let gini: number | null = null;
  if (total > 0) {
    let area = 0;
    let cumMoney = 0;
    for (const x of sorted) {
      const before = cumMoney;
      cumMoney += x.p * x.n;
      area += (x.n / pupils) * ((before + cumMoney) / 2 / total);
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
