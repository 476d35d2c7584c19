import type { EntityManager } from "@mikro-orm/postgresql";

import { District, FiscalYear, JobClass, Position, School } from "@allot/db";
import { readPositions, type FileProblem } from "@allot/district-files";
import { formatMoney } from "@allot/engine";

import { POSITION_POPULATE, syncPositionLines } from "../position/position.service.js";
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

/**
 * Loads positions from the HR system's file. A position is known by fiscal year and position
 * code, so a re-import updates it (its version moves on, so an editor holding the old one is
 * told); its funding shares stay as the district set them, and its salary and benefit lines are
 * rewritten from the new salary or FTE. A change that would overspend a program is refused whole.
 */
export async function importPositions(
  em: EntityManager,
  districtId: string,
  file: DistrictFile,
  dryRun: boolean,
): Promise<ImportOutcome> {
  const table = await tableOf(file);
  if (!Array.isArray(table)) return { ...NOTHING, problems: [table] };
  const { positions: records, problems } = readPositions(table);
  if (problems.length) return { ...NOTHING, problems };

  return importTransaction(em, districtId, file, "Position", dryRun, async (tx) => {
    const district = tx.getReference(District, districtId);
    const found: FileProblem[] = [];
    const years = new Map(
      (
        await tx.find(FiscalYear, {
          district: districtId,
          year: { $in: [...new Set(records.map((r) => r.fiscalYear))] },
        })
      ).map((y) => [y.year, y]),
    );
    const jobClasses = new Map(
      (
        await tx.find(JobClass, {
          district: districtId,
          code: { $in: [...new Set(records.map((r) => r.jobClass))] },
        })
      ).map((j) => [j.code, j]),
    );
    const wanted = [...new Set(records.flatMap((r) => (r.ncesSchoolId ? [r.ncesSchoolId] : [])))];
    const schools = new Map(
      (await tx.find(School, { district: districtId, ncesSchoolId: { $in: wanted } })).map((s) => [
        s.ncesSchoolId,
        s,
      ]),
    );
    const existing = new Map(
      (
        await tx.find(
          Position,
          {
            district: districtId,
            fiscalYear: { $in: [...years.values()] },
            code: { $in: records.map((r) => r.code) },
          },
          { populate: POSITION_POPULATE },
        )
      ).map((p) => [`${p.fiscalYear.year} ${p.code}`, p]),
    );
    const counts = { inserted: 0, updated: 0, unchanged: 0 };
    const changes: FieldChange[] = [];
    const touched = new Map<FiscalYear, Position[]>();
    for (const r of records) {
      const year = years.get(r.fiscalYear);
      const jobClass = jobClasses.get(r.jobClass);
      const school = r.ncesSchoolId ? schools.get(r.ncesSchoolId) : null;
      if (!year)
        found.push({
          row: r.row,
          column: "Fiscal Year",
          message: `The district has no FY${r.fiscalYear}: import its awards or plan first.`,
        });
      if (!jobClass)
        found.push({
          row: r.row,
          column: "Job Class",
          message: `No job class has code "${r.jobClass}": add the job class first (createJobClass in the API), then import again.`,
        });
      if (school === undefined)
        found.push({
          row: r.row,
          column: "NCES School ID",
          message: `No school of the district has NCES id ${r.ncesSchoolId}.`,
        });
      if (!year || !jobClass || school === undefined) continue;
      const values = {
        title: r.title,
        jobClass,
        school,
        fteHundredths: r.fteHundredths,
        salaryCents: r.salaryCents,
        status: r.status,
      };
      const position = existing.get(`${r.fiscalYear} ${r.code}`);
      const personName =
        r.personName === null ? (position?.personName ?? null) : r.personName || null;
      if (!position) {
        tx.create(Position, {
          district,
          fiscalYear: year,
          code: r.code,
          ...values,
          personName,
        });
        counts.inserted++;
        continue;
      }
      const shown = (p: {
        title: string;
        jobClass: JobClass;
        school: School | null;
        fteHundredths: number;
        salaryCents: number;
        status: string;
        personName: string | null;
      }) => ({
        title: p.title,
        jobClass: p.jobClass.code,
        school: p.school?.ncesSchoolId ?? "",
        fte: (p.fteHundredths / 100).toFixed(2),
        salary: formatMoney(p.salaryCents),
        status: p.status,
        person: p.personName,
      });
      const shownSalaryBefore = position.salaryCents;
      const diff = fieldChanges(
        r.row,
        `${r.code}, FY${r.fiscalYear}`,
        shown(position),
        shown({ ...values, personName }),
        ["title", "jobClass", "school", "fte", "salary", "status", "person"],
        { jobClass: "Job Class", school: "NCES School ID", fte: "FTE", person: "Person" },
      );
      if (!diff.length) {
        counts.unchanged++;
        continue;
      }
      changes.push(...diff);
      Object.assign(position, values, { personName });
      // The HR system's actual salary wins over a schedule it no longer matches.
      if (position.salarySchedule && r.salaryCents !== shownSalaryBefore) {
        position.salarySchedule = null;
        position.scheduleStep = null;
      }
      touched.set(year, [...(touched.get(year) ?? []), position]);
      counts.updated++;
    }
    if (found.length) return { problems: found, written: false, rows: records.length, ...counts };
    await tx.flush();
    for (const [year, positions] of touched)
      for (const p of await syncPositionLines(tx, districtId, year, positions))
        found.push({ row: null, column: "Salary", message: `FY${year.year}: ${p.message}` });
    return {
      problems: found,
      written: false,
      rows: records.length,
      ...counts,
      changes: changes.slice(0, MAX_CHANGES),
    };
  });
}
