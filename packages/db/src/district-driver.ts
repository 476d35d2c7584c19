import {
  PostgreSqlDriver,
  Utils,
  type EntityData,
  type FilterQuery,
  type FindOptions,
  type NativeDeleteOptions,
  type NativeInsertUpdateManyOptions,
  type NativeInsertUpdateOptions,
  type ObjectQuery,
  type QueryResult,
} from "@mikro-orm/postgresql";

import { DistrictScoped } from "./entities/base.js";
import { ENTITIES } from "./entities/index.js";
import { ApiToken, Session, User } from "./entities/trust.js";

/**
 * Every entity whose rows belong to one district and are read once the district is known. People,
 * sessions and tokens are how the district becomes known (sign-in by email, a credential by its
 * hash), so they are looked up without it.
 */
export const DISTRICT_SCOPED_ENTITIES = ENTITIES.filter(
  (e) => e.prototype instanceof DistrictScoped && ![User, Session, ApiToken].includes(e as never),
);
const SCOPED_NAMES = new Set(DISTRICT_SCOPED_ENTITIES.map((e) => e.name));

/**
 * The district an EntityManager works for rides in its logger context: the one value of the
 * EntityManager that MikroORM hands to the driver with each statement of a flush.
 */
export const ROUTING_KEY = "district";

interface WithContext {
  loggerContext?: Record<string, unknown>;
}

/** Whether a condition already says `district = ?` (at its top, or in a top-level `$and`). */
function namesDistrict(where: unknown): boolean {
  if (!Utils.isPlainObject(where)) return false;
  const w = where as Record<string, unknown>;
  return "district" in w || (Array.isArray(w.$and) && w.$and.some(namesDistrict));
}

/**
 * The database keys every district table by (district_id, id) and a Citus deployment distributes
 * it by district_id, but the entities identify a row by its id alone. So the unit of work's own
 * statements (an update or delete by id, the version check before a batch of updates) would not
 * name the district, and Citus would send them to every node. This driver adds the district of
 * the EntityManager that runs them (forkForDistrict) to each such statement on a district table:
 * one node answers, and a row of another district is simply not found.
 */
export class DistrictRoutedDriver extends PostgreSqlDriver {
  private route<W>(entityName: string, where: W, options?: WithContext): W {
    const district = options?.loggerContext?.[ROUTING_KEY];
    if (typeof district !== "string" || !SCOPED_NAMES.has(entityName)) return where;
    if (namesDistrict(where)) return where;
    const meta = this.metadata.find(entityName)!;
    const cond = Utils.isPrimaryKey(where) ? { [meta.primaryKeys[0]!]: where } : where;
    return { ...(cond as object), district } as W;
  }

  override nativeUpdate<T extends object>(
    entityName: string,
    where: FilterQuery<T>,
    data: EntityData<T>,
    options: NativeInsertUpdateOptions<T> = {},
  ): Promise<QueryResult<T>> {
    return super.nativeUpdate(entityName, this.route(entityName, where, options), data, options);
  }

  /**
   * MikroORM writes a batch as one `update ... where id in (...)` it builds itself, with no place
   * for another condition; a district's batch goes row by row instead, each naming the district.
   */
  override async nativeUpdateMany<T extends object>(
    entityName: string,
    where: FilterQuery<T>[],
    data: EntityData<T>[],
    options: NativeInsertUpdateManyOptions<T> = {},
  ): Promise<QueryResult<T>> {
    const routed = where.map((w) => this.route(entityName, w, options));
    if (options.upsert || routed.every((w, i) => w === where[i]))
      return super.nativeUpdateMany(entityName, where, data, options);
    const pk = this.metadata.find(entityName)!.primaryKeys[0]!;
    const rows: EntityData<T>[] = [];
    let affectedRows = 0;
    for (let i = 0; i < routed.length; i++) {
      const res = await super.nativeUpdate(entityName, routed[i]!, data[i]!, options);
      affectedRows += res.affectedRows;
      // The batch's caller matches returned values (the new version) to entities by primary key.
      const key = Utils.isPrimaryKey(where[i])
        ? where[i]
        : (where[i] as Record<string, unknown>)[pk];
      for (const row of res.rows ?? []) rows.push({ ...row, [pk]: key } as EntityData<T>);
    }
    return { affectedRows, rows, insertId: undefined as never };
  }

  override nativeDelete<T extends object>(
    entityName: string,
    where: FilterQuery<T>,
    options: NativeDeleteOptions<T> = {},
  ): Promise<QueryResult<T>> {
    return super.nativeDelete(entityName, this.route(entityName, where, options), options);
  }

  /** The unit of work checks versions before a batch of updates with a read by ids. */
  override find<
    T extends object,
    P extends string = never,
    F extends string = "*",
    E extends string = never,
  >(entityName: string, where: ObjectQuery<T>, options: FindOptions<T, P, F, E> = {}) {
    return super.find(entityName, this.route(entityName, where, options as WithContext), options);
  }
}
