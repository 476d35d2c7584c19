import { Migration } from "@mikro-orm/migrations";

/**
 * IDEA Part B as its two subgrants: the 619 preschool part of the award, and which subgrant each
 * IDEA line and position share spends. Empty until entered; the compliance report says so.
 */
export class Migration20261203100000_idea_subgrants extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "award" add column "preschool_cents" bigint null;`);
    this.addSql(
      `alter table "budget_line" add column "subgrant" text check ("subgrant" in ('IDEA_611', 'IDEA_619')) null;`,
    );
    this.addSql(
      `alter table "position_funding" add column "subgrant" text check ("subgrant" in ('IDEA_611', 'IDEA_619')) null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "position_funding" drop column "subgrant";`);
    this.addSql(`alter table "budget_line" drop column "subgrant";`);
    this.addSql(`alter table "award" drop column "preschool_cents";`);
  }
}
