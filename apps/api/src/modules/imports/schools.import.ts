import type { EntityManager } from "@mikro-orm/postgresql";

import { District } from "@allot/db";
import { readSchools } from "@allot/district-files";
import { lowIncomeFromDirectCertification, parseMultiplier } from "@allot/engine";

import {
  fieldChanges,
  importTransaction,
  MAX_CHANGES,
  NOTHING,
  tableOf,
  type DistrictFile,
  type ImportOutcome,
} from "./file-import.js";

const FIELDS = [
  "name",
  "state_school_id",
  "level",
  "grade_low",
  "grade_high",
  "enrollment",
  "direct_certified",
  "low_income",
  "poverty_measure",
  "english_learners",
  "students_with_disabilities",
  "homeless",
  "foster",
  "migrant",
  "support_designation",
  "title_istatus",
  "served_last_year",
] as const;
type Row = Record<(typeof FIELDS)[number], string | number | boolean | null> & {
  nces_school_id: string;
};
/** Each field as the schools file's column names it, for the before/after of a check. */
export const COLUMN_OF: Record<(typeof FIELDS)[number], string> = {
  name: "School Name",
  state_school_id: "State School ID",
  level: "Level",
  grade_low: "Grade Low",
  grade_high: "Grade High",
  enrollment: "Enrollment",
  direct_certified: "Direct Certified",
  low_income: "Low Income",
  poverty_measure: "Poverty Measure",
  english_learners: "English Learners",
  students_with_disabilities: "Students With Disabilities",
  homeless: "Homeless",
  foster: "Foster",
  migrant: "Migrant",
  support_designation: "Support Designation",
  title_istatus: "Title I Status",
  served_last_year: "Served Last Year",
};

/**
 * Loads a district's schools and counts from its own CSV or XLSX file. The whole file is checked
 * first (every problem with its row and column, the NCES ids against the district); then, in one
 * transaction and one statement, new schools are added and known ones (by NCES id) updated, so a
 * re-import never duplicates. Low-income counts missing from the file come from direct
 * certification x the district's multiplier (capped at enrollment). A dry run writes nothing.
 */
export async function importSchools(
  em: EntityManager,
  districtId: string,
  file: DistrictFile,
  dryRun: boolean,
): Promise<ImportOutcome> {
  const table = await tableOf(file);
  if (!Array.isArray(table)) return { ...NOTHING, problems: [table] };
  const { schools, problems } = readSchools(table);
  const district = await em.findOneOrFail(District, districtId);
  for (const s of schools) {
    if (!s.ncesSchoolId.startsWith(district.ncesLeaId)) {
      problems.push({
        row: s.row,
        column: "NCES School ID",
        message: `${s.ncesSchoolId} is not a school of ${district.name}: its NCES ids start with ${district.ncesLeaId}.`,
      });
    }
    if (
      s.stateSchoolId &&
      district.stateLeaId &&
      !s.stateSchoolId.startsWith(`${district.stateLeaId}-`)
    ) {
      problems.push({
        row: s.row,
        column: "State School ID",
        message: `${s.stateSchoolId} is not a school of ${district.name}: its state ids start with ${district.stateLeaId}-.`,
      });
    }
  }
  if (problems.length) return { ...NOTHING, problems };

  const multiplier = parseMultiplier(district.directCertificationMultiplier);
  const hasStateIds = schools.some((s) => s.stateSchoolId !== null);
  const rows: Row[] = schools.map((s) => ({
    nces_school_id: s.ncesSchoolId,
    name: s.name,
    state_school_id: s.stateSchoolId,
    level: s.level,
    grade_low: s.gradeLow,
    grade_high: s.gradeHigh,
    enrollment: s.enrollment,
    direct_certified: s.directCertified,
    low_income:
      s.lowIncome ?? lowIncomeFromDirectCertification(s.directCertified, multiplier, s.enrollment),
    poverty_measure: s.lowIncome === null ? "DIRECT_CERTIFICATION" : district.povertyMeasure,
    english_learners: s.englishLearners,
    students_with_disabilities: s.studentsWithDisabilities,
    homeless: s.homeless,
    foster: s.foster,
    migrant: s.migrant,
    support_designation: s.supportDesignation,
    title_istatus: s.titleIStatus,
    served_last_year: s.servedLastYear,
  }));
  // A file without state ids leaves the ones already known in place.
  const fields = FIELDS.filter((f) => hasStateIds || f !== "state_school_id");
  return importTransaction(em, districtId, file, "School", dryRun, async (tx, trx) => {
    const existing = await tx.execute<Row[]>(
      `select nces_school_id, ${fields.join(", ")} from school where district_id = ? and nces_school_id = any(?::text[]) for update`,
      [districtId, `{${rows.map((r) => r.nces_school_id).join(",")}}`],
    );
    const known = new Map(existing.map((r) => [r.nces_school_id, r]));
    const changed = rows.filter(
      (r) =>
        !known.has(r.nces_school_id) ||
        fields.some((f) => String(known.get(r.nces_school_id)![f]) !== String(r[f])),
    );
    const rowOf = new Map(schools.map((s) => [s.ncesSchoolId, s.row]));
    const changes = changed
      .filter((r) => known.has(r.nces_school_id))
      .flatMap((r) =>
        fieldChanges(
          rowOf.get(r.nces_school_id)!,
          `${known.get(r.nces_school_id)!.name} (${r.nces_school_id})`,
          known.get(r.nces_school_id)!,
          r,
          fields,
          COLUMN_OF,
        ),
      )
      .slice(0, MAX_CHANGES);
    const counts = {
      problems: [],
      written: false,
      rows: rows.length,
      inserted: changed.filter((r) => !known.has(r.nces_school_id)).length,
      updated: changed.filter((r) => known.has(r.nces_school_id)).length,
      unchanged: rows.length - changed.length,
      changes,
    };
    if (hasStateIds) {
      // A state id the file gives to one school may belong to another school not in the file.
      const taken = await tx.execute<{ nces_school_id: string; state_school_id: string }[]>(
        `select nces_school_id, state_school_id from school where district_id = ? and state_school_id = any(?::text[]) and not (nces_school_id = any(?::text[]))`,
        [
          districtId,
          `{${rows.flatMap((r) => (r.state_school_id ? [r.state_school_id] : [])).join(",")}}`,
          `{${rows.map((r) => r.nces_school_id).join(",")}}`,
        ],
      );
      const problems = taken.map((t) => ({
        row: schools.find((s) => s.stateSchoolId === t.state_school_id)!.row,
        column: "State School ID",
        message: `${t.state_school_id} is the state id of another school (NCES ${t.nces_school_id}).`,
      }));
      if (problems.length) return { ...counts, problems };
    }
    if (changed.length === 0) return counts;
    // One statement from one JSON document, bound by the driver: 10,000 rows in well under a second.
    await trx.raw(
      `insert into school (id, district_id, nces_school_id, ${FIELDS.join(", ")}, illustrative)
       select gen_random_uuid(), ?, r.nces_school_id, r.name, r.state_school_id, r.level, r.grade_low, r.grade_high, r.enrollment, r.direct_certified, r.low_income, r.poverty_measure,
              r.english_learners, r.students_with_disabilities, r.homeless, r.foster, r.migrant, r.support_designation, r.title_istatus, r.served_last_year, false
       from jsonb_to_recordset(?::jsonb) as r(nces_school_id text, name text, state_school_id text, level text, grade_low text, grade_high text, enrollment int, direct_certified int, low_income int,
            poverty_measure text, english_learners int, students_with_disabilities int, homeless int, foster int, migrant int, support_designation text, title_istatus text, served_last_year boolean)
       on conflict (district_id, nces_school_id) do update set ${fields.map((f) => `${f} = excluded.${f}`).join(", ")}, illustrative = false, updated_at = now()`,
      [districtId, JSON.stringify(changed)],
    );
    return counts;
  });
}
