import { ReferenceKind, type EntityName } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";

const lists = new Map<unknown, string>();

/**
 * The entity's columns as a select list that names each by its property ("nces_school_id" as
 * "ncesSchoolId"), built once from the ORM's metadata: a hot read can then be one plain SQL
 * statement whose rows look like the entity's fields, without the query builder or hydration.
 */
export function columnsOf<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  alias: string,
): string {
  let list = lists.get(entity);
  if (!list) {
    const meta = em.getMetadata().get(entity);
    list = meta.props
      .filter(
        (p) =>
          p.fieldNames?.length === 1 &&
          (p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE),
      )
      .map((p) => `${alias}."${p.fieldNames[0]}" as "${p.name}"`)
      .join(", ");
    lists.set(entity, list);
  }
  return list;
}

/** Plain rows: inside a transaction on its connection, otherwise on a read replica when there is one. */
export function readRows<T>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[],
): Promise<T[]> {
  return em.isInTransaction()
    ? em.execute<T[]>(sql, [...params])
    : em.getConnection("read").execute<T[]>(sql, [...params]);
}
