import { Migration } from "@mikro-orm/migrations";

/**
 * Every key of a table distributed by district leads with district_id: primary keys become
 * (district_id, id), unique constraints (district_id, ...), and each foreign key between two
 * such tables (district_id, x_id) -> (district_id, id). A Citus deployment distributes the tables
 * on district_id as they are (docs/OPERATIONS.md), and PostgreSQL now refuses a row that refers
 * to another district's row. The ids stay globally unique uuids: no data changes, and an index
 * on id alone keeps lookups by id as fast as before.
 *
 * The credential tables (app_user, user_session, api_token) are keyed the same way; their email
 * and hashes stay unique across districts, since they are looked up before any district is known
 * (Citus holds them as reference tables, which may keep such constraints).
 */
export class Migration20261203160000_district_keys extends Migration {
  override async up(): Promise<void> {
    // 1. The foreign keys between tables, re-made below with district_id.
    this.addSql(`alter table "award" drop constraint "award_fiscal_year_id_foreign";`);
    this.addSql(`alter table "award" drop constraint "award_funding_source_id_foreign";`);
    this.addSql(
      `alter table "improvement_plan" drop constraint "improvement_plan_fiscal_year_id_foreign";`,
    );
    this.addSql(
      `alter table "overarching_need" drop constraint "overarching_need_plan_id_foreign";`,
    );
    this.addSql(`alter table "action_step" drop constraint "action_step_need_id_foreign";`);
    this.addSql(
      `alter table "action_step_funding_source" drop constraint "action_step_funding_source_action_step_id_foreign";`,
    );
    this.addSql(
      `alter table "action_step_funding_source" drop constraint "action_step_funding_source_funding_source_id_foreign";`,
    );
    this.addSql(`alter table "budget_line" drop constraint "budget_line_action_step_id_foreign";`);
    this.addSql(`alter table "budget_line" drop constraint "budget_line_fiscal_year_id_foreign";`);
    this.addSql(
      `alter table "budget_line" drop constraint "budget_line_funding_source_id_foreign";`,
    );
    this.addSql(`alter table "budget_line" drop constraint "budget_line_position_id_foreign";`);
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
      `alter table "action_step_strategic_link" drop constraint "action_step_strategic_link_action_step_id_foreign";`,
    );
    this.addSql(
      `alter table "action_step_strategic_link" drop constraint "action_step_strategic_link_strategic_action_step_id_foreign";`,
    );
    this.addSql(`alter table "transfer" drop constraint "transfer_fiscal_year_id_foreign";`);
    this.addSql(`alter table "transfer" drop constraint "transfer_from_source_id_foreign";`);
    this.addSql(`alter table "transfer" drop constraint "transfer_to_source_id_foreign";`);
    this.addSql(`alter table "scenario" drop constraint "scenario_created_from_id_foreign";`);
    this.addSql(`alter table "scenario" drop constraint "scenario_fiscal_year_id_foreign";`);
    this.addSql(
      `alter table "scenario_allocation" drop constraint "scenario_allocation_action_step_id_foreign";`,
    );
    this.addSql(
      `alter table "scenario_allocation" drop constraint "scenario_allocation_funding_source_id_foreign";`,
    );
    this.addSql(
      `alter table "scenario_allocation" drop constraint "scenario_allocation_scenario_id_foreign";`,
    );
    this.addSql(
      `alter table "scenario_allocation" drop constraint "scenario_allocation_school_id_foreign";`,
    );
    this.addSql(`alter table "api_token" drop constraint "api_token_school_id_foreign";`);
    this.addSql(`alter table "app_user" drop constraint "app_user_school_id_foreign";`);
    this.addSql(`alter table "user_session" drop constraint "user_session_user_id_foreign";`);
    this.addSql(
      `alter table "benefit_rate" drop constraint "benefit_rate_fiscal_year_id_foreign";`,
    );
    this.addSql(`alter table "position" drop constraint "position_fiscal_year_id_foreign";`);
    this.addSql(`alter table "position" drop constraint "position_job_class_id_foreign";`);
    this.addSql(`alter table "position" drop constraint "position_salary_schedule_id_foreign";`);
    this.addSql(`alter table "position" drop constraint "position_school_id_foreign";`);
    this.addSql(
      `alter table "position_funding" drop constraint "position_funding_action_step_id_foreign";`,
    );
    this.addSql(
      `alter table "position_funding" drop constraint "position_funding_funding_source_id_foreign";`,
    );
    this.addSql(
      `alter table "position_funding" drop constraint "position_funding_position_id_foreign";`,
    );
    this.addSql(
      `alter table "salary_schedule" drop constraint "salary_schedule_fiscal_year_id_foreign";`,
    );
    this.addSql(
      `alter table "school_award" drop constraint "school_award_fiscal_year_id_foreign";`,
    );
    this.addSql(
      `alter table "school_award" drop constraint "school_award_funding_source_id_foreign";`,
    );
    this.addSql(`alter table "school_award" drop constraint "school_award_school_id_foreign";`);
    this.addSql(`alter table "goal_measure" drop constraint "goal_measure_need_id_foreign";`);
    this.addSql(
      `alter table "step_monitoring" drop constraint "step_monitoring_action_step_id_foreign";`,
    );
    this.addSql(
      `alter table "monitoring_artifact" drop constraint "monitoring_artifact_monitoring_id_foreign";`,
    );
    this.addSql(`alter table "plan_amendment" drop constraint "plan_amendment_plan_id_foreign";`);
    // 2. Primary keys, and an index on id alone for the ORM's reads and writes by id.
    this.addSql(
      `alter table "action_step" drop constraint "action_step_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(`create index "action_step_id_index" on "action_step" ("id");`);
    this.addSql(
      `alter table "action_step_funding_source" drop constraint "action_step_funding_source_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(
      `create index "action_step_funding_source_id_index" on "action_step_funding_source" ("id");`,
    );
    this.addSql(
      `alter table "action_step_strategic_link" drop constraint "action_step_strategic_link_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(
      `create index "action_step_strategic_link_id_index" on "action_step_strategic_link" ("id");`,
    );
    this.addSql(
      `alter table "api_token" drop constraint "api_token_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(`create index "api_token_id_index" on "api_token" ("id");`);
    this.addSql(
      `alter table "app_user" drop constraint "app_user_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(`create index "app_user_id_index" on "app_user" ("id");`);
    this.addSql(
      `alter table "audit_checkpoint" drop constraint "audit_checkpoint_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(`create index "audit_checkpoint_id_index" on "audit_checkpoint" ("id");`);
    this.addSql(
      `alter table "audit_event" drop constraint "audit_event_pkey", add primary key ("district_id", "sequence");`,
    );
    this.addSql(
      `alter table "award" drop constraint "award_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(`create index "award_id_index" on "award" ("id");`);
    this.addSql(
      `alter table "benefit_rate" drop constraint "benefit_rate_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(`create index "benefit_rate_id_index" on "benefit_rate" ("id");`);
    this.addSql(
      `alter table "budget_line" drop constraint "budget_line_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(`create index "budget_line_id_index" on "budget_line" ("id");`);
    this.addSql(
      `alter table "fiscal_year" drop constraint "fiscal_year_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(`create index "fiscal_year_id_index" on "fiscal_year" ("id");`);
    this.addSql(
      `alter table "funding_source" drop constraint "funding_source_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(`create index "funding_source_id_index" on "funding_source" ("id");`);
    this.addSql(
      `alter table "goal_measure" drop constraint "goal_measure_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(`create index "goal_measure_id_index" on "goal_measure" ("id");`);
    this.addSql(
      `alter table "idempotency_key" drop constraint "idempotency_key_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(`create index "idempotency_key_id_index" on "idempotency_key" ("id");`);
    this.addSql(
      `alter table "improvement_plan" drop constraint "improvement_plan_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(`create index "improvement_plan_id_index" on "improvement_plan" ("id");`);
    this.addSql(
      `alter table "job_class" drop constraint "job_class_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(`create index "job_class_id_index" on "job_class" ("id");`);
    this.addSql(
      `alter table "monitoring_artifact" drop constraint "monitoring_artifact_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(`create index "monitoring_artifact_id_index" on "monitoring_artifact" ("id");`);
    this.addSql(
      `alter table "overarching_need" drop constraint "overarching_need_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(`create index "overarching_need_id_index" on "overarching_need" ("id");`);
    this.addSql(
      `alter table "performance_objective" drop constraint "performance_objective_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(`create index "performance_objective_id_index" on "performance_objective" ("id");`);
    this.addSql(
      `alter table "plan_amendment" drop constraint "plan_amendment_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(`create index "plan_amendment_id_index" on "plan_amendment" ("id");`);
    this.addSql(
      `alter table "position" drop constraint "position_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(`create index "position_id_index" on "position" ("id");`);
    this.addSql(
      `alter table "position_funding" drop constraint "position_funding_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(`create index "position_funding_id_index" on "position_funding" ("id");`);
    this.addSql(
      `alter table "salary_schedule" drop constraint "salary_schedule_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(`create index "salary_schedule_id_index" on "salary_schedule" ("id");`);
    this.addSql(
      `alter table "scenario" drop constraint "scenario_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(`create index "scenario_id_index" on "scenario" ("id");`);
    this.addSql(
      `alter table "scenario_allocation" drop constraint "scenario_allocation_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(`create index "scenario_allocation_id_index" on "scenario_allocation" ("id");`);
    this.addSql(
      `alter table "school" drop constraint "school_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(`create index "school_id_index" on "school" ("id");`);
    this.addSql(
      `alter table "school_award" drop constraint "school_award_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(`create index "school_award_id_index" on "school_award" ("id");`);
    this.addSql(
      `alter table "step_monitoring" drop constraint "step_monitoring_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(`create index "step_monitoring_id_index" on "step_monitoring" ("id");`);
    this.addSql(
      `alter table "strategic_action_step" drop constraint "strategic_action_step_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(`create index "strategic_action_step_id_index" on "strategic_action_step" ("id");`);
    this.addSql(
      `alter table "strategic_goal" drop constraint "strategic_goal_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(`create index "strategic_goal_id_index" on "strategic_goal" ("id");`);
    this.addSql(
      `alter table "strategic_initiative" drop constraint "strategic_initiative_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(`create index "strategic_initiative_id_index" on "strategic_initiative" ("id");`);
    this.addSql(
      `alter table "strategic_plan" drop constraint "strategic_plan_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(`create index "strategic_plan_id_index" on "strategic_plan" ("id");`);
    this.addSql(
      `alter table "transfer" drop constraint "transfer_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(`create index "transfer_id_index" on "transfer" ("id");`);
    this.addSql(
      `alter table "user_session" drop constraint "user_session_pkey", add primary key ("district_id", "id");`,
    );
    this.addSql(`create index "user_session_id_index" on "user_session" ("id");`);
    // 3. Unique constraints, each led by district_id.
    this.addSql(
      `alter table "audit_event" drop constraint "audit_event_hash_unique", add constraint "audit_event_district_id_hash_unique" unique ("district_id", "hash");`,
    );
    this.addSql(
      `alter table "award" drop constraint "award_fiscal_year_id_funding_source_id_unique", add constraint "award_district_id_fiscal_year_id_funding_source_id_unique" unique ("district_id", "fiscal_year_id", "funding_source_id");`,
    );
    this.addSql(
      `alter table "improvement_plan" drop constraint "improvement_plan_fiscal_year_id_unique", add constraint "improvement_plan_district_id_fiscal_year_id_unique" unique ("district_id", "fiscal_year_id");`,
    );
    this.addSql(
      `alter table "overarching_need" drop constraint "overarching_need_plan_id_number_unique", add constraint "overarching_need_district_id_plan_id_number_unique" unique ("district_id", "plan_id", "number");`,
    );
    this.addSql(
      `alter table "action_step" drop constraint "action_step_need_id_number_unique", add constraint "action_step_district_id_need_id_number_unique" unique ("district_id", "need_id", "number");`,
    );
    this.addSql(
      `alter table "action_step_funding_source" drop constraint "action_step_funding_source_action_step_id_funding_4c279_unique", add constraint "action_step_funding_source_district_id_action_ste_657ae_unique" unique ("district_id", "action_step_id", "funding_source_id");`,
    );
    this.addSql(
      `alter table "plan_amendment" drop constraint "plan_amendment_plan_id_number_unique", add constraint "plan_amendment_district_id_plan_id_number_unique" unique ("district_id", "plan_id", "number");`,
    );
    this.addSql(
      `alter table "strategic_goal" drop constraint "strategic_goal_plan_id_number_unique", add constraint "strategic_goal_district_id_plan_id_number_unique" unique ("district_id", "plan_id", "number");`,
    );
    this.addSql(
      `alter table "performance_objective" drop constraint "performance_objective_goal_id_code_unique", add constraint "performance_objective_district_id_goal_id_code_unique" unique ("district_id", "goal_id", "code");`,
    );
    this.addSql(
      `alter table "strategic_initiative" drop constraint "strategic_initiative_objective_id_code_unique", add constraint "strategic_initiative_district_id_objective_id_code_unique" unique ("district_id", "objective_id", "code");`,
    );
    this.addSql(
      `alter table "strategic_action_step" drop constraint "strategic_action_step_initiative_id_code_unique", add constraint "strategic_action_step_district_id_initiative_id_code_unique" unique ("district_id", "initiative_id", "code");`,
    );
    this.addSql(
      `alter table "action_step_strategic_link" drop constraint "action_step_strategic_link_action_step_id_strateg_0b6dc_unique", add constraint "action_step_strategic_link_district_id_action_ste_41bf0_unique" unique ("district_id", "action_step_id", "strategic_action_step_id");`,
    );
    this.addSql(`drop index "scenario_one_approved_per_year";`);
    this.addSql(
      `create unique index "scenario_one_approved_per_year" on "scenario" ("district_id", "fiscal_year_id") where "status" = 'APPROVED';`,
    );
    // 4. The foreign keys, each led by district_id: a row refers only to a row of its own district.
    this.addSql(
      `alter table "award" add constraint "award_fiscal_year_id_foreign" foreign key ("district_id", "fiscal_year_id") references "fiscal_year" ("district_id", "id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "award" add constraint "award_funding_source_id_foreign" foreign key ("district_id", "funding_source_id") references "funding_source" ("district_id", "id") on update cascade on delete no action;`,
    );
    this.addSql(
      `alter table "improvement_plan" add constraint "improvement_plan_fiscal_year_id_foreign" foreign key ("district_id", "fiscal_year_id") references "fiscal_year" ("district_id", "id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "overarching_need" add constraint "overarching_need_plan_id_foreign" foreign key ("district_id", "plan_id") references "improvement_plan" ("district_id", "id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "action_step" add constraint "action_step_need_id_foreign" foreign key ("district_id", "need_id") references "overarching_need" ("district_id", "id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "action_step_funding_source" add constraint "action_step_funding_source_action_step_id_foreign" foreign key ("district_id", "action_step_id") references "action_step" ("district_id", "id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "action_step_funding_source" add constraint "action_step_funding_source_funding_source_id_foreign" foreign key ("district_id", "funding_source_id") references "funding_source" ("district_id", "id") on update cascade on delete no action;`,
    );
    this.addSql(
      `alter table "budget_line" add constraint "budget_line_action_step_id_foreign" foreign key ("district_id", "action_step_id") references "action_step" ("district_id", "id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "budget_line" add constraint "budget_line_fiscal_year_id_foreign" foreign key ("district_id", "fiscal_year_id") references "fiscal_year" ("district_id", "id") on update cascade on delete no action;`,
    );
    this.addSql(
      `alter table "budget_line" add constraint "budget_line_funding_source_id_foreign" foreign key ("district_id", "funding_source_id") references "funding_source" ("district_id", "id") on update cascade on delete no action;`,
    );
    this.addSql(
      `alter table "budget_line" add constraint "budget_line_position_id_foreign" foreign key ("district_id", "position_id") references "position" ("district_id", "id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "budget_line" add constraint "budget_line_school_id_foreign" foreign key ("district_id", "school_id") references "school" ("district_id", "id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "strategic_goal" add constraint "strategic_goal_plan_id_foreign" foreign key ("district_id", "plan_id") references "strategic_plan" ("district_id", "id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "performance_objective" add constraint "performance_objective_goal_id_foreign" foreign key ("district_id", "goal_id") references "strategic_goal" ("district_id", "id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "strategic_initiative" add constraint "strategic_initiative_objective_id_foreign" foreign key ("district_id", "objective_id") references "performance_objective" ("district_id", "id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "strategic_action_step" add constraint "strategic_action_step_initiative_id_foreign" foreign key ("district_id", "initiative_id") references "strategic_initiative" ("district_id", "id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "action_step_strategic_link" add constraint "action_step_strategic_link_action_step_id_foreign" foreign key ("district_id", "action_step_id") references "action_step" ("district_id", "id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "action_step_strategic_link" add constraint "action_step_strategic_link_strategic_action_step_id_foreign" foreign key ("district_id", "strategic_action_step_id") references "strategic_action_step" ("district_id", "id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "transfer" add constraint "transfer_fiscal_year_id_foreign" foreign key ("district_id", "fiscal_year_id") references "fiscal_year" ("district_id", "id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "transfer" add constraint "transfer_from_source_id_foreign" foreign key ("district_id", "from_source_id") references "funding_source" ("district_id", "id") on update cascade on delete no action;`,
    );
    this.addSql(
      `alter table "transfer" add constraint "transfer_to_source_id_foreign" foreign key ("district_id", "to_source_id") references "funding_source" ("district_id", "id") on update cascade on delete no action;`,
    );
    this.addSql(
      `alter table "scenario" add constraint "scenario_created_from_id_foreign" foreign key ("district_id", "created_from_id") references "scenario" ("district_id", "id") on update cascade on delete set null ("created_from_id");`,
    );
    this.addSql(
      `alter table "scenario" add constraint "scenario_fiscal_year_id_foreign" foreign key ("district_id", "fiscal_year_id") references "fiscal_year" ("district_id", "id") on update cascade on delete no action;`,
    );
    this.addSql(
      `alter table "scenario_allocation" add constraint "scenario_allocation_action_step_id_foreign" foreign key ("district_id", "action_step_id") references "action_step" ("district_id", "id") on update cascade on delete set null ("action_step_id");`,
    );
    this.addSql(
      `alter table "scenario_allocation" add constraint "scenario_allocation_funding_source_id_foreign" foreign key ("district_id", "funding_source_id") references "funding_source" ("district_id", "id") on update cascade on delete no action;`,
    );
    this.addSql(
      `alter table "scenario_allocation" add constraint "scenario_allocation_scenario_id_foreign" foreign key ("district_id", "scenario_id") references "scenario" ("district_id", "id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "scenario_allocation" add constraint "scenario_allocation_school_id_foreign" foreign key ("district_id", "school_id") references "school" ("district_id", "id") on update cascade on delete set null ("school_id");`,
    );
    this.addSql(
      `alter table "api_token" add constraint "api_token_school_id_foreign" foreign key ("district_id", "school_id") references "school" ("district_id", "id") on update cascade on delete set null ("school_id");`,
    );
    this.addSql(
      `alter table "app_user" add constraint "app_user_school_id_foreign" foreign key ("district_id", "school_id") references "school" ("district_id", "id") on update cascade on delete set null ("school_id");`,
    );
    this.addSql(
      `alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("district_id", "user_id") references "app_user" ("district_id", "id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "benefit_rate" add constraint "benefit_rate_fiscal_year_id_foreign" foreign key ("district_id", "fiscal_year_id") references "fiscal_year" ("district_id", "id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "position" add constraint "position_fiscal_year_id_foreign" foreign key ("district_id", "fiscal_year_id") references "fiscal_year" ("district_id", "id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "position" add constraint "position_job_class_id_foreign" foreign key ("district_id", "job_class_id") references "job_class" ("district_id", "id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "position" add constraint "position_salary_schedule_id_foreign" foreign key ("district_id", "salary_schedule_id") references "salary_schedule" ("district_id", "id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "position" add constraint "position_school_id_foreign" foreign key ("district_id", "school_id") references "school" ("district_id", "id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "position_funding" add constraint "position_funding_action_step_id_foreign" foreign key ("district_id", "action_step_id") references "action_step" ("district_id", "id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "position_funding" add constraint "position_funding_funding_source_id_foreign" foreign key ("district_id", "funding_source_id") references "funding_source" ("district_id", "id") on update cascade on delete no action;`,
    );
    this.addSql(
      `alter table "position_funding" add constraint "position_funding_position_id_foreign" foreign key ("district_id", "position_id") references "position" ("district_id", "id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "salary_schedule" add constraint "salary_schedule_fiscal_year_id_foreign" foreign key ("district_id", "fiscal_year_id") references "fiscal_year" ("district_id", "id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "school_award" add constraint "school_award_fiscal_year_id_foreign" foreign key ("district_id", "fiscal_year_id") references "fiscal_year" ("district_id", "id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "school_award" add constraint "school_award_funding_source_id_foreign" foreign key ("district_id", "funding_source_id") references "funding_source" ("district_id", "id") on update cascade on delete no action;`,
    );
    this.addSql(
      `alter table "school_award" add constraint "school_award_school_id_foreign" foreign key ("district_id", "school_id") references "school" ("district_id", "id") on update cascade on delete no action;`,
    );
    this.addSql(
      `alter table "goal_measure" add constraint "goal_measure_need_id_foreign" foreign key ("district_id", "need_id") references "overarching_need" ("district_id", "id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "step_monitoring" add constraint "step_monitoring_action_step_id_foreign" foreign key ("district_id", "action_step_id") references "action_step" ("district_id", "id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "monitoring_artifact" add constraint "monitoring_artifact_monitoring_id_foreign" foreign key ("district_id", "monitoring_id") references "step_monitoring" ("district_id", "id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "plan_amendment" add constraint "plan_amendment_plan_id_foreign" foreign key ("district_id", "plan_id") references "improvement_plan" ("district_id", "id") on update cascade on delete cascade;`,
    );
  }
}
