import { Migration } from "@mikro-orm/migrations";

/**
 * A need's goal as a measure (baseline, target, their years, yearly growth, yearly targets and
 * values reached), filled by the plan importer from what the goal's text states.
 */
export class Migration20261203110000_goal_measures extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "goal_measure" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "need_id" uuid not null, "measure" varchar(200) null, "data_source" varchar(200) null, "unit" varchar(20) not null default 'PERCENT', "baseline_hundredths" int null, "baseline_year" smallint null, "target_hundredths" int null, "target_year" smallint null, "annual_change_hundredths" int null, "values" jsonb not null, "version" int not null default 1, constraint "goal_measure_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "goal_measure" add constraint "goal_measure_district_id_need_id_unique" unique ("district_id", "need_id");`,
    );
    this.addSql(
      `alter table "goal_measure" add constraint "goal_measure_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "goal_measure" add constraint "goal_measure_need_id_foreign" foreign key ("need_id") references "overarching_need" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "goal_measure";`);
  }
}
