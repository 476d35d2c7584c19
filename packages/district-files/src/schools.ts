import {
  SCHOOL_LEVELS,
  SUPPORT_DESIGNATIONS,
  TITLE_I_STATUSES,
  type SchoolLevel,
  type SupportDesignation,
  type TitleIStatus,
} from "@allot/engine";

import {
  locateColumns,
  recordRows,
  rowCells,
  type ColumnSpec,
  type FileFormat,
  type FileProblem,
} from "./columns.js";
import type { Table } from "./table.js";

/** One school as the file gives it; lowIncome is null when the file gives direct certification only. */
export interface SchoolRecord {
  row: number;
  ncesSchoolId: string;
  /** The state's id, as the Common Core of Data writes it ("GA-631-0103"); null when the file has none. */
  stateSchoolId: string | null;
  name: string;
  level: SchoolLevel;
  gradeLow: string;
  gradeHigh: string;
  enrollment: number;
  directCertified: number;
  lowIncome: number | null;
  englishLearners: number;
  studentsWithDisabilities: number;
  homeless: number;
  foster: number;
  migrant: number;
  supportDesignation: SupportDesignation;
  titleIStatus: TitleIStatus;
  servedLastYear: boolean;
}

type Field = Exclude<keyof SchoolRecord, "row">;

/**
 * The columns, by the names districts use for them. Headers match ignoring case, spaces and
 * punctuation, so "NCES School ID", "nces_school_id" and "NCESSCH" are one column.
 */
const COLUMNS: ColumnSpec<Field>[] = [
  {
    field: "ncesSchoolId",
    header: "NCES School ID",
    aliases: ["ncesschoolid", "ncessch", "ncesid", "schoolncesid", "ncesschoolcode"],
    required: true,
  },
  {
    field: "stateSchoolId",
    header: "State School ID",
    aliases: ["stateschoolid", "stschid", "stateid", "stateschoolcode"],
    required: false,
  },
  {
    field: "name",
    header: "School Name",
    aliases: ["schoolname", "name", "school"],
    required: true,
  },
  {
    field: "level",
    header: "Level",
    aliases: ["level", "schoollevel", "gradelevel"],
    required: true,
  },
  {
    field: "gradeLow",
    header: "Grade Low",
    aliases: ["gradelow", "lowgrade", "lowestgrade"],
    required: true,
  },
  {
    field: "gradeHigh",
    header: "Grade High",
    aliases: ["gradehigh", "highgrade", "highestgrade"],
    required: true,
  },
  {
    field: "enrollment",
    header: "Enrollment",
    aliases: ["enrollment", "totalenrollment", "enrolled", "membership"],
    required: true,
  },
  {
    field: "directCertified",
    header: "Direct Certified",
    aliases: [
      "directcertified",
      "directcert",
      "directcertification",
      "directcertcount",
      "directlycertified",
      "identifiedstudents",
    ],
    required: false,
  },
  {
    field: "lowIncome",
    header: "Low Income",
    aliases: ["lowincome", "lowincomechildren", "economicallydisadvantaged"],
    required: false,
  },
  {
    field: "englishLearners",
    header: "English Learners",
    aliases: ["englishlearners", "el", "ell", "els"],
    required: false,
  },
  {
    field: "studentsWithDisabilities",
    header: "Students With Disabilities",
    aliases: ["studentswithdisabilities", "swd", "disabilities"],
    required: false,
  },
  {
    field: "homeless",
    header: "Homeless",
    aliases: ["homeless", "mckinneyvento"],
    required: false,
  },
  { field: "foster", header: "Foster", aliases: ["foster", "fostercare"], required: false },
  { field: "migrant", header: "Migrant", aliases: ["migrant"], required: false },
  {
    field: "supportDesignation",
    header: "Support Designation",
    aliases: ["supportdesignation", "designation", "essadesignation"],
    required: false,
  },
  {
    field: "titleIStatus",
    header: "Title I Status",
    aliases: ["titleistatus", "titlei", "titleiprogram"],
    required: false,
  },
  {
    field: "servedLastYear",
    header: "Served Last Year",
    aliases: ["servedlastyear", "titleilastyear"],
    required: false,
  },
];

/** What this reader takes (see FileFormat). */
export const SCHOOLS_FORMAT: FileFormat = {
  columns: COLUMNS,
  atLeastOneOf: [["Direct Certified", "Low Income"]],
};

const GRADES = new Set(["PK", "K", ...Array.from({ length: 12 }, (_, i) => String(i + 1))]);
const LEVEL_WORDS: Record<string, SchoolLevel> = {
  E: "ELEMENTARY",
  ES: "ELEMENTARY",
  ELEMENTARY: "ELEMENTARY",
  M: "MIDDLE",
  MS: "MIDDLE",
  MIDDLE: "MIDDLE",
  H: "HIGH",
  HS: "HIGH",
  HIGH: "HIGH",
  OTHER: "OTHER",
};
const TITLE_I_WORDS: Record<string, TitleIStatus> = {
  SW: "SCHOOLWIDE",
  SWP: "SCHOOLWIDE",
  SCHOOLWIDE: "SCHOOLWIDE",
  TA: "TARGETED",
  TAS: "TARGETED",
  TARGETED: "TARGETED",
  NONE: "NONE",
  NO: "NONE",
  "": "NONE",
};
const YES = new Set(["Y", "YES", "TRUE", "1", "X"]);
const NO = new Set(["N", "NO", "FALSE", "0", ""]);

/**
 * Schools and their counts from a table. Every problem is reported, each with its row and
 * column; the records (of the rows that could be read) are for checking further, and may be
 * written only when there is no problem at all.
 */
export function readSchools(table: Table): { schools: SchoolRecord[]; problems: FileProblem[] } {
  const { at, problems } = locateColumns(table[0] ?? [], COLUMNS);
  if (!at.has("directCertified") && !at.has("lowIncome"))
    problems.push({
      row: 1,
      column: "Direct Certified",
      message: "The file needs a Direct Certified or a Low Income column.",
    });
  if (problems.length) return { schools: [], problems };

  const schools: SchoolRecord[] = [];
  const seen = new Map<string, number>();
  const seenState = new Map<string, number>();
  for (const { row, cells } of recordRows(table)) {
    const { text, problem, count, countReadable, choice } = rowCells(
      at,
      COLUMNS,
      cells,
      row,
      problems,
    );
    const nces = text("ncesSchoolId").replace(/\s/g, "");
    if (!/^\d{12}$/.test(nces))
      problem("ncesSchoolId", `"${text("ncesSchoolId")}" is not a 12-digit NCES school id.`);
    else if (seen.has(nces)) problem("ncesSchoolId", `${nces} is also on row ${seen.get(nces)!}.`);
    else seen.set(nces, row);
    const stateSchoolId = text("stateSchoolId").toUpperCase().replace(/\s/g, "") || null;
    if (stateSchoolId !== null) {
      if (!/^[A-Z]{2}-[A-Z0-9-]{1,27}$/.test(stateSchoolId))
        problem(
          "stateSchoolId",
          `"${text("stateSchoolId")}" is not a state school id like GA-631-0103.`,
        );
      else if (seenState.has(stateSchoolId))
        problem(
          "stateSchoolId",
          `${stateSchoolId} is also on row ${seenState.get(stateSchoolId)!}.`,
        );
      else seenState.set(stateSchoolId, row);
    }
    const name = text("name");
    if (!name) problem("name", "is empty.");
    else if (name.length > 255) problem("name", "is longer than 255 characters.");
    const grade = (f: "gradeLow" | "gradeHigh") => {
      const v = text(f)
        .toUpperCase()
        .replace(/^0(\d)$/, "$1")
        .replace(/^KG$/, "K")
        .replace(/^PRE-?K$/, "PK");
      if (!GRADES.has(v)) problem(f, `"${text(f)}" is not a grade (PK, K or 1-12).`);
      return v;
    };
    const record: SchoolRecord = {
      row,
      ncesSchoolId: nces,
      stateSchoolId,
      name,
      level: choice("level", LEVEL_WORDS, SCHOOL_LEVELS, "OTHER"),
      gradeLow: grade("gradeLow"),
      gradeHigh: grade("gradeHigh"),
      enrollment: count("enrollment", false),
      directCertified: count("directCertified", true),
      lowIncome: at.has("lowIncome") && text("lowIncome") !== "" ? count("lowIncome", true) : null,
      englishLearners: count("englishLearners", true),
      studentsWithDisabilities: count("studentsWithDisabilities", true),
      homeless: count("homeless", true),
      foster: count("foster", true),
      migrant: count("migrant", true),
      supportDesignation: choice("supportDesignation", {}, SUPPORT_DESIGNATIONS, "NONE"),
      titleIStatus: choice("titleIStatus", TITLE_I_WORDS, TITLE_I_STATUSES, "NONE"),
      servedLastYear: false,
    };
    const served = text("servedLastYear").toUpperCase();
    if (YES.has(served)) record.servedLastYear = true;
    else if (!NO.has(served))
      problem("servedLastYear", `"${text("servedLastYear")}" is not yes or no.`);
    // Counts are checked against enrollment only when the enrollment itself could be read.
    if (!countReadable("enrollment")) {
      schools.push(record);
      continue;
    }
    if (record.lowIncome !== null && record.lowIncome > record.enrollment)
      problem(
        "lowIncome",
        `${record.lowIncome} low-income students is more than the enrollment of ${record.enrollment}.`,
      );
    for (const f of [
      "directCertified",
      "englishLearners",
      "studentsWithDisabilities",
      "homeless",
      "foster",
      "migrant",
    ] as const) {
      if (record[f] > record.enrollment)
        problem(f, `${record[f]} is more than the enrollment of ${record.enrollment}.`);
    }
    schools.push(record);
  }
  if (schools.length === 0 && problems.length === 0)
    problems.push({ row: null, column: null, message: "The file has a header but no schools." });
  return { schools, problems };
}
