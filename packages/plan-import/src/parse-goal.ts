/**
 * A plan goal as a measure: what the text of the goal states about its baseline, its target and
 * the year it is due, and what it leaves for a person to complete. Read with short, anchored
 * patterns (no backtracking across the sentence), never guessed: a figure the text does not give
 * stays null and is named in `missing`.
 */
export interface GoalMeasure {
  /** What is measured, as the goal names it ("graduation rate", "proficiency on the state assessments"). */
  measure: string | null;
  /** Where the figures come from, when the goal says ("state assessments"). */
  dataSource: string | null;
  /** "PERCENT" for a rate; "PERCENTAGE_POINTS" for growth stated in points. */
  unit: "PERCENT" | "PERCENTAGE_POINTS";
  baseline: number | null;
  baselineYear: number | null;
  target: number | null;
  targetYear: number | null;
  /** Growth a year in percentage points ("increase by 3 percentage points each school year"). */
  annualChange: number | null;
  /** The fields a person still has to enter: baseline, baselineYear, target, measure... */
  missing: string[];
}

const YEAR = /\bby (20\d\d)\b/i;
// "from 69.6% to 90%": two percentages, each at most three digits and one decimal part.
const FROM_TO = /\bfrom (\d{1,3}(?:\.\d{1,2})?)\s?% to (\d{1,3}(?:\.\d{1,2})?)\s?%/i;
// "increase by 3% percentage points" / "by 3 percentage points"
const BY_POINTS = /\bby (\d{1,2}(?:\.\d{1,2})?)\s?%? ?percentage points?\b/i;
const EACH_YEAR = /\beach (?:school )?year\b|\bannually\b|\bper year\b/i;
const EVIDENCED_BY = /\bas evidenced by (?:the )?([a-z][a-z ]{2,60}?)[.;,]?$/i;
const INCREASE_THE = /\bincrease the ([a-z][a-z ]{2,40}?) from\b/i;

export function parseGoal(text: string): GoalMeasure {
  const t = text.trim().slice(0, 2_000);
  const year = YEAR.exec(t);
  const fromTo = FROM_TO.exec(t);
  const points = BY_POINTS.exec(t);
  const evidenced = EVIDENCED_BY.exec(t);
  const named = INCREASE_THE.exec(t);
  const annual = points && EACH_YEAR.test(t) ? Number(points[1]) : null;
  const dataSource = evidenced ? evidenced[1]!.trim() : null;
  const measure = named
    ? named[1]!.trim()
    : /\bproficien/i.test(t)
      ? dataSource
        ? `students scoring proficient on the ${dataSource}`
        : "students scoring proficient"
      : null;
  const goal: GoalMeasure = {
    measure,
    dataSource,
    unit: fromTo ? "PERCENT" : points ? "PERCENTAGE_POINTS" : "PERCENT",
    baseline: fromTo ? Number(fromTo[1]) : null,
    // A plan states its baseline's value, seldom its year: that is for a person to enter.
    baselineYear: null,
    target: fromTo ? Number(fromTo[2]) : null,
    targetYear: year ? Number(year[1]) : null,
    annualChange: annual,
    missing: [],
  };
  goal.missing = goalMissing(goal);
  return goal;
}

type GoalFields = Omit<GoalMeasure, "unit" | "missing">;

/**
 * What a goal still lacks to be measured, in order: measure, data source, baseline and its year,
 * target (unless growth a year stands in for it) and its year. The importer and the API use it.
 */
export function goalMissing(g: { [K in keyof GoalFields]: GoalFields[K] | null }): string[] {
  const required: (keyof GoalFields)[] = ["measure", "dataSource", "baseline", "baselineYear"];
  if (g.annualChange === null) required.push("target");
  required.push("targetYear");
  return required.filter((k) => g[k] === null);
}
