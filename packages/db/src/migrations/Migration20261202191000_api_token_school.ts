import { Migration } from "@mikro-orm/migrations";

/**
 * A school leader's API token names its school, as a school leader's account does; tokens in use
 * have unique names per district. A school leader token made before has no school and stops
 * working (it saw every school); its administrator makes a new one.
 */
export class Migration20261202191000_api_token_school extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "api_token" add column "school_id" uuid null;`);
    this.addSql(
      `alter table "api_token" add constraint "api_token_school_id_foreign" foreign key ("school_id") references "school" ("id") on update cascade on delete set null;`,
    );
    // Keep the newest of any active tokens sharing a name; revoke the others so the index can hold.
    this.addSql(
      `update "api_token" t set "revoked_at" = now() where t."revoked_at" is null and exists (select 1 from "api_token" o where o."district_id" = t."district_id" and o."name" = t."name" and o."revoked_at" is null and (o."created_at", o."id") > (t."created_at", t."id"));`,
    );
    this.addSql(
      `create unique index "api_token_active_name_unique" on "api_token" ("district_id", "name") where "revoked_at" is null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "api_token_active_name_unique";`);
    this.addSql(`alter table "api_token" drop constraint "api_token_school_id_foreign";`);
    this.addSql(`alter table "api_token" drop column "school_id";`);
  }
}
