import { PlanImportError, type ImportProblem } from "./types.js";

export interface StrategicActionStepText {
  code: string;
  description: string;
  /** Georgia Vision for Public Education standards cited, e.g. ["4.3", "5.1"]. */
  gvpeReferences: string[];
}
export interface StrategicInitiativeText {
  code: string;
  description: string;
  actionSteps: StrategicActionStepText[];
}
export interface PerformanceObjectiveText {
  code: string;
  description: string;
  initiatives: StrategicInitiativeText[];
}
export interface StrategicGoalText {
  number: number;
  title: string;
  description: string;
  objectives: PerformanceObjectiveText[];
}
export interface ParsedStrategicPlan {
  title: string;
  startYear: number;
  endYear: number;
  goals: StrategicGoalText[];
  /** The addendum's choice of priority objectives; null when the text has no addendum. */
  priorities: PriorityObjectivesText | null;
}

/**
 * "Addendum: Performance Objectives Priorities": when the team chose and how many objectives it
 * chose, and the objectives it names. Clayton County's addendum says it chose four without
 * naming them in the text (they were in a picture), so `objectiveCodes` may be short of `count`.
 */
export interface PriorityObjectivesText {
  /** ISO date of the meeting ("met on January 27, 2022"), when stated. */
  chosenOn: string | null;
  count: number | null;
  objectiveCodes: string[];
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const COUNT_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** Reads the addendum's lines (everything after its heading). */
function readPriorities(lines: readonly string[]): PriorityObjectivesText {
  const out: PriorityObjectivesText = { chosenOn: null, count: null, objectiveCodes: [] };
  for (const line of lines) {
    const date = /\b([A-Z][a-z]{2,8}) (\d{1,2}), (\d{4})\b/.exec(line);
    const month = date ? MONTHS.indexOf(date[1]!.toLowerCase()) : -1;
    if (!out.chosenOn && date && month >= 0)
      out.chosenOn = `${date[3]}-${String(month + 1).padStart(2, "0")}-${date[2]!.padStart(2, "0")}`;
    const count = /\bselected (\w+) Performance Objectives\b/i.exec(line);
    if (out.count === null && count) {
      const word = count[1]!.toLowerCase();
      const n = /^\d{1,2}$/.test(word) ? Number(word) : COUNT_WORDS.indexOf(word) + 1;
      if (n > 0) out.count = n;
    }
    for (const m of line.matchAll(/\bPerformance Objective (\d{1,2}\.\d{1,2})\b/gi))
      if (!out.objectiveCodes.includes(m[1]!)) out.objectiveCodes.push(m[1]!);
  }
  return out;
}

/**
 * Reads a strategic improvement plan: goals -> performance objectives -> initiatives -> action
 * steps numbered like 5.1.2a. The document prints "Action Step", "Action Steps" and "Action Plan"
 * for the same thing, with or without a colon after the number; all are accepted.
 */
export function parseStrategicPlan(text: string): ParsedStrategicPlan {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const problems: ImportProblem[] = [];
  const goals: StrategicGoalText[] = [];
  let startYear: number | null = null;
  let endYear: number | null = null;
  let expectGoalDescription: StrategicGoalText | null = null;
  let priorities: PriorityObjectivesText | null = null;

  const goal = () => goals.at(-1);
  const objective = () => goal()?.objectives.at(-1);
  const initiative = () => objective()?.initiatives.at(-1);

  for (const [index, raw] of lines.entries()) {
    const n = index + 1;
    const line = raw.trim();
    if (!line) continue;
    if (/^Addendum\b/i.test(line)) {
      priorities = readPriorities(lines.slice(index + 1));
      break;
    }

    // The text also names the previous plan ("the 2018-2021 Strategic Improvement Plan"): keep
    // the latest span mentioned.
    for (const years of line.matchAll(/(\d{4})\s*-\s*(\d{4}) Strategic Improvement Plan/gi)) {
      if (endYear === null || Number(years[2]) > endYear) {
        startYear = Number(years[1]);
        endYear = Number(years[2]);
      }
    }

    let m = /^Goal\s+(\d+):(.+)$/i.exec(line);
    if (m) {
      const g = { number: Number(m[1]), title: m[2]!.trim(), description: "", objectives: [] };
      goals.push(g);
      expectGoalDescription = g;
      continue;
    }
    m = /^Performance Objective\s+(\d+\.\d+)(?!\d):?(.+)$/i.exec(line);
    if (m) {
      expectGoalDescription = null;
      const g = goal();
      if (!g || !m[1]!.startsWith(`${g.number}.`)) {
        problems.push({ line: n, message: `performance objective ${m[1]} is not under its goal` });
        continue;
      }
      g.objectives.push({ code: m[1]!, description: m[2]!.trim(), initiatives: [] });
      continue;
    }
    m = /^Initiative\s+(\d+\.\d+\.\d+)(?!\d):?(.+)$/i.exec(line);
    if (m) {
      const o = objective();
      if (!o || !m[1]!.startsWith(`${o.code}.`)) {
        problems.push({
          line: n,
          message: `initiative ${m[1]} is not under its performance objective`,
        });
        continue;
      }
      o.initiatives.push({ code: m[1]!, description: m[2]!.trim(), actionSteps: [] });
      continue;
    }
    m = /^Action (?:Steps?|Plan)\s+(\d+\.\d+\.\d+[a-z])(?![a-z]):?(.+)$/i.exec(line);
    if (m) {
      const i = initiative();
      const code = m[1]!.toLowerCase();
      if (!i || !code.startsWith(`${i.code}`)) {
        problems.push({ line: n, message: `action step ${code} is not under its initiative` });
        continue;
      }
      const description = m[2]!.trim();
      const refs = [...description.matchAll(/\(GVPE\s([\d.,\s]+)\)/gi)].flatMap((r) =>
        r[1]!.split(/[,\s]+/).filter(Boolean),
      );
      i.actionSteps.push({ code, description, gvpeReferences: refs });
      continue;
    }
    if (expectGoalDescription && !expectGoalDescription.description) {
      expectGoalDescription.description = line;
      expectGoalDescription = null;
    }
  }

  if (goals.length === 0) problems.push({ line: null, message: 'no "Goal N:" line found' });
  if (startYear === null || endYear === null) {
    problems.push({
      line: null,
      message: 'no "YYYY-YYYY Strategic Improvement Plan" line gives the plan years',
    });
  }
  if (problems.length) throw new PlanImportError(problems);
  return {
    title: `Strategic Improvement Plan ${startYear}-${endYear}`,
    startYear: startYear!,
    endYear: endYear!,
    goals,
    priorities,
  };
}
