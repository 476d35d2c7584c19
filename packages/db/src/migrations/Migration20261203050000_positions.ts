import { Migration } from "@mikro-orm/migrations";

/**
 * Positions: job classes, benefit rates per fiscal year, positions and their funding shares. A
 * position's salary and benefit budget lines point back at it (budget_line.position_id) and go
 * with it.
 */
export class Migration20261203050000_positions extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "benefit_rate" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "fiscal_year_id" uuid not null, "name" varchar(100) not null, "object_code" varchar(8) not null, "basis" text check ("basis" in ('PERCENT_OF_SALARY', 'PER_FTE')) not null, "rate_hundredths_of_percent" int null, "per_fte_cents" bigint null, "applies_to" text check ("applies_to" in ('ALL', 'CERTIFIED', 'CLASSIFIED')) not null, "version" int not null default 1, constraint "benefit_rate_pkey" primary key ("id"), constraint benefit_rate_shape check ((basis = 'PERCENT_OF_SALARY' and rate_hundredths_of_percent >= 0 and rate_hundredths_of_percent <= 10000 and per_fte_cents is null) or (basis = 'PER_FTE' and per_fte_cents >= 0 and rate_hundredths_of_percent is null)));`,
    );
    this.addSql(
      `alter table "benefit_rate" add constraint "benefit_rate_district_id_fiscal_year_id_name_unique" unique ("district_id", "fiscal_year_id", "name");`,
    );
    this.addSql(
      `create table "job_class" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(20) not null, "title" varchar(200) not null, "category" text check ("category" in ('CERTIFIED', 'CLASSIFIED')) not null, "salary_object_code" varchar(8) not null, "version" int not null default 1, constraint "job_class_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "job_class" add constraint "job_class_district_id_code_unique" unique ("district_id", "code");`,
    );
    this.addSql(
      `create table "position" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "fiscal_year_id" uuid not null, "code" varchar(40) not null, "title" varchar(200) not null, "job_class_id" uuid not null, "school_id" uuid null, "fte_hundredths" smallint not null, "salary_cents" bigint not null, "status" text check ("status" in ('FILLED', 'VACANT')) not null, "person_name" varchar(200) null, "version" int not null default 1, constraint "position_pkey" primary key ("id"), constraint position_salary check (salary_cents >= 0), constraint position_fte check (fte_hundredths >= 1 and fte_hundredths <= 100));`,
    );
    this.addSql(
      `create index "position_district_id_fiscal_year_id_school_id_index" on "position" ("district_id", "fiscal_year_id", "school_id");`,
    );
    this.addSql(
      `alter table "position" add constraint "position_district_id_fiscal_year_id_code_unique" unique ("district_id", "fiscal_year_id", "code");`,
    );
    this.addSql(
      `create table "position_funding" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "position_id" uuid not null, "funding_source_id" uuid not null, "action_step_id" uuid not null, "function_code" varchar(8) not null, "share_basis_points" int not null, constraint "position_funding_pkey" primary key ("id"), constraint position_funding_share check (share_basis_points >= 1 and share_basis_points <= 10000));`,
    );
    this.addSql(
      `create index "position_funding_district_id_position_id_index" on "position_funding" ("district_id", "position_id");`,
    );
    this.addSql(
      `alter table "benefit_rate" add constraint "benefit_rate_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "benefit_rate" add constraint "benefit_rate_fiscal_year_id_foreign" foreign key ("fiscal_year_id") references "fiscal_year" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "job_class" add constraint "job_class_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "position" add constraint "position_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "position" add constraint "position_fiscal_year_id_foreign" foreign key ("fiscal_year_id") references "fiscal_year" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "position" add constraint "position_job_class_id_foreign" foreign key ("job_class_id") references "job_class" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "position" add constraint "position_school_id_foreign" foreign key ("school_id") references "school" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "position_funding" add constraint "position_funding_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "position_funding" add constraint "position_funding_position_id_foreign" foreign key ("position_id") references "position" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "position_funding" add constraint "position_funding_funding_source_id_foreign" foreign key ("funding_source_id") references "funding_source" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "position_funding" add constraint "position_funding_action_step_id_foreign" foreign key ("action_step_id") references "action_step" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(`alter table "budget_line" add column "position_id" uuid null;`);
    this.addSql(
      `alter table "budget_line" add constraint "budget_line_position_id_foreign" foreign key ("position_id") references "position" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `create index "budget_line_district_id_position_id_index" on "budget_line" ("district_id", "position_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "budget_line" drop constraint "budget_line_position_id_foreign";`);
    this.addSql(`drop index "budget_line_district_id_position_id_index";`);
    this.addSql(`alter table "budget_line" drop column "position_id";`);
    this.addSql(`drop table "position_funding";`);
    this.addSql(`drop table "position";`);
    this.addSql(`drop table "benefit_rate";`);
    this.addSql(`drop table "job_class";`);
  }
}
