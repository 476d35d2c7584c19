import { Migration } from "@mikro-orm/migrations";

export class Migration20261123181324 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "scenario" add column "action_step_links" jsonb not null default '[]';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "scenario" drop column "action_step_links";`);
  }
}
