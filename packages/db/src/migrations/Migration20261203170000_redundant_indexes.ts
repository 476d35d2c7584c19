import { Migration } from "@mikro-orm/migrations";

/**
 * Indexes the district-led keys made redundant: each is the leading columns of a primary key or
 * unique constraint that now starts with district_id, which serves the same reads. Dropped so a
 * write maintains one index instead of two (audit_event's on every mutation).
 */
const REDUNDANT = [
  "action_step_district_id_need_id_index",
  "action_step_funding_source_district_id_action_step_id_index",
  "action_step_strategic_link_district_id_action_step_id_index",
  "api_token_district_id_index",
  "app_user_district_id_index",
  "audit_event_district_id_sequence_index",
  "award_district_id_fiscal_year_id_index",
  "improvement_plan_district_id_fiscal_year_id_index",
  "overarching_need_district_id_plan_id_index",
  "performance_objective_district_id_goal_id_index",
  "plan_amendment_district_id_plan_id_index",
  "strategic_action_step_district_id_initiative_id_index",
  "strategic_goal_district_id_plan_id_index",
  "strategic_initiative_district_id_objective_id_index",
];

export class Migration20261203170000_redundant_indexes extends Migration {
  override async up(): Promise<void> {
    for (const index of REDUNDANT) this.addSql(`drop index "${index}";`);
  }
}
