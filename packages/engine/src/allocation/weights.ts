/**
 * Need weights: each student counts 1, plus an extra weight for each need (a student can carry
 * several). Weights are kept as integers of ten-thousandths so weighted enrollments are exact.
 */
export interface NeedWeights {
  economicallyDisadvantaged: number;
  englishLearners: number;
  studentsWithDisabilities: number;
  homeless: number;
  foster: number;
  migrant: number;
  /** Extra weight per student once a school's poverty reaches the threshold (concentration of poverty). */
  concentration?: { thresholdBasisPoints: number; weight: number } | null;
}

export interface NeedCounts {
  enrollment: number;
  lowIncome: number;
  englishLearners: number;
  studentsWithDisabilities: number;
  homeless: number;
  foster: number;
  migrant: number;
}

export const NO_WEIGHTS: NeedWeights = {
  economicallyDisadvantaged: 0,
  englishLearners: 0,
  studentsWithDisabilities: 0,
  homeless: 0,
  foster: 0,
  migrant: 0,
  concentration: null,
};

/** Weighted pupils are integers of this many units per pupil. */
export const WEIGHT_SCALE = 10_000;

export class WeightError extends RangeError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Turns a decimal weight into ten-thousandths, refusing negative, huge or over-precise values. */
/** The largest need weight a scenario takes (the form, the API and the engine alike). */
export const MAX_WEIGHT = 20;

export function weightUnits(field: string, value: number): number {
  if (!Number.isFinite(value) || value < 0)
    throw new WeightError(field, `${field} must be a number of at least 0`);
  if (value > MAX_WEIGHT) throw new WeightError(field, `${field} must be at most ${MAX_WEIGHT}`);
  const units = Math.round(value * WEIGHT_SCALE);
  if (Math.abs(units - value * WEIGHT_SCALE) > 1e-6)
    throw new WeightError(field, `${field} has more than four decimal places`);
  return units;
}

/** Checks every weight; returns the problems (empty when all are valid). */
export function weightProblems(w: NeedWeights): WeightError[] {
  const problems: WeightError[] = [];
  const entries: [string, number][] = [
    ["economicallyDisadvantaged", w.economicallyDisadvantaged],
    ["englishLearners", w.englishLearners],
    ["studentsWithDisabilities", w.studentsWithDisabilities],
    ["homeless", w.homeless],
    ["foster", w.foster],
    ["migrant", w.migrant],
  ];
  if (w.concentration) entries.push(["concentration.weight", w.concentration.weight]);
  for (const [field, value] of entries) {
    try {
      weightUnits(field, value);
    } catch (e) {
      if (e instanceof WeightError) problems.push(e);
      else throw e;
    }
  }
  const t = w.concentration?.thresholdBasisPoints;
  if (t !== undefined && (!Number.isInteger(t) || t < 0 || t > 10_000)) {
    problems.push(
      new WeightError(
        "concentration.thresholdBasisPoints",
        "concentration threshold must be 0-10000 basis points",
      ),
    );
  }
  return problems;
}

/** Weighted enrollment in units of 1/10,000 pupil (integer, exact). */
export function weightedEnrollment(c: NeedCounts, w: NeedWeights): number {
  return weighing(w)(c);
}

/**
 * Weighted enrollment with the weights checked and turned into units once, for many schools:
 * a state's run weighs every school, and checking seven weights each time cost more than weighing.
 */
export function weighing(w: NeedWeights): (c: NeedCounts) => number {
  const ed = weightUnits("economicallyDisadvantaged", w.economicallyDisadvantaged);
  const el = weightUnits("englishLearners", w.englishLearners);
  const swd = weightUnits("studentsWithDisabilities", w.studentsWithDisabilities);
  const homeless = weightUnits("homeless", w.homeless);
  const foster = weightUnits("foster", w.foster);
  const migrant = weightUnits("migrant", w.migrant);
  const concentration = w.concentration
    ? {
        thresholdBasisPoints: w.concentration.thresholdBasisPoints,
        units: weightUnits("concentration.weight", w.concentration.weight),
      }
    : null;
  return (c) => {
    let units = c.enrollment * WEIGHT_SCALE;
    units += c.lowIncome * ed;
    units += c.englishLearners * el;
    units += c.studentsWithDisabilities * swd;
    units += c.homeless * homeless;
    units += c.foster * foster;
    units += c.migrant * migrant;
    if (
      concentration &&
      c.enrollment > 0 &&
      c.lowIncome * 10_000 >= concentration.thresholdBasisPoints * c.enrollment
    ) {
      units += c.enrollment * concentration.units;
    }
    return units;
  };
}
