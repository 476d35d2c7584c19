import { Migration } from "@mikro-orm/migrations";

/**
 * Progress monitoring of action steps: each step's implementation status per monitoring window
 * (mid-year, end of year), with evidence, notes and who recorded it, and the files that evidence
 * it, stored in the database.
 */
export class Migration20261203120000_step_monitoring extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "step_monitoring" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "action_step_id" uuid not null, "window" text check ("window" in ('MID_YEAR', 'END_OF_YEAR')) not null, "status" text check ("status" in ('NOT_STARTED', 'BEGINNING', 'PARTIAL', 'FULL', 'NOT_IMPLEMENTED')) not null, "evidence" text null, "notes" text null, "recorded_by" varchar(200) not null, "version" int not null default 1, constraint "step_monitoring_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "step_monitoring" add constraint "step_monitoring_district_id_action_step_id_window_unique" unique ("district_id", "action_step_id", "window");`,
    );
    this.addSql(
      `create table "monitoring_artifact" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "monitoring_id" uuid not null, "file_name" varchar(200) not null, "content_type" varchar(100) not null, "size_bytes" int not null, "sha256" varchar(64) not null, "content" bytea not null, "uploaded_by" varchar(200) not null, constraint "monitoring_artifact_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "monitoring_artifact_district_id_monitoring_id_index" on "monitoring_artifact" ("district_id", "monitoring_id");`,
    );
    this.addSql(
      `alter table "step_monitoring" add constraint "step_monitoring_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "step_monitoring" add constraint "step_monitoring_action_step_id_foreign" foreign key ("action_step_id") references "action_step" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "monitoring_artifact" add constraint "monitoring_artifact_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "monitoring_artifact" add constraint "monitoring_artifact_monitoring_id_foreign" foreign key ("monitoring_id") references "step_monitoring" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "monitoring_artifact";`);
    this.addSql(`drop table "step_monitoring";`);
  }
}
