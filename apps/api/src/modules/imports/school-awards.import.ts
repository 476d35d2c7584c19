import type { EntityManager } from "@mikro-orm/postgresql";

import { District, FiscalYear, FundingSource, School, SchoolAward } from "@allot/db";
import { readSchoolAwards, type FileProblem } from "@allot/district-files";
import { formatMoney, PROGRAMS, usd } from "@allot/engine";

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
 * Loads the state's awards to single schools (1003 school improvement), known by year, program
 * and school, so a re-import updates them. An award may not drop below what the school's lines of
 * that program already take; the compliance report judges each school's lines against its award.
 */
export async function importSchoolAwards(
  em: EntityManager,
  districtId: string,
  file: DistrictFile,
  dryRun: boolean,
): Promise<ImportOutcome> {
  const table = await tableOf(file);
  if (!Array.isArray(table)) return { ...NOTHING, problems: [table] };
  const { awards, problems } = readSchoolAwards(table);
  if (problems.length) return { ...NOTHING, problems };

  return importTransaction(em, districtId, file, "SchoolAward", dryRun, async (tx) => {
    const district = tx.getReference(District, districtId);
    const sources = new Map(
      (await tx.find(FundingSource, { district: districtId })).map((s) => [s.code, s]),
    );
    const years = new Map(
      (
        await tx.find(FiscalYear, {
          district: districtId,
          year: { $in: [...new Set(awards.map((a) => a.fiscalYear))] },
        })
      ).map((y) => [y.year, y]),
    );
    const schools = await tx.find(School, {
      district: districtId,
      $or: [
        { ncesSchoolId: { $in: awards.flatMap((a) => (a.ncesSchoolId ? [a.ncesSchoolId] : [])) } },
        {
          stateSchoolId: {
            $in: awards.flatMap((a) => (a.stateSchoolId ? [a.stateSchoolId] : [])),
          },
        },
      ],
    });
    const byNces = new Map(schools.map((s) => [s.ncesSchoolId, s]));
    const byState = new Map(schools.map((s) => [s.stateSchoolId, s]));
    const existing = new Map(
      (
        await tx.find(SchoolAward, {
          district: districtId,
          fiscalYear: { $in: [...years.values()] },
        })
      ).map((a) => [`${a.fiscalYear.id} ${a.fundingSource.id} ${a.school.id}`, a]),
    );
    // What each school's lines already take, per year and program, in one read.
    const sums = years.size
      ? await tx.execute<{ y: string; f: string; s: string; total: string }[]>(
          `select fiscal_year_id as y, funding_source_id as f, school_id as s,
                  sum(amount_cents)::text as total
             from budget_line
            where district_id = ? and school_id is not null
              and fiscal_year_id in (${[...years.values()].map(() => "?").join(", ")})
            group by 1, 2, 3`,
          [districtId, ...[...years.values()].map((y) => y.id)],
        )
      : [];
    const taken = new Map(sums.map((r) => [`${r.y} ${r.f} ${r.s}`, Number(r.total)]));
    const found: FileProblem[] = [];
    const counts = { inserted: 0, updated: 0, unchanged: 0 };
    const changes: FieldChange[] = [];
    for (const a of awards) {
      const year = years.get(a.fiscalYear);
      const source = sources.get(a.program);
      const school = a.ncesSchoolId ? byNces.get(a.ncesSchoolId) : byState.get(a.stateSchoolId);
      if (!year)
        found.push({
          row: a.row,
          column: "Fiscal Year",
          message: `The district has no FY${a.fiscalYear}: import its awards first.`,
        });
      if (!source)
        found.push({
          row: a.row,
          column: "Program",
          message: `The district does not budget ${PROGRAMS[a.program].name}.`,
        });
      if (!school)
        found.push({
          row: a.row,
          column: a.ncesSchoolId ? "NCES School ID" : "State School ID",
          message: `No school of the district has id ${a.ncesSchoolId ?? a.stateSchoolId}.`,
        });
      if (!year || !source || !school) continue;
      const budgeted = taken.get(`${year.id} ${source.id} ${school.id}`) ?? 0;
      if (a.amountCents < budgeted) {
        found.push({
          row: a.row,
          column: "Amount",
          message: `${school.name}'s ${PROGRAMS[a.program].shortName} lines already take ${usd(budgeted)}, more than ${usd(a.amountCents)}: change them first.`,
        });
        continue;
      }
      const award = existing.get(`${year.id} ${source.id} ${school.id}`);
      if (!award) {
        tx.create(SchoolAward, {
          district,
          fiscalYear: year,
          fundingSource: source,
          school,
          amountCents: a.amountCents,
        });
        counts.inserted++;
      } else if (award.amountCents === a.amountCents) counts.unchanged++;
      else {
        changes.push(
          ...fieldChanges(
            a.row,
            `${school.name}, ${PROGRAMS[a.program].shortName}, FY${a.fiscalYear}`,
            { amount: formatMoney(award.amountCents) },
            { amount: formatMoney(a.amountCents) },
            ["amount"],
            { amount: "Amount" },
          ),
        );
        award.amountCents = a.amountCents;
        counts.updated++;
      }
    }
    await tx.flush();
    return {
      problems: found,
      written: false,
      rows: awards.length,
      ...counts,
      changes: changes.slice(0, MAX_CHANGES),
    };
  });
}
