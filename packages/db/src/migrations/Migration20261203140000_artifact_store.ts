import { Migration } from "@mikro-orm/migrations";

/** A monitoring artifact's bytes may live in the operator's artifact store instead of here. */
export class Migration20261203140000_artifact_store extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "monitoring_artifact" add column "stored_in" varchar(20) not null default 'DATABASE';`,
    );
    this.addSql(`alter table "monitoring_artifact" alter column "content" drop not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "monitoring_artifact" where "content" is null;`);
    this.addSql(`alter table "monitoring_artifact" alter column "content" set not null;`);
    this.addSql(`alter table "monitoring_artifact" drop column "stored_in";`);
  }
}
