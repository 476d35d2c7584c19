import { PLAN_NAME_TO_CODE, type ProgramCode } from "@allot/engine";

/**
 * A Georgia plan export prints multi-word checkbox answers joined by single spaces
 * ("Economically Disadvantaged Foster Homeless"), so lists are split by the template's vocabulary.
 */
export const SUBGROUPS = [
  "Economically Disadvantaged",
  "Foster",
  "Homeless",
  "English Learners",
  "Migrant",
  "Race / Ethnicity / Minority",
  "Student with Disabilities",
  "Students with Disabilities",
  "Neglected and Delinquent",
  "Immigrant",
  "Gifted",
  "N/A",
];

export const SYSTEMS = [
  "Coherent Instruction",
  "Professional Capacity",
  "Family and Community Engagement",
  "Supportive Learning Environment",
  "Effective Leadership",
];

export const CONTENT_AREAS = [
  "ELA",
  "Mathematics",
  "Science",
  "Social Studies",
  "Fine Arts",
  "World Languages",
  "Health",
  "Physical Education",
  "CTAE",
  "Other",
];

export interface VocabularySplit<T> {
  items: T[];
  /** Text that matched no entry, in order. */
  unknown: string[];
}

/** Greedy longest-match split of `text` by `entries` (each mapped to a value). */
export function splitByVocabulary<T>(
  text: string,
  entries: ReadonlyArray<readonly [string, T]>,
): VocabularySplit<T> {
  const sorted = [...entries].sort((a, b) => b[0].length - a[0].length);
  const items: T[] = [];
  const unknown: string[] = [];
  let rest = text.replace(/\s+/g, " ").trim();
  let pending = "";
  while (rest.length > 0) {
    const hit = sorted.find(([name]) => {
      if (!rest.toLowerCase().startsWith(name.toLowerCase())) return false;
      const next = rest.charAt(name.length);
      return next === "" || next === " " || next === ",";
    });
    if (hit) {
      if (pending) unknown.push(pending.trim());
      pending = "";
      if (!items.includes(hit[1])) items.push(hit[1]);
      rest = rest.slice(hit[0].length).replace(/^[ ,]+/, "");
    } else {
      const space = rest.indexOf(" ");
      const word = space === -1 ? rest : rest.slice(0, space);
      pending += `${word} `;
      rest = space === -1 ? "" : rest.slice(space + 1);
    }
  }
  if (pending.trim()) unknown.push(pending.trim());
  return { items, unknown };
}

export function identity(list: readonly string[]): ReadonlyArray<readonly [string, string]> {
  return list.map((s) => [s, s] as const);
}

export const FUNDING_SOURCE_NAMES: ReadonlyArray<readonly [string, ProgramCode]> =
  PLAN_NAME_TO_CODE;
