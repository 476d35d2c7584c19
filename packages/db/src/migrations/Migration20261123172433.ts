import { Migration } from "@mikro-orm/migrations";

export class Migration20261123172433 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "district" ("id" uuid not null, "nces_lea_id" varchar(7) not null, "state_lea_id" varchar(20) null, "name" varchar(255) not null, "state" varchar(2) not null, "fiscal_year_start_month" smallint not null default 7, "federal_funding_options" text[] not null, "transferability" jsonb not null, "poverty_measure" text check ("poverty_measure" in ('DIRECT_CERTIFICATION', 'FREE_REDUCED_LUNCH', 'CENSUS', 'TANF', 'MEDICAID', 'COMPOSITE')) not null default 'DIRECT_CERTIFICATION', "direct_certification_multiplier" numeric(6,4) not null default 1.6, "created_at" timestamptz not null default now(), constraint "district_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "district" add constraint "district_nces_lea_id_unique" unique ("nces_lea_id");`,
    );

    this.addSql(
      `create table "fiscal_year" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "year" smallint not null, "starts_on" date not null, "ends_on" date not null, constraint "fiscal_year_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "fiscal_year" add constraint "fiscal_year_district_id_year_unique" unique ("district_id", "year");`,
    );

    this.addSql(
      `create table "funding_source" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" text check ("code" in ('TITLE_I_A', 'TITLE_I_A_1003', 'TITLE_II_A', 'TITLE_III_A', 'TITLE_IV_A', 'IDEA_B', 'MCKINNEY_VENTO')) not null, "name" varchar(255) not null, "statute" varchar(255) not null, "purpose" text not null, "allocation_basis" text not null, "eligible_subgroups" text[] not null, "admin_cap_basis_points" int null, "admin_cap_citation" varchar(255) null, "may_transfer_out" boolean not null default false, "transfer_targets" text[] not null, constraint "funding_source_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "funding_source" add constraint "funding_source_district_id_code_unique" unique ("district_id", "code");`,
    );

    this.addSql(
      `create table "award" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "fiscal_year_id" uuid not null, "funding_source_id" uuid not null, "amount_cents" bigint not null, "carryover_in_cents" bigint not null default 0, "notes" text null, "version" int not null default 1, constraint "award_pkey" primary key ("id"), constraint award_amounts_not_negative check (amount_cents >= 0 and carryover_in_cents >= 0));`,
    );
    this.addSql(
      `alter table "award" add constraint "award_fiscal_year_id_funding_source_id_unique" unique ("fiscal_year_id", "funding_source_id");`,
    );

    this.addSql(
      `create table "improvement_plan" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "fiscal_year_id" uuid not null, "title" varchar(255) not null, "district_name_as_printed" varchar(255) not null, "team_lead" varchar(255) null, "federal_funding_options" text[] not null, "transfers" jsonb not null, "poverty_factors" text[] not null, "waiver_requested" boolean null, "source_text" text not null, "imported_at" timestamptz not null, constraint "improvement_plan_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "improvement_plan" add constraint "improvement_plan_fiscal_year_id_unique" unique ("fiscal_year_id");`,
    );

    this.addSql(
      `create table "overarching_need" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "plan_id" uuid not null, "number" smallint not null, "description" text not null, "is_equity_gap" boolean null, "root_causes" text[] not null, "goal" text null, "equity_gap" text null, "content_areas" text[] not null, "grade_spans" text[] not null, "subgroups" text[] not null, "equity_interventions" jsonb not null, constraint "overarching_need_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "overarching_need" add constraint "overarching_need_plan_id_number_unique" unique ("plan_id", "number");`,
    );

    this.addSql(
      `create table "action_step" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "need_id" uuid not null, "number" smallint not null, "description" text not null, "subgroups" text[] not null, "systems" text[] not null, "monitoring_implementation" text null, "monitoring_effectiveness" text null, "positions_responsible" text null, "evidence_level" text check ("evidence_level" in ('STRONG', 'MODERATE', 'PROMISING', 'DEMONSTRATES_A_RATIONALE')) null, "timeline" varchar(255) null, "supports_equity_intervention" boolean null, "partnerships" text null, constraint "action_step_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "action_step" add constraint "action_step_need_id_number_unique" unique ("need_id", "number");`,
    );

    this.addSql(
      `create table "action_step_funding_source" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "action_step_id" uuid not null, "funding_source_id" uuid not null, constraint "action_step_funding_source_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "action_step_funding_source" add constraint "action_step_funding_source_action_step_id_funding_4c279_unique" unique ("action_step_id", "funding_source_id");`,
    );

    this.addSql(
      `create table "school" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "nces_school_id" varchar(12) not null, "name" varchar(255) not null, "level" text check ("level" in ('ELEMENTARY', 'MIDDLE', 'HIGH', 'OTHER')) not null, "grade_low" varchar(2) not null, "grade_high" varchar(2) not null, "enrollment" int not null, "direct_certified" int not null default 0, "low_income" int not null, "poverty_measure" text check ("poverty_measure" in ('DIRECT_CERTIFICATION', 'FREE_REDUCED_LUNCH', 'CENSUS', 'TANF', 'MEDICAID', 'COMPOSITE')) not null default 'DIRECT_CERTIFICATION', "english_learners" int not null default 0, "students_with_disabilities" int not null default 0, "homeless" int not null default 0, "foster" int not null default 0, "migrant" int not null default 0, "support_designation" text check ("support_designation" in ('NONE', 'TSI', 'ATSI', 'CSI')) not null default 'NONE', "title_istatus" text check ("title_istatus" in ('SCHOOLWIDE', 'TARGETED', 'NONE')) not null default 'NONE', "served_last_year" boolean not null default false, "illustrative" boolean not null default false, constraint "school_pkey" primary key ("id"), constraint school_counts_valid check (enrollment >= 0 and low_income >= 0 and low_income <= enrollment and direct_certified >= 0 and english_learners >= 0 and students_with_disabilities >= 0 and homeless >= 0 and foster >= 0 and migrant >= 0));`,
    );
    this.addSql(
      `alter table "school" add constraint "school_district_id_nces_school_id_unique" unique ("district_id", "nces_school_id");`,
    );

    this.addSql(
      `create table "budget_line" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "fiscal_year_id" uuid not null, "funding_source_id" uuid not null, "action_step_id" uuid not null, "school_id" uuid null, "amount_cents" bigint not null, "description" text not null, "account_code" varchar(64) null, "version" int not null default 1, constraint "budget_line_pkey" primary key ("id"), constraint budget_line_amount_positive check (amount_cents > 0));`,
    );
    this.addSql(
      `create index "budget_line_action_step_id_index" on "budget_line" ("action_step_id");`,
    );
    this.addSql(
      `create index "budget_line_fiscal_year_id_funding_source_id_index" on "budget_line" ("fiscal_year_id", "funding_source_id");`,
    );

    this.addSql(
      `create table "strategic_plan" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "title" varchar(255) not null, "start_year" smallint not null, "end_year" smallint not null, constraint "strategic_plan_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "strategic_plan" add constraint "strategic_plan_district_id_start_year_unique" unique ("district_id", "start_year");`,
    );

    this.addSql(
      `create table "strategic_goal" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "plan_id" uuid not null, "number" smallint not null, "title" varchar(255) not null, "description" text not null default '', constraint "strategic_goal_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "strategic_goal" add constraint "strategic_goal_plan_id_number_unique" unique ("plan_id", "number");`,
    );

    this.addSql(
      `create table "performance_objective" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "goal_id" uuid not null, "code" varchar(16) not null, "description" text not null, constraint "performance_objective_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "performance_objective" add constraint "performance_objective_goal_id_code_unique" unique ("goal_id", "code");`,
    );

    this.addSql(
      `create table "strategic_initiative" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "objective_id" uuid not null, "code" varchar(16) not null, "description" text not null, constraint "strategic_initiative_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "strategic_initiative" add constraint "strategic_initiative_objective_id_code_unique" unique ("objective_id", "code");`,
    );

    this.addSql(
      `create table "strategic_action_step" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "initiative_id" uuid not null, "code" varchar(16) not null, "description" text not null, "gvpe_references" text[] not null, constraint "strategic_action_step_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "strategic_action_step" add constraint "strategic_action_step_initiative_id_code_unique" unique ("initiative_id", "code");`,
    );

    this.addSql(
      `create table "action_step_strategic_link" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "action_step_id" uuid not null, "strategic_action_step_id" uuid not null, constraint "action_step_strategic_link_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "action_step_strategic_link" add constraint "action_step_strategic_link_action_step_id_strateg_0b6dc_unique" unique ("action_step_id", "strategic_action_step_id");`,
    );

    this.addSql(
      `create table "transfer" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "fiscal_year_id" uuid not null, "from_source_id" uuid not null, "to_source_id" uuid not null, "amount_cents" bigint not null, constraint "transfer_pkey" primary key ("id"), constraint transfer_between_programs check (from_source_id <> to_source_id), constraint transfer_amount_positive check (amount_cents > 0));`,
    );

    this.addSql(
      `alter table "fiscal_year" add constraint "fiscal_year_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "funding_source" add constraint "funding_source_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "award" add constraint "award_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "award" add constraint "award_fiscal_year_id_foreign" foreign key ("fiscal_year_id") references "fiscal_year" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "award" add constraint "award_funding_source_id_foreign" foreign key ("funding_source_id") references "funding_source" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "improvement_plan" add constraint "improvement_plan_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "improvement_plan" add constraint "improvement_plan_fiscal_year_id_foreign" foreign key ("fiscal_year_id") references "fiscal_year" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "overarching_need" add constraint "overarching_need_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "overarching_need" add constraint "overarching_need_plan_id_foreign" foreign key ("plan_id") references "improvement_plan" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "action_step" add constraint "action_step_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "action_step" add constraint "action_step_need_id_foreign" foreign key ("need_id") references "overarching_need" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "action_step_funding_source" add constraint "action_step_funding_source_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "action_step_funding_source" add constraint "action_step_funding_source_action_step_id_foreign" foreign key ("action_step_id") references "action_step" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "action_step_funding_source" add constraint "action_step_funding_source_funding_source_id_foreign" foreign key ("funding_source_id") references "funding_source" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "school" add constraint "school_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "budget_line" add constraint "budget_line_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "budget_line" add constraint "budget_line_fiscal_year_id_foreign" foreign key ("fiscal_year_id") references "fiscal_year" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "budget_line" add constraint "budget_line_funding_source_id_foreign" foreign key ("funding_source_id") references "funding_source" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "budget_line" add constraint "budget_line_action_step_id_foreign" foreign key ("action_step_id") references "action_step" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "budget_line" add constraint "budget_line_school_id_foreign" foreign key ("school_id") references "school" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "strategic_plan" add constraint "strategic_plan_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "strategic_goal" add constraint "strategic_goal_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "strategic_goal" add constraint "strategic_goal_plan_id_foreign" foreign key ("plan_id") references "strategic_plan" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "performance_objective" add constraint "performance_objective_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "performance_objective" add constraint "performance_objective_goal_id_foreign" foreign key ("goal_id") references "strategic_goal" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "strategic_initiative" add constraint "strategic_initiative_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "strategic_initiative" add constraint "strategic_initiative_objective_id_foreign" foreign key ("objective_id") references "performance_objective" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "strategic_action_step" add constraint "strategic_action_step_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "strategic_action_step" add constraint "strategic_action_step_initiative_id_foreign" foreign key ("initiative_id") references "strategic_initiative" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "action_step_strategic_link" add constraint "action_step_strategic_link_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "action_step_strategic_link" add constraint "action_step_strategic_link_action_step_id_foreign" foreign key ("action_step_id") references "action_step" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "action_step_strategic_link" add constraint "action_step_strategic_link_strategic_action_step_id_foreign" foreign key ("strategic_action_step_id") references "strategic_action_step" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "transfer" add constraint "transfer_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "transfer" add constraint "transfer_fiscal_year_id_foreign" foreign key ("fiscal_year_id") references "fiscal_year" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "transfer" add constraint "transfer_from_source_id_foreign" foreign key ("from_source_id") references "funding_source" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "transfer" add constraint "transfer_to_source_id_foreign" foreign key ("to_source_id") references "funding_source" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "fiscal_year" drop constraint "fiscal_year_district_id_foreign";`);

    this.addSql(
      `alter table "funding_source" drop constraint "funding_source_district_id_foreign";`,
    );

    this.addSql(`alter table "award" drop constraint "award_district_id_foreign";`);

    this.addSql(
      `alter table "improvement_plan" drop constraint "improvement_plan_district_id_foreign";`,
    );

    this.addSql(
      `alter table "overarching_need" drop constraint "overarching_need_district_id_foreign";`,
    );

    this.addSql(`alter table "action_step" drop constraint "action_step_district_id_foreign";`);

    this.addSql(
      `alter table "action_step_funding_source" drop constraint "action_step_funding_source_district_id_foreign";`,
    );

    this.addSql(`alter table "school" drop constraint "school_district_id_foreign";`);

    this.addSql(`alter table "budget_line" drop constraint "budget_line_district_id_foreign";`);

    this.addSql(
      `alter table "strategic_plan" drop constraint "strategic_plan_district_id_foreign";`,
    );

    this.addSql(
      `alter table "strategic_goal" drop constraint "strategic_goal_district_id_foreign";`,
    );

    this.addSql(
      `alter table "performance_objective" drop constraint "performance_objective_district_id_foreign";`,
    );

    this.addSql(
      `alter table "strategic_initiative" drop constraint "strategic_initiative_district_id_foreign";`,
    );

    this.addSql(
      `alter table "strategic_action_step" drop constraint "strategic_action_step_district_id_foreign";`,
    );

    this.addSql(
      `alter table "action_step_strategic_link" drop constraint "action_step_strategic_link_district_id_foreign";`,
    );

    this.addSql(`alter table "transfer" drop constraint "transfer_district_id_foreign";`);

    this.addSql(`alter table "award" drop constraint "award_fiscal_year_id_foreign";`);

    this.addSql(
      `alter table "improvement_plan" drop constraint "improvement_plan_fiscal_year_id_foreign";`,
    );

    this.addSql(`alter table "budget_line" drop constraint "budget_line_fiscal_year_id_foreign";`);

    this.addSql(`alter table "transfer" drop constraint "transfer_fiscal_year_id_foreign";`);

    this.addSql(`alter table "award" drop constraint "award_funding_source_id_foreign";`);

    this.addSql(
      `alter table "action_step_funding_source" drop constraint "action_step_funding_source_funding_source_id_foreign";`,
    );

    this.addSql(
      `alter table "budget_line" drop constraint "budget_line_funding_source_id_foreign";`,
    );

    this.addSql(`alter table "transfer" drop constraint "transfer_from_source_id_foreign";`);

    this.addSql(`alter table "transfer" drop constraint "transfer_to_source_id_foreign";`);

    this.addSql(
      `alter table "overarching_need" drop constraint "overarching_need_plan_id_foreign";`,
    );

    this.addSql(`alter table "action_step" drop constraint "action_step_need_id_foreign";`);

    this.addSql(
      `alter table "action_step_funding_source" drop constraint "action_step_funding_source_action_step_id_foreign";`,
    );

    this.addSql(`alter table "budget_line" drop constraint "budget_line_action_step_id_foreign";`);

    this.addSql(
      `alter table "action_step_strategic_link" drop constraint "action_step_strategic_link_action_step_id_foreign";`,
    );

    this.addSql(`alter table "budget_line" drop constraint "budget_line_school_id_foreign";`);

    this.addSql(`alter table "strategic_goal" drop constraint "strategic_goal_plan_id_foreign";`);

    this.addSql(
      `alter table "performance_objective" drop constraint "performance_objective_goal_id_foreign";`,
    );

    this.addSql(
      `alter table "strategic_initiative" drop constraint "strategic_initiative_objective_id_foreign";`,
    );

    this.addSql(
      `alter table "strategic_action_step" drop constraint "strategic_action_step_initiative_id_foreign";`,
    );

    this.addSql(
      `alter table "action_step_strategic_link" drop constraint "action_step_strategic_link_strategic_action_step_id_foreign";`,
    );

    this.addSql(`drop table if exists "district" cascade;`);

    this.addSql(`drop table if exists "fiscal_year" cascade;`);

    this.addSql(`drop table if exists "funding_source" cascade;`);

    this.addSql(`drop table if exists "award" cascade;`);

    this.addSql(`drop table if exists "improvement_plan" cascade;`);

    this.addSql(`drop table if exists "overarching_need" cascade;`);

    this.addSql(`drop table if exists "action_step" cascade;`);

    this.addSql(`drop table if exists "action_step_funding_source" cascade;`);

    this.addSql(`drop table if exists "school" cascade;`);

    this.addSql(`drop table if exists "budget_line" cascade;`);

    this.addSql(`drop table if exists "strategic_plan" cascade;`);

    this.addSql(`drop table if exists "strategic_goal" cascade;`);

    this.addSql(`drop table if exists "performance_objective" cascade;`);

    this.addSql(`drop table if exists "strategic_initiative" cascade;`);

    this.addSql(`drop table if exists "strategic_action_step" cascade;`);

    this.addSql(`drop table if exists "action_step_strategic_link" cascade;`);

    this.addSql(`drop table if exists "transfer" cascade;`);
  }
}
