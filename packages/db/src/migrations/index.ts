// Committed migrations, in order. Listed explicitly so the built package needs no file globbing.
// Generate the next with `pnpm --filter @allot/db migration:create` and add it here.
import type { MigrationObject } from "@mikro-orm/core";

import { Migration20261123172433 } from "./Migration20261123172433.js";
import { Migration20261123180503 } from "./Migration20261123180503.js";
import { Migration20261123181324 } from "./Migration20261123181324.js";
import { Migration20261123194717_trust } from "./Migration20261123194717_trust.js";
import { Migration20261123201521_idempotency } from "./Migration20261123201521_idempotency.js";
import { Migration20261201213000_district_indexes } from "./Migration20261201213000_district_indexes.js";
import { Migration20261202010000_state_school_id } from "./Migration20261202010000_state_school_id.js";
import { Migration20261202190000_sign_in_throttle } from "./Migration20261202190000_sign_in_throttle.js";
import { Migration20261202191000_api_token_school } from "./Migration20261202191000_api_token_school.js";
import { Migration20261202193000_audit_checkpoint } from "./Migration20261202193000_audit_checkpoint.js";
import { Migration20261203040000_budget_line_codes } from "./Migration20261203040000_budget_line_codes.js";
import { Migration20261203050000_positions } from "./Migration20261203050000_positions.js";
import { Migration20261203060000_account_segments } from "./Migration20261203060000_account_segments.js";
import { Migration20261203070000_salary_schedules } from "./Migration20261203070000_salary_schedules.js";
import { Migration20261203080000_budget_line_drafts } from "./Migration20261203080000_budget_line_drafts.js";
import { Migration20261203090000_school_awards } from "./Migration20261203090000_school_awards.js";
import { Migration20261203100000_idea_subgrants } from "./Migration20261203100000_idea_subgrants.js";
import { Migration20261203110000_goal_measures } from "./Migration20261203110000_goal_measures.js";
import { Migration20261203120000_step_monitoring } from "./Migration20261203120000_step_monitoring.js";
import { Migration20261203130000_plan_amendments } from "./Migration20261203130000_plan_amendments.js";
import { Migration20261203140000_artifact_store } from "./Migration20261203140000_artifact_store.js";
import { Migration20261203150000_change_notices } from "./Migration20261203150000_change_notices.js";
import { Migration20261203160000_district_keys } from "./Migration20261203160000_district_keys.js";
import { Migration20261203170000_redundant_indexes } from "./Migration20261203170000_redundant_indexes.js";
import { Migration20261203180000_school_allocations } from "./Migration20261203180000_school_allocations.js";
import { Migration20261203190000_results_as_json } from "./Migration20261203190000_results_as_json.js";
import { Migration20261203200000_citus_foreign_keys } from "./Migration20261203200000_citus_foreign_keys.js";

export const MIGRATIONS: MigrationObject[] = [
  { name: "Migration20261123172433_initial", class: Migration20261123172433 },
  { name: "Migration20261123180503_scenarios", class: Migration20261123180503 },
  { name: "Migration20261123181324_scenario_action_steps", class: Migration20261123181324 },
  { name: "Migration20261123194717_trust", class: Migration20261123194717_trust },
  { name: "Migration20261123201521_idempotency", class: Migration20261123201521_idempotency },
  {
    name: "Migration20261201213000_district_indexes",
    class: Migration20261201213000_district_indexes,
  },
  {
    name: "Migration20261202010000_state_school_id",
    class: Migration20261202010000_state_school_id,
  },
  {
    name: "Migration20261202190000_sign_in_throttle",
    class: Migration20261202190000_sign_in_throttle,
  },
  {
    name: "Migration20261202191000_api_token_school",
    class: Migration20261202191000_api_token_school,
  },
  {
    name: "Migration20261202193000_audit_checkpoint",
    class: Migration20261202193000_audit_checkpoint,
  },
  {
    name: "Migration20261203040000_budget_line_codes",
    class: Migration20261203040000_budget_line_codes,
  },
  { name: "Migration20261203050000_positions", class: Migration20261203050000_positions },
  {
    name: "Migration20261203060000_account_segments",
    class: Migration20261203060000_account_segments,
  },
  {
    name: "Migration20261203070000_salary_schedules",
    class: Migration20261203070000_salary_schedules,
  },
  {
    name: "Migration20261203080000_budget_line_drafts",
    class: Migration20261203080000_budget_line_drafts,
  },
  {
    name: "Migration20261203090000_school_awards",
    class: Migration20261203090000_school_awards,
  },
  {
    name: "Migration20261203100000_idea_subgrants",
    class: Migration20261203100000_idea_subgrants,
  },
  {
    name: "Migration20261203110000_goal_measures",
    class: Migration20261203110000_goal_measures,
  },
  {
    name: "Migration20261203120000_step_monitoring",
    class: Migration20261203120000_step_monitoring,
  },
  {
    name: "Migration20261203130000_plan_amendments",
    class: Migration20261203130000_plan_amendments,
  },
  {
    name: "Migration20261203140000_artifact_store",
    class: Migration20261203140000_artifact_store,
  },
  {
    name: "Migration20261203150000_change_notices",
    class: Migration20261203150000_change_notices,
  },
  {
    name: "Migration20261203160000_district_keys",
    class: Migration20261203160000_district_keys,
  },
  {
    name: "Migration20261203170000_redundant_indexes",
    class: Migration20261203170000_redundant_indexes,
  },
  {
    name: "Migration20261203180000_school_allocations",
    class: Migration20261203180000_school_allocations,
  },
  {
    name: "Migration20261203190000_results_as_json",
    class: Migration20261203190000_results_as_json,
  },
  {
    name: "Migration20261203200000_citus_foreign_keys",
    class: Migration20261203200000_citus_foreign_keys,
  },
];
