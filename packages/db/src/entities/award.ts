import {
  Check,
  Entity,
  Index,
  ManyToOne,
  Property,
  Unique,
  type Opt,
  type Rel,
} from "@mikro-orm/core";

import { centsColumn, DistrictScoped } from "./base.js";
import { FiscalYear } from "./fiscal-year.js";
import { FundingSource } from "./funding-source.js";
import { School } from "./school.js";

/** A program's award for a fiscal year, with Title I carryover (ESEA 1127). Amounts in cents. */
@Entity({ tableName: "award" })
@Unique({ properties: ["district", "fiscalYear", "fundingSource"] })
@Check({
  name: "award_amounts_not_negative",
  expression: "amount_cents >= 0 and carryover_in_cents >= 0",
})
export class Award extends DistrictScoped {
  @ManyToOne(() => FiscalYear, { deleteRule: "cascade" })
  fiscalYear!: Rel<FiscalYear>;

  @ManyToOne(() => FundingSource)
  fundingSource!: Rel<FundingSource>;

  @Property({ type: centsColumn() })
  amountCents!: number;

  @Property({ type: centsColumn() })
  carryoverInCents: Opt<number> = 0;

  @Property({ type: "text", nullable: true })
  notes: string | null = null;

  /** IDEA Part B: the 619 preschool part of the award (the rest is 611); null until entered. */
  @Property({ type: centsColumn(), nullable: true })
  preschoolCents: number | null = null;

  /** Fund code the grant is booked to in the district's ledger (Georgia: 3 digits). */
  @Property({ type: "string", length: 8, nullable: true })
  fundCode: string | null = null;

  /** Program code of the grant in the state's chart (Georgia: 4 digits). */
  @Property({ type: "string", length: 8, nullable: true })
  programCode: string | null = null;

  @Property({ type: "integer", version: true })
  version: Opt<number> = 1;
}

/** Money moved between programs under ESEA 5103; only Title II-A and IV-A may send. */
@Entity({ tableName: "transfer" })
@Index({ properties: ["district", "fiscalYear"] })
@Check({ name: "transfer_amount_positive", expression: "amount_cents > 0" })
@Check({ name: "transfer_between_programs", expression: "from_source_id <> to_source_id" })
export class Transfer extends DistrictScoped {
  @ManyToOne(() => FiscalYear, { deleteRule: "cascade" })
  fiscalYear!: Rel<FiscalYear>;

  @ManyToOne(() => FundingSource)
  fromSource!: Rel<FundingSource>;

  @ManyToOne(() => FundingSource)
  toSource!: Rel<FundingSource>;

  @Property({ type: centsColumn() })
  amountCents!: number;
}

/**
 * A program's award to one school for a fiscal year, as the state makes it: 1003 school
 * improvement money is allocated by the state per school designated for support.
 */
@Entity({ tableName: "school_award" })
@Unique({ properties: ["district", "fiscalYear", "fundingSource", "school"] })
@Check({ name: "school_award_amount_not_negative", expression: "amount_cents >= 0" })
export class SchoolAward extends DistrictScoped {
  @ManyToOne(() => FiscalYear, { deleteRule: "cascade" })
  fiscalYear!: Rel<FiscalYear>;

  @ManyToOne(() => FundingSource)
  fundingSource!: Rel<FundingSource>;

  // A school the state awarded money to is not deleted silently.
  @ManyToOne(() => School, { deleteRule: "restrict" })
  school!: Rel<School>;

  @Property({ type: centsColumn() })
  amountCents!: number;

  @Property({ type: "integer", version: true })
  version: Opt<number> = 1;
}
