import { Migration } from "@mikro-orm/migrations";

/**
 * An index that starts with district_id for every way a district's rows are read: one
 * deployment holds a state, and a district's screen must not scan the other districts' rows.
 */
export class Migration20261201213000_district_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "award_district_id_fiscal_year_id_index" on "award" ("district_id", "fiscal_year_id");`,
    );
    this.addSql(
      `create index "transfer_district_id_fiscal_year_id_index" on "transfer" ("district_id", "fiscal_year_id");`,
    );
    this.addSql(
      `create index "budget_line_district_id_fiscal_year_id_index" on "budget_line" ("district_id", "fiscal_year_id");`,
    );
    this.addSql(
      `create index "budget_line_district_id_action_step_id_index" on "budget_line" ("district_id", "action_step_id");`,
    );
    this.addSql(
      `create index "improvement_plan_district_id_fiscal_year_id_index" on "improvement_plan" ("district_id", "fiscal_year_id");`,
    );
    this.addSql(
      `create index "overarching_need_district_id_plan_id_index" on "overarching_need" ("district_id", "plan_id");`,
    );
    this.addSql(
      `create index "action_step_district_id_need_id_index" on "action_step" ("district_id", "need_id");`,
    );
    this.addSql(
      `create index "action_step_funding_source_district_id_action_step_id_index" on "action_step_funding_source" ("district_id", "action_step_id");`,
    );
    this.addSql(
      `create index "action_step_strategic_link_district_id_action_step_id_index" on "action_step_strategic_link" ("district_id", "action_step_id");`,
    );
    this.addSql(
      `create index "scenario_district_id_fiscal_year_id_index" on "scenario" ("district_id", "fiscal_year_id");`,
    );
    this.addSql(
      `create index "scenario_allocation_district_id_scenario_id_school_id_index" on "scenario_allocation" ("district_id", "scenario_id", "school_id");`,
    );
    this.addSql(
      `create index "strategic_goal_district_id_plan_id_index" on "strategic_goal" ("district_id", "plan_id");`,
    );
    this.addSql(
      `create index "performance_objective_district_id_goal_id_index" on "performance_objective" ("district_id", "goal_id");`,
    );
    this.addSql(
      `create index "strategic_initiative_district_id_objective_id_index" on "strategic_initiative" ("district_id", "objective_id");`,
    );
    this.addSql(
      `create index "strategic_action_step_district_id_initiative_id_index" on "strategic_action_step" ("district_id", "initiative_id");`,
    );
    this.addSql(`create index "app_user_district_id_index" on "app_user" ("district_id");`);
    this.addSql(`create index "api_token_district_id_index" on "api_token" ("district_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "award_district_id_fiscal_year_id_index";`);
    this.addSql(`drop index "transfer_district_id_fiscal_year_id_index";`);
    this.addSql(`drop index "budget_line_district_id_fiscal_year_id_index";`);
    this.addSql(`drop index "budget_line_district_id_action_step_id_index";`);
    this.addSql(`drop index "improvement_plan_district_id_fiscal_year_id_index";`);
    this.addSql(`drop index "overarching_need_district_id_plan_id_index";`);
    this.addSql(`drop index "action_step_district_id_need_id_index";`);
    this.addSql(`drop index "action_step_funding_source_district_id_action_step_id_index";`);
    this.addSql(`drop index "action_step_strategic_link_district_id_action_step_id_index";`);
    this.addSql(`drop index "scenario_district_id_fiscal_year_id_index";`);
    this.addSql(`drop index "scenario_allocation_district_id_scenario_id_school_id_index";`);
    this.addSql(`drop index "strategic_goal_district_id_plan_id_index";`);
    this.addSql(`drop index "performance_objective_district_id_goal_id_index";`);
    this.addSql(`drop index "strategic_initiative_district_id_objective_id_index";`);
    this.addSql(`drop index "strategic_action_step_district_id_initiative_id_index";`);
    this.addSql(`drop index "app_user_district_id_index";`);
    this.addSql(`drop index "api_token_district_id_index";`);
  }
}
