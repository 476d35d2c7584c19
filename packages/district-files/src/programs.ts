import { PROGRAM_CODES, PROGRAMS, type ProgramCode } from "@allot/engine";

import { headerKey } from "./columns.js";

/** Other names finance offices and state systems give the programs in their spreadsheets. */
const MORE_NAMES: Record<ProgramCode, string[]> = {
  TITLE_I_A: ["Title I", "Title 1", "Title 1-A", "Title I Part A", "ESEA 1111"],
  TITLE_I_A_1003: [
    "Title I-A 1003",
    "1003",
    "1003(a)",
    "School Improvement",
    "Title I School Improvement",
    "Title I-A School Improvement",
  ],
  TITLE_II_A: ["Title II", "Title 2", "Title 2-A", "Title II Part A"],
  TITLE_III_A: ["Title III", "Title 3", "Title 3-A", "Title III Part A", "ESOL"],
  TITLE_IV_A: [
    "Title IV",
    "Title 4",
    "Title 4-A",
    "Title IV Part A",
    "SSAE",
    "Student Support and Academic Enrichment",
  ],
  IDEA_B: ["IDEA", "IDEA Part B", "IDEA 611", "Special Education", "IDEA-B"],
  MCKINNEY_VENTO: [
    "McKinney-Vento",
    "McKinney Vento",
    "Homeless",
    "EHCY",
    "Education for Homeless Children and Youth",
  ],
};

const BY_KEY = new Map<string, ProgramCode>(
  PROGRAM_CODES.flatMap((code) =>
    [code, PROGRAMS[code].name, ...PROGRAMS[code].planNames, ...MORE_NAMES[code]].map(
      (n) => [headerKey(n), code] as const,
    ),
  ),
);

/** The program a spreadsheet cell names ("TITLE_I_A", "Title I, Part A", "Title I-A"), or null. */
export function programOf(text: string): ProgramCode | null {
  return BY_KEY.get(headerKey(text)) ?? null;
}

/** The program a cell names, or null with the problem told (naming the programs there are). */
export function programCell(text: string, problem: (message: string) => void): ProgramCode | null {
  const program = programOf(text);
  if (!program)
    problem(
      text
        ? `"${text}" is not one of the programs (${PROGRAM_CODES.map((c) => PROGRAMS[c].name).join("; ")}).`
        : "is empty.",
    );
  return program;
}
