import {
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  Property,
  type Opt,
  type Rel,
} from "@mikro-orm/core";

import { BUDGET_USES, IDEA_SUBGRANTS, type BudgetUse, type IdeaSubgrant } from "@allot/engine";

import { centsColumn, DistrictScoped } from "./base.js";
import { FiscalYear } from "./fiscal-year.js";
import { FundingSource } from "./funding-source.js";
import { ActionStep } from "./improvement-plan.js";
import { Position } from "./position.js";
import { School } from "./school.js";

export const BUDGET_LINE_STATUSES = ["APPROVED", "DRAFT"] as const;
export type BudgetLineStatus = (typeof BUDGET_LINE_STATUSES)[number];

/** How much of one program pays for one action step in a fiscal year, optionally at one school. */
@Entity({ tableName: "budget_line" })
@Index({ properties: ["district", "fiscalYear"] })
@Index({ properties: ["district", "actionStep"] })
@Index({ properties: ["fiscalYear", "fundingSource"] })
@Index({ properties: ["actionStep"] })
@Index({ properties: ["district", "position"] })
@Index({ properties: ["district", "fiscalYear", "functionCode", "objectCode"] })
@Check({ name: "budget_line_amount_positive", expression: "amount_cents > 0" })
@Check({
  name: "budget_line_item_priced",
  expression:
    '("quantity" is null) = ("unit_price_cents" is null) and ("quantity" is null or ("quantity" > 0 and "unit_price_cents" > 0 and "amount_cents" = "quantity" * "unit_price_cents"))',
})
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

  /** Function code in the state's chart of accounts (Georgia: 1000 instruction, 2230 ...). */
  @Property({ type: "string", length: 8, nullable: true })
  functionCode: string | null = null;

  /** Object code in the state's chart of accounts (Georgia: 110 teachers, 610 supplies ...). */
  @Property({ type: "string", length: 8, nullable: true })
  objectCode: string | null = null;

  /** The statutory use the line counts toward (family engagement, a Title IV-A use, CEIS). */
  @Enum({ items: [...BUDGET_USES], nullable: true })
  use: BudgetUse | null = null;

  /** For an IDEA Part B line: the 611 (3-21) or 619 (preschool) subgrant it spends. */
  @Enum({ items: [...IDEA_SUBGRANTS], nullable: true })
  subgrant: IdeaSubgrant | null = null;

  /** For an item line: how many, at what unit price; the amount is their product. */
  @Property({ type: "integer", nullable: true })
  quantity: number | null = null;

  @Property({ type: centsColumn(), nullable: true })
  unitPriceCents: number | null = null;

  @Property({ type: "string", length: 200, nullable: true })
  vendor: string | null = null;

  /** Why the district spends it, as the state's budget page asks per line. */
  @Property({ type: "text", nullable: true })
  narrative: string | null = null;

  /** The state's prior approval of equipment (reference or date), when recorded. */
  @Property({ type: "string", length: 200, nullable: true })
  priorApproval: string | null = null;

  /** The position whose salary or benefits this line is, derived from it and kept in sync. */
  @ManyToOne(() => Position, { nullable: true, deleteRule: "cascade" })
  position: Rel<Position> | null = null;

  /** A school leader's line waits as DRAFT until the director approves it. */
  @Enum({ items: [...BUDGET_LINE_STATUSES], default: "APPROVED" })
  status: Opt<BudgetLineStatus> = "APPROVED";

  /** Who drafted it ("user:<email>"), for a school leader's line. */
  @Property({ type: "string", length: 200, nullable: true })
  draftedBy: string | null = null;

  @Property({ type: "integer", version: true })
  version: Opt<number> = 1;
}
