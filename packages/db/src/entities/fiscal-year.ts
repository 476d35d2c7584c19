import { Entity, Property, Unique, type Opt } from "@mikro-orm/core";

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

  /**
   * The dates of the year's two progress-monitoring windows, when the district set them; until
   * then they are the last month of each half of the year (see monitoringWindowsOf).
   */
  @Property({ type: "json", nullable: true })
  monitoringWindows: Opt<MonitoringWindowDates[]> | null = null;
}

export interface MonitoringWindowDates {
  window: "MID_YEAR" | "END_OF_YEAR";
  opensOn: string;
  closesOn: string;
}
