import type { EntityManager } from "@mikro-orm/postgresql";

import { Award, District } from "@allot/db";
import { accountString, chartFor, facilityOf, type AccountString } from "@allot/engine";

/** What a line needs to be given its account string. */
export interface CodedLine {
  fundingSourceId: string;
  functionCode: string | null;
  objectCode: string | null;
  /** The school's state id ("GA-631-0104"); undefined for a district-level line. */
  stateSchoolId?: string | null | undefined;
  atSchool: boolean;
}

export type AccountCoder = (line: CodedLine) => AccountString;

/**
 * The account strings of a fiscal year's lines, from two reads: the awards' fund and program
 * codes and the district office's facility. Null when Allot has no chart for the district's state.
 */
export async function accountCoder(
  em: EntityManager,
  districtId: string,
  fiscalYear: { id: string; year: number },
): Promise<AccountCoder | null> {
  const district = await em.findOneOrFail(District, districtId, {
    fields: ["state", "officeFacilityCode"],
  });
  const chart = chartFor(district.state);
  if (!chart) return null;
  const awards = await em.find(
    Award,
    { district: districtId, fiscalYear: fiscalYear.id },
    { fields: ["fundingSource", "fundCode", "programCode"] },
  );
  const codes = new Map(awards.map((a) => [a.fundingSource.id, a]));
  return (line) => {
    const award = codes.get(line.fundingSourceId);
    return accountString(chart, {
      fund: award?.fundCode ?? null,
      fiscalYear: fiscalYear.year,
      functionCode: line.functionCode,
      objectCode: line.objectCode,
      program: award?.programCode ?? null,
      facility: line.atSchool
        ? facilityOf(chart, line.stateSchoolId ?? null)
        : district.officeFacilityCode,
    });
  };
}
