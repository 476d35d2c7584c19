import { randomUUID } from "node:crypto";

import {
  BigIntType,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  type Opt,
  type Rel,
} from "@mikro-orm/core";

import { District } from "./district.js";

/** Money columns: bigint cents, read back as JS numbers (exact below 2^53 cents). */
export const centsColumn = () => new BigIntType("number");

/**
 * Every row of every table belongs to one district (`district_id`), so one deployment can serve
 * a state and the data can later be distributed by district.
 */
export abstract class DistrictScoped {
  /**
   * In the database the primary key is (district_id, id), for distribution by district (see the
   * district_keys migration). The ORM identifies a row by its id alone, a globally unique uuid;
   * its statements still name the district (district-driver.ts). This index serves a lookup or a
   * join by id alone.
   */
  @PrimaryKey({ type: "uuid" })
  @Index()
  id: string = randomUUID();

  @ManyToOne(() => District, { fieldName: "district_id", deleteRule: "cascade" })
  district!: Rel<District>;

  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Opt<Date> = new Date();

  @Property({ type: "datetime", defaultRaw: "now()", onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
