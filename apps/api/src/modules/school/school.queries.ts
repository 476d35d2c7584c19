// The schools list's reads: plain SQL for the district's hottest list (the query builder cost
// more than the query), keyset-paged on the NCES id so pages stay stable under inserts.
import type { EntityManager } from "@mikro-orm/postgresql";

import { School } from "@allot/db";

import { columnsOf, readRows } from "../../common/plain-rows.js";

export interface SchoolPageQuery {
  districtId: string;
  /** A school leader's school: they see only it. */
  onlySchool: string | null;
  filter: {
    level?: string | null;
    titleIStatus?: string | null;
    supportDesignation?: string | null;
    nameContains?: string | null;
  } | null;
  /** The NCES id to continue after, already decoded from the cursor. */
  afterNcesId: string | null;
  /** Rows to read: one more than the page, to know whether another follows. */
  limit: number;
}

/** A page of the district's schools (rows named like the entity's fields) and how many match. */
export async function schoolPage(
  em: EntityManager,
  q: SchoolPageQuery,
): Promise<{ rows: School[]; totalCount: number }> {
  const cond = ["s.district_id = ?"];
  const params: unknown[] = [q.districtId];
  const and = (sql: string, value: unknown) => (cond.push(sql), params.push(value));
  if (q.onlySchool) and("s.id = ?", q.onlySchool);
  if (q.filter?.level) and("s.level = ?", q.filter.level);
  if (q.filter?.titleIStatus) and("s.title_istatus = ?", q.filter.titleIStatus);
  if (q.filter?.supportDesignation) and("s.support_designation = ?", q.filter.supportDesignation);
  if (q.filter?.nameContains)
    and("s.name ilike ?", `%${q.filter.nameContains.replace(/[\\%_]/g, "\\$&")}%`);
  const where = cond.join(" and ");
  const [rows, counted] = await Promise.all([
    readRows<School>(
      em,
      `select ${columnsOf(em, School, "s")} from school s where ${where}${q.afterNcesId ? " and s.nces_school_id > ?" : ""} order by s.nces_school_id limit ?`,
      [...params, ...(q.afterNcesId ? [q.afterNcesId] : []), q.limit],
    ),
    readRows<{ n: number }>(em, `select count(*)::int as n from school s where ${where}`, params),
  ]);
  return { rows, totalCount: counted[0]?.n ?? 0 };
}
