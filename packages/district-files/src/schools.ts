import type { Table } from "./table.js";

/** A problem in a file, where the person who made it can find it: spreadsheet row and column. */
export interface FileProblem {
  /** 1 is the header row; the first school is row 2. Null for the file as a whole. */
  row: number | null;
  /** The column's header as written in the file (or the expected one when it is missing). */
  column: string | null;
  message: string;
}

export const SCHOOL_LEVELS = ["ELEMENTARY", "MIDDLE", "HIGH", "OTHER"] as const;
export const SUPPORT_DESIGNATIONS = ["NONE", "TSI", "ATSI", "CSI"] as const;
export const TITLE_I_STATUSES = ["SCHOOLWIDE", "TARGETED", "NONE"] as const;

/** One school as the file gives it; lowIncome is null when the file gives direct certification only. */
export interface SchoolRecord {
  row: number;
  ncesSchoolId: string;
  name: string;
  level: (typeof SCHOOL_LEVELS)[number];
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
  supportDesignation: (typeof SUPPORT_DESIGNATIONS)[number];
  titleIStatus: (typeof TITLE_I_STATUSES)[number];
  servedLastYear: boolean;
}

type Field = Exclude<keyof SchoolRecord, "row">;

/**
 * The columns, by the names districts use for them. Headers match ignoring case, spaces and
 * punctuation, so "NCES School ID", "nces_school_id" and "NCESSCH" are one column.
 */
const COLUMNS: { field: Field; header: string; aliases: string[]; required: boolean }[] = [
  { field: "ncesSchoolId", header: "NCES School ID", aliases: ["ncesschoolid", "ncessch", "ncesid", "schoolncesid", "ncesschoolcode"], required: true },
  { field: "name", header: "School Name", aliases: ["schoolname", "name", "school"], required: true },
  { field: "level", header: "Level", aliases: ["level", "schoollevel", "gradelevel"], required: true },
  { field: "gradeLow", header: "Grade Low", aliases: ["gradelow", "lowgrade", "lowestgrade"], required: true },
  { field: "gradeHigh", header: "Grade High", aliases: ["gradehigh", "highgrade", "highestgrade"], required: true },
  { field: "enrollment", header: "Enrollment", aliases: ["enrollment", "totalenrollment", "enrolled", "membership"], required: true },
  { field: "directCertified", header: "Direct Certified", aliases: ["directcertified", "directcert", "directcertification", "directcertcount", "directlycertified", "identifiedstudents"], required: false },
  { field: "lowIncome", header: "Low Income", aliases: ["lowincome", "lowincomechildren", "economicallydisadvantaged"], required: false },
  { field: "englishLearners", header: "English Learners", aliases: ["englishlearners", "el", "ell", "els"], required: false },
  { field: "studentsWithDisabilities", header: "Students With Disabilities", aliases: ["studentswithdisabilities", "swd", "disabilities"], required: false },
  { field: "homeless", header: "Homeless", aliases: ["homeless", "mckinneyvento"], required: false },
  { field: "foster", header: "Foster", aliases: ["foster", "fostercare"], required: false },
  { field: "migrant", header: "Migrant", aliases: ["migrant"], required: false },
  { field: "supportDesignation", header: "Support Designation", aliases: ["supportdesignation", "designation", "essadesignation"], required: false },
  { field: "titleIStatus", header: "Title I Status", aliases: ["titleistatus", "titlei", "titleiprogram"], required: false },
  { field: "servedLastYear", header: "Served Last Year", aliases: ["servedlastyear", "titleilastyear"], required: false },
];

const key = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, "");
const GRADES = new Set(["PK", "K", ...Array.from({ length: 12 }, (_, i) => String(i + 1))]);
const LEVEL_WORDS: Record<string, (typeof SCHOOL_LEVELS)[number]> = { E: "ELEMENTARY", ES: "ELEMENTARY", ELEMENTARY: "ELEMENTARY", M: "MIDDLE", MS: "MIDDLE", MIDDLE: "MIDDLE", H: "HIGH", HS: "HIGH", HIGH: "HIGH", OTHER: "OTHER" };
const TITLE_I_WORDS: Record<string, (typeof TITLE_I_STATUSES)[number]> = { SW: "SCHOOLWIDE", SWP: "SCHOOLWIDE", SCHOOLWIDE: "SCHOOLWIDE", TA: "TARGETED", TAS: "TARGETED", TARGETED: "TARGETED", NONE: "NONE", NO: "NONE", "": "NONE" };
const YES = new Set(["Y", "YES", "TRUE", "1", "X"]);
const NO = new Set(["N", "NO", "FALSE", "0", ""]);

/**
 * Schools and their counts from a table. Every problem is reported, each with its row and
 * column; the records (of the rows that could be read) are for checking further, and may be
 * written only when there is no problem at all.
 */
export function readSchools(table: Table): { schools: SchoolRecord[]; problems: FileProblem[] } {
  const problems: FileProblem[] = [];
  const header = table[0] ?? [];
  const at = new Map<Field, { index: number; header: string }>();
  header.forEach((h, index) => {
    const spec = COLUMNS.find((c) => c.aliases.includes(key(h)));
    if (!spec) return;
    if (at.has(spec.field)) problems.push({ row: 1, column: h, message: `"${h}" repeats the ${spec.header} column ("${at.get(spec.field)!.header}").` });
    else at.set(spec.field, { index, header: h });
  });
  for (const c of COLUMNS) if (c.required && !at.has(c.field)) problems.push({ row: 1, column: c.header, message: `The file has no ${c.header} column.` });
  if (!at.has("directCertified") && !at.has("lowIncome")) problems.push({ row: 1, column: "Direct Certified", message: "The file needs a Direct Certified or a Low Income column." });
  if (problems.length) return { schools: [], problems };

  const schools: SchoolRecord[] = [];
  const seen = new Map<string, number>();
  for (let i = 1; i < table.length; i++) {
    const cells = table[i]!;
    if (cells.every((c) => c === "")) continue; // blank lines between blocks
    const row = i + 1;
    const text = (f: Field) => (at.has(f) ? (cells[at.get(f)!.index] ?? "").trim() : "");
    const column = (f: Field) => at.get(f)?.header ?? COLUMNS.find((c) => c.field === f)!.header;
    const problem = (f: Field, message: string) => problems.push({ row, column: column(f), message });
    const count = (f: Field, optional: boolean): number => {
      const v = text(f).replace(/,/g, "");
      if (v === "") {
        if (!optional) problem(f, "is empty: a count of students is needed.");
        return 0;
      }
      if (!/^\d+$/.test(v)) {
        problem(f, `"${text(f)}" is not a whole number of students.`);
        return 0;
      }
      return Number(v);
    };
    const choice = <T extends string>(f: Field, words: Record<string, T>, allowed: readonly string[], fallback: T): T => {
      const v = text(f).toUpperCase();
      if (v === "") return fallback;
      const found = words[v] ?? (allowed.includes(v) ? (v as T) : undefined);
      if (!found) problem(f, `"${text(f)}" is not one of ${allowed.join(", ")}.`);
      return found ?? fallback;
    };

    const nces = text("ncesSchoolId").replace(/\s/g, "");
    if (!/^\d{12}$/.test(nces)) problem("ncesSchoolId", `"${text("ncesSchoolId")}" is not a 12-digit NCES school id.`);
    else if (seen.has(nces)) problem("ncesSchoolId", `${nces} is also on row ${seen.get(nces)!}.`);
    else seen.set(nces, row);
    const name = text("name");
    if (!name) problem("name", "is empty.");
    else if (name.length > 255) problem("name", "is longer than 255 characters.");
    const grade = (f: "gradeLow" | "gradeHigh") => {
      const v = text(f).toUpperCase().replace(/^0(\d)$/, "$1").replace(/^KG$/, "K").replace(/^PRE-?K$/, "PK");
      if (!GRADES.has(v)) problem(f, `"${text(f)}" is not a grade (PK, K or 1-12).`);
      return v;
    };
    const record: SchoolRecord = {
      row,
      ncesSchoolId: nces,
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
    else if (!NO.has(served)) problem("servedLastYear", `"${text("servedLastYear")}" is not yes or no.`);
    if (record.lowIncome !== null && record.lowIncome > record.enrollment) problem("lowIncome", `${record.lowIncome} low-income students is more than the enrollment of ${record.enrollment}.`);
    for (const f of ["directCertified", "englishLearners", "studentsWithDisabilities", "homeless", "foster", "migrant"] as const) {
      if (record[f] > record.enrollment) problem(f, `${record[f]} is more than the enrollment of ${record.enrollment}.`);
    }
    schools.push(record);
  }
  if (schools.length === 0 && problems.length === 0) problems.push({ row: null, column: null, message: "The file has a header but no schools." });
  return { schools, problems };
}
