import { Migration } from "@mikro-orm/migrations";

/**
 * A budget line says where it sits in the state's chart of accounts (function and object codes,
 * checked against the state's list), what it buys (item x quantity x unit price, a vendor, a
 * narrative), which statutory use it counts toward, and the state's prior approval of equipment.
 * Existing lines keep their amounts; their codes are empty until someone enters them, which the
 * budget compliance report shows as "not checked".
 */
export class Migration20261203040000_budget_line_codes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "budget_line"
      add column "function_code" varchar(8) null,
      add column "object_code" varchar(8) null,
      add column "use" text check ("use" in ('FAMILY_ENGAGEMENT', 'WELL_ROUNDED_EDUCATION', 'SAFE_AND_HEALTHY_STUDENTS', 'EFFECTIVE_USE_OF_TECHNOLOGY', 'TECHNOLOGY_INFRASTRUCTURE', 'EARLY_INTERVENING_SERVICES')) null,
      add column "quantity" int null,
      add column "unit_price_cents" bigint null,
      add column "vendor" varchar(200) null,
      add column "narrative" text null,
      add column "prior_approval" varchar(200) null;`);
    this.addSql(
      `alter table "budget_line" add constraint "budget_line_item_priced" check (("quantity" is null) = ("unit_price_cents" is null) and ("quantity" is null or ("quantity" > 0 and "unit_price_cents" > 0 and "amount_cents" = "quantity" * "unit_price_cents")));`,
    );
    this.addSql(
      `create index "budget_line_district_id_fiscal_year_id_function_co_3aaf8_index" on "budget_line" ("district_id", "fiscal_year_id", "function_code", "object_code");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "budget_line_district_id_fiscal_year_id_function_co_3aaf8_index";`);
    this.addSql(`alter table "budget_line" drop constraint "budget_line_item_priced";`);
    this.addSql(`alter table "budget_line"
      drop column "function_code", drop column "object_code", drop column "use",
      drop column "quantity", drop column "unit_price_cents", drop column "vendor",
      drop column "narrative", drop column "prior_approval";`);
  }
}
