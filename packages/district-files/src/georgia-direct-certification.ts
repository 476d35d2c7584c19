import {
  headerKey,
  locateColumns,
  recordRows,
  rowCells,
  type ColumnSpec,
  type FileFormat,
  type FileProblem,
} from "./columns.js";
import type { Table } from "./table.js";

/**
 * One school's row of Georgia's direct-certification file, as the Governor's Office of Student
 * Achievement publishes it (gosa.georgia.gov, Downloadable Data: "Direct Certification", school
 * level): FISCAL_YEAR, SYSTEM_ID, SYSTEM_NAME, SCHOOL_ID, SCHOOL_NAME, direct_cert_perc and, from
 * FY2020, the counts K12_POVERTY_STUDENT_CT and K12_STUDENT_COUNT.
 */
export interface DirectCertificationRecord {
  row: number;
  fiscalYear: number;
  /** The state's school id as the Common Core of Data writes it: "GA-" + system + "-" + school. */
  stateSchoolId: string;
  schoolName: string;
  /** K12_POVERTY_STUDENT_CT: K-12 students directly certified. */
  directCertified: number;
  /** K12_STUDENT_COUNT: the K-12 students the percentage is of. */
  k12Students: number;
}

type Field =
  | "fiscalYear"
  | "systemId"
  | "schoolId"
  | "schoolName"
  | "directCertified"
  | "k12Students"
  | "percent";

const COLUMNS: ColumnSpec<Field>[] = [
  {
    field: "fiscalYear",
    header: "FISCAL_YEAR",
    aliases: ["fiscalyear", "schoolyear"],
    required: true,
  },
  {
    field: "systemId",
    header: "SYSTEM_ID",
    aliases: ["systemid", "schooldstrctcd"],
    required: true,
  },
  { field: "schoolId", header: "SCHOOL_ID", aliases: ["schoolid", "instnnumber"], required: true },
  {
    field: "schoolName",
    header: "SCHOOL_NAME",
    aliases: ["schoolname", "instnname"],
    required: false,
  },
  {
    field: "directCertified",
    header: "K12_POVERTY_STUDENT_CT",
    aliases: ["k12povertystudentct"],
    required: false,
  },
  {
    field: "k12Students",
    header: "K12_STUDENT_COUNT",
    aliases: ["k12studentcount"],
    required: false,
  },
  { field: "percent", header: "direct_cert_perc", aliases: ["directcertperc"], required: false },
];

/** What this reader takes (see FileFormat). */
export const GEORGIA_DIRECT_CERTIFICATION_FORMAT: FileFormat = {
  columns: COLUMNS,
  atLeastOneOf: [["K12_POVERTY_STUDENT_CT"]],
};

/** GOSA's 2017 and 2018 files put a note above the header; the header is the row naming SYSTEM_ID and SCHOOL_ID. */
function headerIndex(table: Table): number {
  const found = table
    .slice(0, 10)
    .findIndex(
      (r) =>
        r.some((c) => headerKey(c) === "systemid") && r.some((c) => headerKey(c) === "schoolid"),
    );
  return Math.max(0, found);
}

/**
 * The rows of one school system (Georgia's 3-digit system code, "631" for Clayton County) from the
 * statewide file: the other systems' rows are passed over unread. Every problem in this system's
 * rows is named by row and column.
 */
export function readGeorgiaDirectCertification(
  table: Table,
  systemId: string,
): { records: DirectCertificationRecord[]; problems: FileProblem[]; rowsOfOtherSystems: number } {
  const at0 = headerIndex(table);
  const { at, problems } = locateColumns(table[at0] ?? [], COLUMNS, at0 + 1);
  if (!problems.length && !at.has("directCertified")) {
    problems.push({
      row: at0 + 1,
      column: "K12_POVERTY_STUDENT_CT",
      message:
        "The file gives percentages only (GOSA publishes the counts from FY2020 on); import a FY2020 or later file.",
    });
  }
  if (problems.length) return { records: [], problems, rowsOfOtherSystems: 0 };
  const records: DirectCertificationRecord[] = [];
  const seen = new Map<string, number>();
  let rowsOfOtherSystems = 0;
  for (const { row, cells } of recordRows(table, at0)) {
    const { text, problem, count, fiscalYear } = rowCells(at, COLUMNS, cells, row, problems);
    const system = text("systemId").padStart(3, "0");
    if (system !== systemId.padStart(3, "0")) {
      rowsOfOtherSystems++;
      continue;
    }
    const school = text("schoolId");
    if (!/^\d{1,4}$/.test(school))
      problem("schoolId", `"${school}" is not a Georgia school code (up to 4 digits).`);
    const stateSchoolId = `GA-${system}-${school.padStart(4, "0")}`;
    if (seen.has(stateSchoolId))
      problem("schoolId", `School ${school} is also on row ${seen.get(stateSchoolId)!}.`);
    else seen.set(stateSchoolId, row);
    const record: DirectCertificationRecord = {
      row,
      fiscalYear: fiscalYear("fiscalYear"),
      stateSchoolId,
      schoolName: text("schoolName"),
      directCertified: count("directCertified", false),
      k12Students: count("k12Students", true),
    };
    if (text("k12Students") !== "" && record.directCertified > record.k12Students)
      problem(
        "directCertified",
        `${record.directCertified} is more than the ${record.k12Students} K-12 students.`,
      );
    records.push(record);
  }
  if (records.length === 0 && problems.length === 0) {
    problems.push({
      row: null,
      column: "SYSTEM_ID",
      message: `The file has no rows for school system ${systemId}${rowsOfOtherSystems ? ` (it has ${rowsOfOtherSystems} rows of other systems)` : ""}.`,
    });
  }
  const years = new Set(records.map((r) => r.fiscalYear).filter(Boolean));
  if (years.size > 1)
    problems.push({
      row: null,
      column: "FISCAL_YEAR",
      message: `The file mixes fiscal years ${[...years].sort().join(", ")}; import one year at a time.`,
    });
  return { records, problems, rowsOfOtherSystems };
}
