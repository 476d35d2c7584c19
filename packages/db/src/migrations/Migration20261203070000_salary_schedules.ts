import { Migration } from "@mikro-orm/migrations";

/**
 * Salary schedules per fiscal year (a salary per step), and a position's place on one: its salary
 * then follows the schedule, so a raise to the schedule reaches every position and budget line on
 * it. A position off any schedule keeps its actual salary, as before.
 */
export class Migration20261203070000_salary_schedules extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "salary_schedule" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "fiscal_year_id" uuid not null, "name" varchar(40) not null, "steps" jsonb not null, "version" int not null default 1, constraint "salary_schedule_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "salary_schedule" add constraint "salary_schedule_district_id_fiscal_year_id_name_unique" unique ("district_id", "fiscal_year_id", "name");`,
    );
    this.addSql(
      `alter table "salary_schedule" add constraint "salary_schedule_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "salary_schedule" add constraint "salary_schedule_fiscal_year_id_foreign" foreign key ("fiscal_year_id") references "fiscal_year" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "position" add column "salary_schedule_id" uuid null, add column "schedule_step" smallint null;`,
    );
    this.addSql(
      `alter table "position" add constraint "position_salary_schedule_id_foreign" foreign key ("salary_schedule_id") references "salary_schedule" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "position" add constraint position_schedule_step check((salary_schedule_id is null) = (schedule_step is null));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "position" drop constraint position_schedule_step;`);
    this.addSql(`alter table "position" drop constraint "position_salary_schedule_id_foreign";`);
    this.addSql(
      `alter table "position" drop column "salary_schedule_id", drop column "schedule_step";`,
    );
    this.addSql(`drop table "salary_schedule";`);
  }
}
