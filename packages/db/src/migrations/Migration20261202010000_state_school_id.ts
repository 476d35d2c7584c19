import { Migration } from "@mikro-orm/migrations";

/** The state's school id, so a state file (Georgia's direct certification) can name the school. */
export class Migration20261202010000_state_school_id extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "school" add column "state_school_id" varchar(30) null;`);
    this.addSql(
      `alter table "school" add constraint "school_district_id_state_school_id_unique" unique ("district_id", "state_school_id");`,
    );
    // The demo's illustrative schools get ids in the state's form, as new demo data does.
    this.addSql(
      `update "school" s set "state_school_id" = d."state_lea_id" || '-' || right(s."nces_school_id", 4) from "district" d where d."id" = s."district_id" and s."illustrative" and d."state_lea_id" is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "school" drop constraint "school_district_id_state_school_id_unique";`,
    );
    this.addSql(`alter table "school" drop column "state_school_id";`);
  }
}
