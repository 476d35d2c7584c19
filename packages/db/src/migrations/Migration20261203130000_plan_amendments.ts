import { Migration } from "@mikro-orm/migrations";

/**
 * The plan as a living document: its approval and revision, the amendments that change it (the
 * version history), the dates of each year's monitoring windows, and the strategic plan's
 * priority objectives chosen in its addendum.
 */
export class Migration20261203130000_plan_amendments extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "plan_amendment" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "plan_id" uuid not null, "number" smallint not null, "status" text check ("status" in ('APPLIED', 'PROPOSED', 'APPROVED', 'REJECTED')) not null, "reason" text not null, "changes" jsonb not null, "proposed_by" varchar(200) not null, "decided_by" varchar(200) null, "decided_at" timestamptz null, "decision_note" text null, "version" int not null default 1, constraint "plan_amendment_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "plan_amendment_district_id_plan_id_index" on "plan_amendment" ("district_id", "plan_id");`,
    );
    this.addSql(
      `alter table "plan_amendment" add constraint "plan_amendment_plan_id_number_unique" unique ("plan_id", "number");`,
    );
    this.addSql(
      `alter table "plan_amendment" add constraint "plan_amendment_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "plan_amendment" add constraint "plan_amendment_plan_id_foreign" foreign key ("plan_id") references "improvement_plan" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`alter table "fiscal_year" add column "monitoring_windows" jsonb null;`);
    this.addSql(
      `alter table "improvement_plan" add column "approved_at" timestamptz null, add column "approved_by" varchar(200) null, add column "revision" int not null default 1;`,
    );
    this.addSql(
      `alter table "strategic_plan" add column "priorities_chosen_on" date null, add column "priority_count" smallint null;`,
    );
    this.addSql(
      `alter table "performance_objective" add column "priority" boolean not null default false;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "plan_amendment" cascade;`);
    this.addSql(`alter table "fiscal_year" drop column "monitoring_windows";`);
    this.addSql(
      `alter table "improvement_plan" drop column "approved_at", drop column "approved_by", drop column "revision";`,
    );
    this.addSql(`alter table "performance_objective" drop column "priority";`);
    this.addSql(
      `alter table "strategic_plan" drop column "priorities_chosen_on", drop column "priority_count";`,
    );
  }
}
