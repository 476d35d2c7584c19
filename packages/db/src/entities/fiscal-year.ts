import { Entity, Property, Unique } from "@mikro-orm/core";

import { DistrictScoped } from "./base.js";

/** A district's fiscal year, named by the year it ends in (FY2022 = 2021-07-01 .. 2022-06-30 in Georgia). */
@Entity({ tableName: "fiscal_year" })
@Unique({ properties: ["district", "year"] })
export class FiscalYear extends DistrictScoped {
  @Property({ type: "smallint" })
  year!: number;

  @Property({ type: "date" })
  startsOn!: string;

  @Property({ type: "date" })
  endsOn!: string;
}
