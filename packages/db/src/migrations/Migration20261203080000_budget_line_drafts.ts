import { Migration } from "@mikro-orm/migrations";

/**
 * A school leader drafts lines for their school inside its envelope; the director approves them.
 * Every existing line is approved; a draft names who drafted it.
 */
export class Migration20261203080000_budget_line_drafts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "budget_line"
      add column "status" text check ("status" in ('APPROVED', 'DRAFT')) not null default 'APPROVED',
      add column "drafted_by" varchar(200) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "budget_line" drop column "status", drop column "drafted_by";`);
  }
}
