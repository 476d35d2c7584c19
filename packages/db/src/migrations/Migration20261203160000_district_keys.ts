import { Migration } from "@mikro-orm/migrations";

/**
 * Every key leads with district_id: primary keys become (district_id, id), unique constraints
 * (district_id, ...), and each foreign key between two tables (district_id, x_id) ->
 * (district_id, id), with its update and delete rules as they were. A Citus deployment distributes
 * the tables on district_id as they are (docs/OPERATIONS.md), and PostgreSQL now refuses a row
 * that refers to another district's row. The ids stay globally unique uuids: no data changes, and
 * an index on id alone keeps lookups by id as fast as before.
 *
 * The credential tables (app_user, user_session, api_token) are keyed the same way; their email
 * and hashes stay unique across districts, since they are looked up before any district is known
 * (Citus holds them as reference tables, which may keep such constraints).
 */

/** The tables keyed (district_id, id); audit_event's key is its sequence. */
const TABLES = [
  "action_step",
  "action_step_funding_source",
  "action_step_strategic_link",
  "api_token",
  "app_user",
  "audit_checkpoint",
  "award",
  "benefit_rate",
  "budget_line",
  "fiscal_year",
  "funding_source",
  "goal_measure",
  "idempotency_key",
  "improvement_plan",
  "job_class",
  "monitoring_artifact",
  "overarching_need",
  "performance_objective",
  "plan_amendment",
  "position",
  "position_funding",
  "salary_schedule",
  "scenario",
  "scenario_allocation",
  "school",
  "school_award",
  "step_monitoring",
  "strategic_action_step",
  "strategic_goal",
  "strategic_initiative",
  "strategic_plan",
  "transfer",
  "user_session",
];

/** Each table's foreign keys to other district tables: column, target table, delete rule. */
const FOREIGN_KEYS: Record<string, [string, string, ("cascade" | "restrict" | "set null")?][]> = {
  award: [
    ["fiscal_year_id", "fiscal_year", "cascade"],
    ["funding_source_id", "funding_source"],
  ],
  improvement_plan: [["fiscal_year_id", "fiscal_year", "cascade"]],
  overarching_need: [["plan_id", "improvement_plan", "cascade"]],
  action_step: [["need_id", "overarching_need", "cascade"]],
  action_step_funding_source: [
    ["action_step_id", "action_step", "cascade"],
    ["funding_source_id", "funding_source"],
  ],
  budget_line: [
    ["action_step_id", "action_step", "restrict"],
    ["fiscal_year_id", "fiscal_year"],
    ["funding_source_id", "funding_source"],
    ["position_id", "position", "cascade"],
    ["school_id", "school", "restrict"],
  ],
  strategic_goal: [["plan_id", "strategic_plan", "cascade"]],
  performance_objective: [["goal_id", "strategic_goal", "cascade"]],
  strategic_initiative: [["objective_id", "performance_objective", "cascade"]],
  strategic_action_step: [["initiative_id", "strategic_initiative", "cascade"]],
  action_step_strategic_link: [
    ["action_step_id", "action_step", "cascade"],
    ["strategic_action_step_id", "strategic_action_step", "cascade"],
  ],
  transfer: [
    ["fiscal_year_id", "fiscal_year", "cascade"],
    ["from_source_id", "funding_source"],
    ["to_source_id", "funding_source"],
  ],
  scenario: [
    ["created_from_id", "scenario", "set null"],
    ["fiscal_year_id", "fiscal_year"],
  ],
  scenario_allocation: [
    ["action_step_id", "action_step", "set null"],
    ["funding_source_id", "funding_source"],
    ["scenario_id", "scenario", "cascade"],
    ["school_id", "school", "set null"],
  ],
  api_token: [["school_id", "school", "set null"]],
  app_user: [["school_id", "school", "set null"]],
  user_session: [["user_id", "app_user", "cascade"]],
  benefit_rate: [["fiscal_year_id", "fiscal_year", "cascade"]],
  position: [
    ["fiscal_year_id", "fiscal_year", "cascade"],
    ["job_class_id", "job_class", "restrict"],
    ["salary_schedule_id", "salary_schedule", "restrict"],
    ["school_id", "school", "restrict"],
  ],
  position_funding: [
    ["action_step_id", "action_step", "restrict"],
    ["funding_source_id", "funding_source"],
    ["position_id", "position", "cascade"],
  ],
  salary_schedule: [["fiscal_year_id", "fiscal_year", "cascade"]],
  school_award: [
    ["fiscal_year_id", "fiscal_year", "cascade"],
    ["funding_source_id", "funding_source"],
    ["school_id", "school"],
  ],
  goal_measure: [["need_id", "overarching_need", "cascade"]],
  step_monitoring: [["action_step_id", "action_step", "cascade"]],
  monitoring_artifact: [["monitoring_id", "step_monitoring", "cascade"]],
  plan_amendment: [["plan_id", "improvement_plan", "cascade"]],
};

/** Unique constraints re-made with district_id first: table, old name, new name, columns after it. */
const UNIQUES: [string, string, string, string[]][] = [
  ["audit_event", "audit_event_hash_unique", "audit_event_district_id_hash_unique", ["hash"]],
  [
    "award",
    "award_fiscal_year_id_funding_source_id_unique",
    "award_district_id_fiscal_year_id_funding_source_id_unique",
    ["fiscal_year_id", "funding_source_id"],
  ],
  [
    "improvement_plan",
    "improvement_plan_fiscal_year_id_unique",
    "improvement_plan_district_id_fiscal_year_id_unique",
    ["fiscal_year_id"],
  ],
  [
    "overarching_need",
    "overarching_need_plan_id_number_unique",
    "overarching_need_district_id_plan_id_number_unique",
    ["plan_id", "number"],
  ],
  [
    "action_step",
    "action_step_need_id_number_unique",
    "action_step_district_id_need_id_number_unique",
    ["need_id", "number"],
  ],
  [
    "action_step_funding_source",
    "action_step_funding_source_action_step_id_funding_4c279_unique",
    "action_step_funding_source_district_id_action_ste_657ae_unique",
    ["action_step_id", "funding_source_id"],
  ],
  [
    "plan_amendment",
    "plan_amendment_plan_id_number_unique",
    "plan_amendment_district_id_plan_id_number_unique",
    ["plan_id", "number"],
  ],
  [
    "strategic_goal",
    "strategic_goal_plan_id_number_unique",
    "strategic_goal_district_id_plan_id_number_unique",
    ["plan_id", "number"],
  ],
  [
    "performance_objective",
    "performance_objective_goal_id_code_unique",
    "performance_objective_district_id_goal_id_code_unique",
    ["goal_id", "code"],
  ],
  [
    "strategic_initiative",
    "strategic_initiative_objective_id_code_unique",
    "strategic_initiative_district_id_objective_id_code_unique",
    ["objective_id", "code"],
  ],
  [
    "strategic_action_step",
    "strategic_action_step_initiative_id_code_unique",
    "strategic_action_step_district_id_initiative_id_code_unique",
    ["initiative_id", "code"],
  ],
  [
    "action_step_strategic_link",
    "action_step_strategic_link_action_step_id_strateg_0b6dc_unique",
    "action_step_strategic_link_district_id_action_ste_41bf0_unique",
    ["action_step_id", "strategic_action_step_id"],
  ],
];

const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(", ");

export class Migration20261203160000_district_keys extends Migration {
  override async up(): Promise<void> {
    const foreignKeys = Object.entries(FOREIGN_KEYS).flatMap(([table, keys]) =>
      keys.map(([column, target, onDelete]) => ({
        table,
        name: `${table}_${column}_foreign`,
        column,
        target,
        // SET NULL names its one column: district_id stays (PostgreSQL 15).
        onDelete:
          onDelete === "set null"
            ? ` on delete set null ("${column}")`
            : onDelete
              ? ` on delete ${onDelete}`
              : "",
      })),
    );
    // Dropped first: they depend on the primary keys they reference.
    for (const k of foreignKeys)
      this.addSql(`alter table "${k.table}" drop constraint "${k.name}";`);
    for (const table of TABLES) {
      this.addSql(
        `alter table "${table}" drop constraint "${table}_pkey", add primary key ("district_id", "id");`,
      );
      this.addSql(`create index "${table}_id_index" on "${table}" ("id");`);
    }
    this.addSql(
      `alter table "audit_event" drop constraint "audit_event_pkey", add primary key ("district_id", "sequence");`,
    );
    for (const [table, old, name, columns] of UNIQUES)
      this.addSql(
        `alter table "${table}" drop constraint "${old}", add constraint "${name}" unique ("district_id", ${quoted(columns)});`,
      );
    this.addSql(`drop index "scenario_one_approved_per_year";`);
    this.addSql(
      `create unique index "scenario_one_approved_per_year" on "scenario" ("district_id", "fiscal_year_id") where "status" = 'APPROVED';`,
    );
    for (const k of foreignKeys)
      this.addSql(
        `alter table "${k.table}" add constraint "${k.name}" foreign key ("district_id", "${k.column}") references "${k.target}" ("district_id", "id") on update cascade${k.onDelete};`,
      );
  }
}
