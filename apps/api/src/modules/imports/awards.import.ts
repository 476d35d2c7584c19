import type { EntityManager } from "@mikro-orm/postgresql";

import { Award, District, FiscalYear, FundingSource } from "@allot/db";
import { readAwards, type FileProblem } from "@allot/district-files";
import { awardChangeProblems, fiscalYearSpan, formatMoney, PROGRAMS } from "@allot/engine";

import { budgetedFrom, lockAward, transfersOf } from "../award/award.service.js";
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
 * Loads the awards per program and fiscal year. A program's award for a year is known by that pair,
 * so a re-import updates it (its version moves on, so an editor holding the old one is told); a
 * year the district does not have yet is added. An award may not drop below what the program's
 * budget lines already take (with its ESEA 5103 transfers), checked against the locked award.
 */
export async function importAwards(
  em: EntityManager,
  districtId: string,
  file: DistrictFile,
  dryRun: boolean,
): Promise<ImportOutcome> {
  const table = await tableOf(file);
  if (!Array.isArray(table)) return { ...NOTHING, problems: [table] };
  const { awards, problems } = readAwards(table);
  if (problems.length) return { ...NOTHING, problems };

  return importTransaction(em, districtId, file, "Award", dryRun, async (tx) => {
    const district = await tx.findOneOrFail(District, districtId);
    const sources = new Map((await tx.find(FundingSource, { district })).map((s) => [s.code, s]));
    const years = new Map(
      (
        await tx.find(FiscalYear, {
          district,
          year: { $in: [...new Set(awards.map((a) => a.fiscalYear))] },
        })
      ).map((y) => [y.year, y]),
    );
    const found: FileProblem[] = [];
    const counts = { inserted: 0, updated: 0, unchanged: 0 };
    const changes: FieldChange[] = [];
    for (const a of awards) {
      const source = sources.get(a.program);
      if (!source) {
        found.push({
          row: a.row,
          column: "Program",
          message: `${district.name} does not budget ${PROGRAMS[a.program].name}.`,
        });
        continue;
      }
      let year = years.get(a.fiscalYear);
      if (!year) {
        const span = fiscalYearSpan(a.fiscalYear, district.fiscalYearStartMonth);
        year = tx.create(FiscalYear, {
          district,
          year: a.fiscalYear,
          startsOn: span.startsOn,
          endsOn: span.endsOn,
        });
        years.set(a.fiscalYear, year);
      }
      const award = await lockAward(tx, districtId, year.id, source.id);
      const notes = a.notes === null ? (award?.notes ?? null) : a.notes || null;
      if (!award) {
        tx.create(Award, {
          district,
          fiscalYear: year,
          fundingSource: source,
          amountCents: a.amountCents,
          carryoverInCents: a.carryoverInCents,
          notes,
        });
        counts.inserted++;
        continue;
      }
      if (
        award.amountCents === a.amountCents &&
        award.carryoverInCents === a.carryoverInCents &&
        award.notes === notes
      ) {
        counts.unchanged++;
        continue;
      }
      const next = {
        amount: a.amountCents,
        carryoverIn: a.carryoverInCents,
        ...(await transfersOf(tx, districtId, year.id, source.id)),
      };
      const refused = awardChangeProblems(
        next,
        await budgetedFrom(tx, districtId, year.id, source.id, null),
      );
      if (refused.length) {
        found.push(
          ...refused.map((p) => ({
            row: a.row,
            column: p.field === "carryoverIn" ? "Carryover" : "Award",
            message: `${PROGRAMS[a.program].name}, FY${a.fiscalYear}: ${p.message}`,
          })),
        );
        continue;
      }
      const money = (c: number) => formatMoney(c);
      changes.push(
        ...fieldChanges(
          a.row,
          `${PROGRAMS[a.program].name}, FY${a.fiscalYear}`,
          {
            award: money(award.amountCents),
            carryover: money(award.carryoverInCents),
            notes: award.notes,
          },
          { award: money(a.amountCents), carryover: money(a.carryoverInCents), notes },
          ["award", "carryover", "notes"],
          { award: "Award", carryover: "Carryover", notes: "Notes" },
        ),
      );
      Object.assign(award, {
        amountCents: a.amountCents,
        carryoverInCents: a.carryoverInCents,
        notes,
      });
      counts.updated++;
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
