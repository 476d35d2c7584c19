/**
 * The seven federal programs a district budgets, with the statutory facts the engine relies on.
 * Citations are to ESEA as amended by ESSA (20 U.S.C. 6301 ff.), IDEA (20 U.S.C. 1400 ff.) and
 * the McKinney-Vento Act (42 U.S.C. 11431 ff.).
 */
export const PROGRAM_CODES = [
  "TITLE_I_A",
  "TITLE_I_A_1003",
  "TITLE_II_A",
  "TITLE_III_A",
  "TITLE_IV_A",
  "IDEA_B",
  "MCKINNEY_VENTO",
] as const;

export type ProgramCode = (typeof PROGRAM_CODES)[number];

export type Subgroup =
  | "ECONOMICALLY_DISADVANTAGED"
  | "ENGLISH_LEARNERS"
  | "STUDENTS_WITH_DISABILITIES"
  | "HOMELESS"
  | "FOSTER"
  | "MIGRANT"
  | "ALL_STUDENTS";

export interface ProgramFacts {
  code: ProgramCode;
  name: string;
  /** A label for narrow columns and charts ("Title I-A"). */
  shortName: string;
  statute: string;
  purpose: string;
  /** How the program's school money is distributed. */
  allocationBasis: string;
  /** Students the program's school money may follow. */
  eligibleSubgroups: Subgroup[];
  /** Administration cap in basis points of the award (200 = 2%), null when statute sets none. */
  adminCapBasisPoints: number | null;
  adminCapCitation: string | null;
  /** ESEA 5103(b): only Title II-A and Title IV-A may transfer funds out. */
  mayTransferOut: boolean;
  /** Names as a Georgia District Improvement Plan prints them under "Funding Sources". */
  planNames: string[];
}

export const PROGRAMS: Record<ProgramCode, ProgramFacts> = {
  TITLE_I_A: {
    code: "TITLE_I_A",
    name: "Title I, Part A",
    shortName: "Title I-A",
    statute: "ESEA 1111-1118 (20 U.S.C. 6311-6318)",
    purpose: "Supplemental services in high-poverty schools",
    allocationBasis: "Poverty rank and serve (ESEA 1113)",
    eligibleSubgroups: ["ECONOMICALLY_DISADVANTAGED"],
    adminCapBasisPoints: null,
    adminCapCitation: null,
    mayTransferOut: false,
    planNames: ["Title I, Part A"],
  },
  TITLE_I_A_1003: {
    code: "TITLE_I_A_1003",
    name: "Title I, Part A school improvement (1003)",
    shortName: "Title I 1003",
    statute: "ESEA 1003 (20 U.S.C. 6303)",
    purpose: "Schools identified for comprehensive or targeted support and improvement",
    allocationBasis: "CSI/TSI schools only",
    eligibleSubgroups: ["ALL_STUDENTS"],
    adminCapBasisPoints: null,
    adminCapCitation: null,
    mayTransferOut: false,
    planNames: [
      "Title I, Part A SIG",
      "Title I, Part A 1003",
      "Title I, Part A School Improvement",
    ],
  },
  TITLE_II_A: {
    code: "TITLE_II_A",
    name: "Title II, Part A",
    shortName: "Title II-A",
    statute: "ESEA 2101-2104 (20 U.S.C. 6611-6614)",
    purpose: "Teacher and leader development",
    allocationBasis:
      "Need-weighted, CSI/TSI and highest-poverty schools first (ESEA 2102(b)(2)(C))",
    eligibleSubgroups: ["ALL_STUDENTS"],
    adminCapBasisPoints: null,
    adminCapCitation: null,
    mayTransferOut: true,
    planNames: ["Title II, Part A"],
  },
  TITLE_III_A: {
    code: "TITLE_III_A",
    name: "Title III, Part A",
    shortName: "Title III-A",
    statute: "ESEA 3111-3115 (20 U.S.C. 6821-6825)",
    purpose: "English learners and immigrant children",
    allocationBasis: "English-learner counts",
    eligibleSubgroups: ["ENGLISH_LEARNERS"],
    adminCapBasisPoints: 200,
    adminCapCitation: "ESEA 3115(b)",
    mayTransferOut: false,
    planNames: ["Title III, Part A"],
  },
  TITLE_IV_A: {
    code: "TITLE_IV_A",
    name: "Title IV, Part A (SSAE)",
    shortName: "Title IV-A",
    statute: "ESEA 4101-4110 (20 U.S.C. 7111-7120)",
    purpose: "Well-rounded education, safe and healthy students, effective use of technology",
    allocationBasis: "Need-weighted",
    eligibleSubgroups: ["ALL_STUDENTS"],
    adminCapBasisPoints: 200,
    adminCapCitation: "ESEA 4105(c)",
    mayTransferOut: true,
    planNames: ["Title IV, Part A"],
  },
  IDEA_B: {
    code: "IDEA_B",
    name: "IDEA Part B (611 and 619)",
    shortName: "IDEA B",
    statute: "IDEA 611 and 619 (20 U.S.C. 1411, 1419)",
    purpose: "Special education and related services",
    allocationBasis: "Students with disabilities",
    eligibleSubgroups: ["STUDENTS_WITH_DISABILITIES"],
    adminCapBasisPoints: null,
    adminCapCitation: null,
    mayTransferOut: false,
    planNames: ["IDEA", "IDEA Part B"],
  },
  MCKINNEY_VENTO: {
    code: "MCKINNEY_VENTO",
    name: "McKinney-Vento EHCY subgrant",
    shortName: "McKinney-V.",
    statute: "McKinney-Vento Act 723 (42 U.S.C. 11433)",
    purpose: "Homeless children and youth",
    allocationBasis: "Homeless student counts",
    eligibleSubgroups: ["HOMELESS"],
    adminCapBasisPoints: null,
    adminCapCitation: null,
    mayTransferOut: false,
    planNames: ["McKinney-Vento", "McKinney Vento"],
  },
};

export function isProgramCode(value: string): value is ProgramCode {
  return (PROGRAM_CODES as readonly string[]).includes(value);
}

/**
 * ESEA 5103(b): Title II-A and IV-A may transfer into each other and into I-A, I-C, I-D, III-A
 * and V-B. Of the programs Allot budgets that leaves these receivers. Nothing moves out of any
 * other program, and IDEA and McKinney-Vento are outside ESEA altogether.
 */
const TRANSFER_TARGETS: Partial<Record<ProgramCode, readonly ProgramCode[]>> = {
  TITLE_II_A: ["TITLE_I_A", "TITLE_III_A", "TITLE_IV_A"],
  TITLE_IV_A: ["TITLE_I_A", "TITLE_II_A", "TITLE_III_A"],
};

export const TRANSFERABILITY_CITATION = "ESEA 5103(b) (20 U.S.C. 7305b)";

export function transferTargets(from: ProgramCode): readonly ProgramCode[] {
  return TRANSFER_TARGETS[from] ?? [];
}

/** Why a transfer is not allowed, or null when ESEA 5103 allows it. */
export function transferRefusal(from: ProgramCode, to: ProgramCode): string | null {
  if (from === to) return "a program cannot transfer to itself";
  if (!PROGRAMS[from].mayTransferOut) {
    return `${PROGRAMS[from].name} cannot transfer funds out (${TRANSFERABILITY_CITATION})`;
  }
  if (!transferTargets(from).includes(to)) {
    return `${PROGRAMS[from].name} may not transfer into ${PROGRAMS[to].name} (${TRANSFERABILITY_CITATION})`;
  }
  return null;
}

/**
 * Maps a name printed under "Funding Sources" in a Georgia plan to a program code. Longest names
 * are tried first so "Title I, Part A SIG" is not read as "Title I, Part A" plus "SIG".
 */
export const PLAN_NAME_TO_CODE: ReadonlyArray<readonly [string, ProgramCode]> =
  PROGRAM_CODES.flatMap((code) => PROGRAMS[code].planNames.map((n) => [n, code] as const)).sort(
    (a, b) => b[0].length - a[0].length,
  );
