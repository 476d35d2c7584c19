import { Migration } from "@mikro-orm/migrations";

/**
 * Foreign keys Citus accepts as they are, once the tables are distributed by district_id with
 * district and the credential tables (app_user, user_session, api_token) as reference tables
 * (docs/OPERATIONS.md). Citus refuses, on a key that includes the distribution column, any
 * ON UPDATE action and ON DELETE SET NULL; and any key from a reference table to a distributed one.
 *
 * - ON UPDATE CASCADE goes from every key: ids never change, so it never fired.
 * - The six ON DELETE SET NULL keys become NO ACTION. None fired in use: the API refuses to
 *   remove an action step a scenario reserves money on, and never deletes a scenario or a
 *   school; a district's deletion takes the referring rows with it in the same statement.
 * - A school leader's and a school token's school (app_user, api_token) lose their key to
 *   school; the API looks the school up in the district before it sets either.
 */
const SET_NULL: [table: string, column: string, target: string][] = [
  ["api_token", "school_id", "school"],
  ["app_user", "school_id", "school"],
  ["scenario", "created_from_id", "scenario"],
  ["scenario_allocation", "action_step_id", "action_step"],
  ["scenario_allocation", "school_id", "school"],
  ["school_allocation", "school_id", "school"],
];

/** Re-makes each foreign key whose definition `pattern` matches, with `pattern` replaced. */
const remake = (where: string, pattern: string, replacement: string) => `do $$
declare k record;
begin
  for k in
    select c.conrelid::regclass as tbl, c.conname, pg_get_constraintdef(c.oid) as def
      from pg_constraint c
     where c.connamespace = 'public'::regnamespace and c.contype = 'f' and ${where}
  loop
    execute format('alter table %s drop constraint %I, add constraint %I %s',
      k.tbl, k.conname, k.conname, regexp_replace(k.def, '${pattern}', '${replacement}'));
  end loop;
end $$;`;

export class Migration20261203200000_citus_foreign_keys extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" drop constraint "app_user_school_id_foreign";`);
    this.addSql(`alter table "api_token" drop constraint "api_token_school_id_foreign";`);
    this.addSql(remake("c.confdeltype = 'n'", " ON DELETE SET NULL \\([a-z_]+\\)", ""));
    this.addSql(remake("c.confupdtype = 'c'", " ON UPDATE CASCADE", ""));
  }

  override async down(): Promise<void> {
    this.addSql(
      remake("c.confupdtype = 'a'", "^(.* REFERENCES [^)]+\\))", "\\1 ON UPDATE CASCADE"),
    );
    for (const [table, column, target] of SET_NULL) {
      const key = `"${table}_${column}_foreign"`;
      const def = `foreign key ("district_id", "${column}") references "${target}" ("district_id", "id") on update cascade on delete set null ("${column}")`;
      const credential = table === "app_user" || table === "api_token";
      this.addSql(
        `alter table "${table}" ${credential ? "" : `drop constraint ${key}, `}add constraint ${key} ${def};`,
      );
    }
  }
}
