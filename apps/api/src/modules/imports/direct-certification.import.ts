import type { EntityManager } from "@mikro-orm/postgresql";

import { District } from "@allot/db";
import { readGeorgiaDirectCertification, type FileProblem } from "@allot/district-files";
import { lowIncomeFromDirectCertification, parseMultiplier } from "@allot/engine";

import {
  fieldChanges,
  importTransaction,
  MAX_CHANGES,
  NOTHING,
  tableOf,
  type DistrictFile,
  type FieldChange,
  type ImportOutcome,
} from "./file-import.js";

type Known = {
  id: string;
  state_school_id: string;
  name: string;
  enrollment: number;
  direct_certified: number;
  low_income: number;
  poverty_measure: string;
};

/**
 * Updates the district's direct-certification counts from Georgia's statewide file (GOSA, school
 * level, FY2020 or later), matching schools by their state id. Where a school's poverty measure is
 * direct certification, its low-income count follows: direct certification x the district's
 * multiplier, capped at enrollment (the CEP practice, ESEA 1113(a)(5)). Rows of other systems are
 * passed over; a school of the file the district does not have is a problem, nothing is written.
 */
export async function importGeorgiaDirectCertification(
  em: EntityManager,
  districtId: string,
  file: DistrictFile,
  dryRun: boolean,
): Promise<ImportOutcome> {
  const district = await em.findOneOrFail(District, districtId);
  const system = /^GA-(\d{3})$/.exec(district.stateLeaId ?? "")?.[1];
  if (district.state !== "GA" || !system) {
    return {
      ...NOTHING,
      problems: [
        {
          row: null,
          column: null,
          message: `Georgia's direct-certification file is for Georgia school systems; ${district.name} has no Georgia system code (its state id is ${district.stateLeaId ?? "not set"}).`,
        },
      ],
    };
  }
  const table = await tableOf(file);
  if (!Array.isArray(table)) return { ...NOTHING, problems: [table] };
  const { records, problems } = readGeorgiaDirectCertification(table, system);
  if (problems.length) return { ...NOTHING, problems };
  const multiplier = parseMultiplier(district.directCertificationMultiplier);

  return importTransaction(em, districtId, file, "School", dryRun, async (tx, trx) => {
    const schools = await tx.execute<Known[]>(
      `select id, state_school_id, name, enrollment, direct_certified, low_income, poverty_measure from school where district_id = ? and state_school_id = any(?::text[]) for update`,
      [districtId, `{${records.map((r) => r.stateSchoolId).join(",")}}`],
    );
    const byStateId = new Map(schools.map((s) => [s.state_school_id, s]));
    const found: FileProblem[] = [];
    const changes: { id: string; direct_certified: number; low_income: number }[] = [];
    const shown: FieldChange[] = [];
    for (const r of records) {
      const s = byStateId.get(r.stateSchoolId);
      if (!s) {
        found.push({
          row: r.row,
          column: "SCHOOL_ID",
          message: `${district.name} has no school with state id ${r.stateSchoolId}${r.schoolName ? ` (${r.schoolName})` : ""}: import the schools file with its State School ID column first.`,
        });
        continue;
      }
      if (r.directCertified > s.enrollment) {
        found.push({
          row: r.row,
          column: "K12_POVERTY_STUDENT_CT",
          message: `${r.directCertified} directly certified is more than the enrollment of ${s.name} (${s.enrollment}); import this year's schools file first.`,
        });
        continue;
      }
      const lowIncome =
        s.poverty_measure === "DIRECT_CERTIFICATION"
          ? lowIncomeFromDirectCertification(r.directCertified, multiplier, s.enrollment)
          : s.low_income;
      if (r.directCertified !== s.direct_certified || lowIncome !== s.low_income) {
        changes.push({ id: s.id, direct_certified: r.directCertified, low_income: lowIncome });
        if (shown.length < MAX_CHANGES)
          shown.push(
            ...fieldChanges(
              r.row,
              `${s.name} (${r.stateSchoolId})`,
              s,
              { ...s, direct_certified: r.directCertified, low_income: lowIncome },
              ["direct_certified", "low_income"],
              { direct_certified: "Direct Certified", low_income: "Low Income" },
            ),
          );
      }
    }
    const outcome = {
      problems: found,
      written: false,
      rows: records.length,
      inserted: 0,
      updated: changes.length,
      unchanged: records.length - changes.length,
      changes: shown,
      details: { source: "GOSA direct certification", fiscalYear: records[0]?.fiscalYear },
    };
    if (found.length || changes.length === 0) return outcome;
    await trx.raw(
      `update school s set direct_certified = r.direct_certified, low_income = r.low_income, updated_at = now()
       from jsonb_to_recordset(?::jsonb) as r(id uuid, direct_certified int, low_income int) where s.id = r.id and s.district_id = ?`,
      [JSON.stringify(changes), districtId],
    );
    return outcome;
  });
}
