import "reflect-metadata";

import { stripVTControlCharacters } from "node:util";

import { DataloaderType } from "@mikro-orm/core";
import { Migrator } from "@mikro-orm/migrations";
import { MikroORM, type Options } from "@mikro-orm/postgresql";

import { AuditSubscriber } from "./audit.js";
import { DISTRICT_SCOPED_ENTITIES, DistrictRoutedDriver, ROUTING_KEY } from "./district-driver.js";
import { ENTITIES } from "./entities/index.js";
import { MIGRATIONS } from "./migrations/index.js";

export interface OrmOptions {
  clientUrl: string;
  /**
   * Read replicas of clientUrl. Reads outside a transaction go to one of them (chosen at random per
   * query); writes, and reads inside a transaction, stay on the primary.
   */
  replicaUrls?: string[];
  /** Connection pool size per process. */
  poolMax?: number;
  debug?: boolean;
  /** A statement running longer is cancelled (PostgreSQL statement_timeout). Default 15 s. */
  statementTimeoutMs?: number;
  /** Waiting longer for a free connection fails the request (fast 503) instead of queueing forever. Default 5 s. */
  acquireTimeoutMs?: number;
  /** Called with every SQL statement as "[query] select ..." (for counting them in tests and benchmarks). */
  onQuery?: (sql: string) => void;
  /** The server's secret (SESSION_SECRET): seals the audit chain's head as events are written (audit.ts). */
  auditSecret?: string;
}

export function ormConfig(o: OrmOptions): Options {
  return {
    // The unit of work's own writes name the district too (district-driver.ts).
    driver: DistrictRoutedDriver,
    clientUrl: o.clientUrl,
    ...(o.replicaUrls?.length
      ? {
          replicas: o.replicaUrls.map((clientUrl, i) => ({ name: `replica-${i + 1}`, clientUrl })),
          preferReadReplicas: true,
        }
      : {}),
    entities: ENTITIES,
    discovery: {
      // Ids never change, and Citus refuses an ON UPDATE action on a key holding district_id:
      // no relation asks for one (MikroORM's default is CASCADE).
      onMetadata(meta) {
        for (const prop of meta.relations) prop.updateRule = "no action";
      },
    },
    extensions: [Migrator],
    subscribers: [new AuditSubscriber(o.auditSecret)],
    // References and collections loaded in a loop are batched into one query each.
    dataloader: DataloaderType.ALL,
    forceUndefined: false,
    debug: o.onQuery ? ["query"] : (o.debug ?? false),
    // Plain text for the counters: MikroORM colours "[query]" whenever the terminal allows.
    ...(o.onQuery
      ? { logger: (message: string) => o.onQuery!(stripVTControlCharacters(message)) }
      : {}),
    allowGlobalContext: false,
    pool: { min: 0, max: o.poolMax ?? 10 },
    // A stuck or absent database gives a quick, clear error instead of a hang.
    driverOptions: {
      acquireConnectionTimeout: o.acquireTimeoutMs ?? 5_000,
      connection: {
        statement_timeout: o.statementTimeoutMs ?? 15_000,
        connectionTimeoutMillis: o.acquireTimeoutMs ?? 5_000,
      },
    },
    migrations: {
      migrationsList: MIGRATIONS,
      tableName: "mikro_orm_migrations",
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      path: "src/migrations",
      emit: "ts",
      silent: true,
    },
  };
}

export async function createOrm(o: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormConfig(o));
}

/** Applies every committed migration not yet applied; returns their names. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  return (await orm.getMigrator().getPendingMigrations()).map((m) => m.name);
}

/**
 * A fresh EntityManager for one district's work: every statement it runs on district rows, the
 * reads with the relations and references they load on the way and the unit of work's writes,
 * carries `district_id = ?`. A second lock behind the services' own conditions, and what lets
 * PostgreSQL (or Citus, distributed by district) go straight to the district's rows.
 */
export function forkForDistrict(orm: MikroORM, districtId: string) {
  const em = orm.em.fork({ loggerContext: { [ROUTING_KEY]: districtId } });
  em.addFilter("district", { district: districtId }, DISTRICT_SCOPED_ENTITIES);
  return em;
}

export { DISTRICT_SCOPED_ENTITIES };

export { MikroORM };
/** Rows for a bulk insert (the benchmark seeds a state with it). */
export type { RequiredEntityData } from "@mikro-orm/core";
