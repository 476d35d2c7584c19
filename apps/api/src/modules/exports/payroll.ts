import type { EntityManager } from "@mikro-orm/postgresql";

import {
  BenefitRate,
  District,
  engineRates,
  FiscalYear,
  Position,
  positionCostInput,
} from "@allot/db";
import { positionCost, PROGRAMS, splitPositionCost } from "@allot/engine";

import { accountCoder } from "../budget/account-string.js";
import { POSITION_POPULATE } from "../position/position.service.js";
import { about, type Workbook } from "./exports.service.js";

const percent = (bp: number) => (bp / 100).toFixed(2);

/**
 * A year's positions as payroll charges them: one row per position, share and cost part (salary,
 * each benefit) with its account string and amount, and the local remainder, so the HR and
 * payroll system can post each paycheck to the accounts the budget funds. Rows add up to every
 * position's cost; the CSV is this sheet.
 */
export async function payrollWorkbook(
  em: EntityManager,
  districtId: string,
  year: number,
  by: string,
): Promise<Workbook | null> {
  const fy = await em.findOne(FiscalYear, { district: districtId, year });
  if (!fy) return null;
  const [district, positions, rates, coder] = await Promise.all([
    em.findOneOrFail(District, districtId),
    em.find(
      Position,
      { district: districtId, fiscalYear: fy },
      { populate: POSITION_POPULATE, orderBy: { code: "asc" } },
    ),
    em.find(BenefitRate, { district: districtId, fiscalYear: fy }),
    accountCoder(em, districtId, fy),
  ]);
  const engine = engineRates(rates);
  const rows: (string | number | null)[][] = [];
  let total = 0;
  for (const p of positions) {
    const fundings = p.fundings.getItems();
    const split = splitPositionCost(
      positionCost(positionCostInput(p, engine)),
      fundings.map((f) => ({ key: f, basisPoints: f.shareBasisPoints })),
    );
    const who = [
      p.code,
      p.title,
      p.personName,
      p.jobClass.code,
      p.school?.name ?? "District office",
      (p.fteHundredths / 100).toFixed(2),
    ];
    for (const s of split.shares) {
      const f = s.key;
      for (const part of s.parts) {
        const account = coder?.({
          fundingSourceId: f.fundingSource.id,
          functionCode: f.functionCode,
          objectCode: part.objectCode,
          atSchool: p.school !== null,
          stateSchoolId: p.school?.stateSchoolId,
        });
        rows.push([
          ...who,
          PROGRAMS[f.fundingSource.code].name,
          `${f.actionStep.need.number}.${f.actionStep.number}`,
          percent(f.shareBasisPoints),
          part.name,
          f.functionCode,
          part.objectCode,
          account?.value ?? null,
          part.amount,
        ]);
        total += part.amount;
      }
    }
    const localBp = 10_000 - fundings.reduce((t, f) => t + f.shareBasisPoints, 0);
    for (const part of split.local.parts) {
      rows.push([
        ...who,
        "Local",
        null,
        percent(localBp),
        part.name,
        null,
        part.objectCode,
        null,
        part.amount,
      ]);
      total += part.amount;
    }
  }
  return {
    fileName: `payroll-accounts-FY${year}`,
    sheets: [
      {
        name: "Payroll accounts",
        columns: [
          { header: "Position code", width: 14 },
          { header: "Title", width: 32 },
          { header: "Person", width: 24 },
          { header: "Job class", width: 12 },
          { header: "Where", width: 30 },
          { header: "FTE", width: 8 },
          { header: "Program", width: 28 },
          { header: "Action step", width: 12 },
          { header: "Share %", width: 10 },
          { header: "Cost", width: 24 },
          { header: "Function", width: 10 },
          { header: "Object", width: 10 },
          { header: "Account string", width: 28 },
          { header: "Amount", money: true, width: 16 },
        ],
        rows,
        totals: ["Total", "", "", "", "", "", "", "", "", "", "", "", "", total],
      },
      about(
        district,
        year,
        "Positions of the year, their funding shares and the year's benefit rates; the local share is what no program pays",
        by,
      ),
    ],
  };
}
