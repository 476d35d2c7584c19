import { Check, Entity, Index, ManyToOne, Property, type Opt, type Rel } from "@mikro-orm/core";

import { centsColumn, DistrictScoped } from "./base.js";
import { FiscalYear } from "./fiscal-year.js";
import { FundingSource } from "./funding-source.js";
import { ActionStep } from "./improvement-plan.js";
import { School } from "./school.js";

/** How much of one program pays for one action step in a fiscal year, optionally at one school. */
@Entity({ tableName: "budget_line" })
@Index({ properties: ["district", "fiscalYear"] })
@Index({ properties: ["district", "actionStep"] })
@Index({ properties: ["fiscalYear", "fundingSource"] })
@Index({ properties: ["actionStep"] })
@Check({ name: "budget_line_amount_positive", expression: "amount_cents > 0" })
export class BudgetLine extends DistrictScoped {
  @ManyToOne(() => FiscalYear)
  fiscalYear!: Rel<FiscalYear>;

  @ManyToOne(() => FundingSource)
  fundingSource!: Rel<FundingSource>;

  // No cascade: a plan re-import must not silently drop budgeted money (it is refused instead).
  @ManyToOne(() => ActionStep, { deleteRule: "restrict" })
  actionStep!: Rel<ActionStep>;

  @ManyToOne(() => School, { nullable: true, deleteRule: "restrict" })
  school: Rel<School> | null = null;

  @Property({ type: centsColumn() })
  amountCents!: number;

  @Property({ type: "text" })
  description!: string;

  /** Account code in the district's chart of accounts (e.g. Georgia's fund-function-object). */
  @Property({ type: "string", length: 64, nullable: true })
  accountCode: string | null = null;

  @Property({ type: "integer", version: true })
  version: Opt<number> = 1;
}
