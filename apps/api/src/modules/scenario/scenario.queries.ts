// Reads of a scenario as a plain row: its results document is the bulk of it, parsed once.
import type { EntityManager } from "@mikro-orm/postgresql";

import { Scenario } from "@allot/db";

import { columnsOf, readRows } from "../../common/plain-rows.js";

/** What a scenario's view reads: read as a plain row for one scenario, or made from an entity. */
export type ScenarioRow = Pick<
  Scenario,
  | "id"
  | "name"
  | "status"
  | "version"
  | "stale"
  | "lastRunAt"
  | "submittedAt"
  | "approvedAt"
  | "approvedBy"
  | "reviewComment"
  | "parameters"
  | "actionStepLinks"
  | "results"
> & {
  year: number;
  createdFrom: string | null;
};

export async function rowOf(em: EntityManager, s: Scenario): Promise<ScenarioRow> {
  await em.populate(s, ["fiscalYear"]);
  return { ...s, year: s.fiscalYear.year, createdFrom: s.createdFrom?.id ?? null };
}

/** One scenario of the district as a plain row: its results document is the bulk of it, parsed once by the driver. */
export async function scenarioRow(
  em: EntityManager,
  districtId: string,
  id: string,
): Promise<ScenarioRow | null> {
  const rows = await readRows<ScenarioRow>(
    em,
    `select ${columnsOf(em, Scenario, "s")}, fy.year as "year" from scenario s join fiscal_year fy on fy.id = s.fiscal_year_id where s.id = ? and s.district_id = ?`,
    [id, districtId],
  );
  const row = rows[0];
  if (!row) return null;
  // The ORM has the driver leave timestamps as text; the entity's fields are dates.
  const date = (v: Date | string | null) => (v === null ? null : new Date(v));
  return {
    ...row,
    lastRunAt: date(row.lastRunAt),
    submittedAt: date(row.submittedAt),
    approvedAt: date(row.approvedAt),
  };
}
