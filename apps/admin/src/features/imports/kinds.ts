import type { TypedDocumentNode } from "@graphql-typed-document-node/core";

import {
  AWARDS_FORMAT,
  BUDGET_LINES_FORMAT,
  formatColumns,
  GEORGIA_DIRECT_CERTIFICATION_FORMAT,
  POSITIONS_FORMAT,
  SCHOOL_AWARDS_FORMAT,
  SCHOOLS_FORMAT,
} from "@allot/district-files/formats";

import {
  ImportAwardsDocument,
  ImportBudgetLinesDocument,
  ImportGeorgiaDirectCertificationDocument,
  ImportPositionsDocument,
  ImportSchoolAwardsDocument,
  ImportSchoolsDocument,
  type FileImportResultFragment,
} from "../../graphql/generated";

export type ImportKind =
  "schools" | "directCertification" | "awards" | "budgetLines" | "positions" | "schoolAwards";
type Variables = { input: { fileName: string; contentBase64: string; dryRun?: boolean | null } };

/** What each import reads, who may run it, and a template to start from. */
export interface KindSpec {
  kind: ImportKind;
  label: string;
  /** The mutation, as the viewer's allowed mutations name it. */
  mutation: string;
  document: TypedDocumentNode<Record<string, FileImportResultFragment>, Variables>;
  description: string;
  /** From the file's reader (@allot/district-files), so the screen says what the reader takes. */
  required: string[];
  optional: string[];
  /** A small valid file to fill in. */
  template: string[][];
  /** Where to see what was imported. */
  after: { label: string; to: string };
}

export const KINDS: KindSpec[] = [
  {
    kind: "schools",
    label: "Schools and their counts",
    mutation: "importSchools",
    document: ImportSchoolsDocument,
    description:
      "One row per school, keyed by its 12-digit NCES id. New schools are added; known ones updated. Low income comes from direct certification x the district's multiplier when the file has no Low Income column.",
    ...formatColumns(SCHOOLS_FORMAT),
    template: [
      [
        "NCES School ID",
        "State School ID",
        "School Name",
        "Level",
        "Grade Low",
        "Grade High",
        "Enrollment",
        "Direct Certified",
        "English Learners",
        "Students With Disabilities",
        "Homeless",
        "Title I Status",
        "Support Designation",
        "Served Last Year",
      ],
      // A sample id no district has (NCES ids never start 0000000): importing the template unchanged
      // is refused instead of overwriting a real school.
      [
        "000000000000",
        "XX-000-0000",
        "Example school: replace this row",
        "ELEMENTARY",
        "PK",
        "5",
        "650",
        "310",
        "80",
        "70",
        "12",
        "SCHOOLWIDE",
        "NONE",
        "yes",
      ],
    ],
    after: { label: "See the schools", to: "/schools" },
  },
  {
    kind: "directCertification",
    label: "Georgia direct certification (GOSA)",
    mutation: "importGeorgiaDirectCertification",
    document: ImportGeorgiaDirectCertificationDocument,
    description:
      "The statewide school-level file from the Governor's Office of Student Achievement (FY2020 or later), as published (.xls) or saved as CSV or XLSX. Only the district's rows are read; schools are matched by state school id (import the schools file with its State School ID column first).",
    ...formatColumns(GEORGIA_DIRECT_CERTIFICATION_FORMAT),
    template: [
      [
        "FISCAL_YEAR",
        "SYSTEM_ID",
        "SYSTEM_NAME",
        "SCHOOL_ID",
        "SCHOOL_NAME",
        "direct_cert_perc",
        "K12_POVERTY_STUDENT_CT",
        "K12_STUDENT_COUNT",
      ],
      [
        "2024",
        "000",
        "Example system: replace this row",
        "0000",
        "Example school",
        "47.7",
        "310",
        "650",
      ],
    ],
    after: { label: "See the schools", to: "/schools" },
  },
  {
    kind: "awards",
    label: "Awards per program",
    mutation: "importAwards",
    document: ImportAwardsDocument,
    description:
      "One row per program and fiscal year, from the grant award notices. A program's award for a year is updated when it exists; a new fiscal year is added. No award may drop below what its budget lines take.",
    ...formatColumns(AWARDS_FORMAT),
    template: [
      ["Fiscal Year", "Program", "Award", "Carryover", "Notes"],
      ["2022", "Title I, Part A", "27486150.00", "2450000.00", "Final allocation"],
      ["2022", "Title II, Part A", "3245600.00", "", ""],
    ],
    after: { label: "See funding by action step", to: "/funding" },
  },
  {
    kind: "budgetLines",
    label: "Budget lines",
    mutation: "importBudgetLines",
    document: ImportBudgetLinesDocument,
    description:
      "Which program pays how much for which action step of the year's plan (like 1.3), at a school or district-wide. Checked as lines typed here are. A line is known by year, program, action step, school and account code: importing it again updates it.",
    ...formatColumns(BUDGET_LINES_FORMAT),
    template: [
      [
        "Fiscal Year",
        "Program",
        "Action Step",
        "NCES School ID",
        "Description",
        "Amount",
        "Account Code",
      ],
      // District-wide (no school), so the sample never changes a real school's lines.
      [
        "2022",
        "Title I, Part A",
        "1.2",
        "",
        "Family literacy nights (example)",
        "1000.00",
        "100-2100-300",
      ],
    ],
    after: { label: "See funding by action step", to: "/funding" },
  },
  {
    kind: "positions",
    label: "Positions (HR system)",
    mutation: "importPositions",
    document: ImportPositionsDocument,
    description:
      "The HR system's export of positions, one row per position and fiscal year, known by its position code: importing it again updates title, job class, school, FTE, salary and status. Funding shares set here are kept and their salary and benefit lines follow; a file that would overspend a program is refused whole. Job classes must exist first (createJobClass in the API).",
    ...formatColumns(POSITIONS_FORMAT),
    template: [
      [
        "Fiscal Year",
        "Position Code",
        "Title",
        "Job Class",
        "NCES School ID",
        "FTE",
        "Salary",
        "Status",
        "Person",
      ],
      // A code no HR system issues and no school, so the sample never changes a real position.
      [
        "2022",
        "EXAMPLE-0001",
        "Example position: replace this row",
        "COACH",
        "",
        "1.00",
        "60000.00",
        "Vacant",
        "",
      ],
    ],
    after: { label: "See the positions", to: "/positions" },
  },
  {
    kind: "schoolAwards",
    label: "State awards per school (1003)",
    mutation: "importSchoolAwards",
    document: ImportSchoolAwardsDocument,
    description:
      "The state's allocations to single schools, such as 1003 school improvement to the schools designated for support: one row per school, program and year, the school by NCES or state id. Importing again updates a school's award; it may not drop below what the school's lines of that program take.",
    ...formatColumns(SCHOOL_AWARDS_FORMAT),
    template: [
      ["Fiscal Year", "Program", "NCES School ID", "State School ID", "Amount"],
      // An id no school has, so the sample never changes a real school's award.
      ["2022", "Title I-A 1003", "000000000000", "", "0.00"],
    ],
    after: { label: "See the budget", to: "/budget" },
  },
];

/** The imports a person may run, by the mutations their role allows. */
export function importsFor(allowedMutations: readonly string[]): KindSpec[] {
  return KINDS.filter((k) => allowedMutations.includes(k.mutation));
}
