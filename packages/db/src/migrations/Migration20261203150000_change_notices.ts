import { Migration } from "@mikro-orm/migrations";

/**
 * Each table's writes notify the districts they changed, at commit (see change-notices.ts).
 * Statement triggers with transition tables: one notice per district per transaction, however
 * many rows a statement writes.
 */
export class Migration20261203150000_change_notices extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function allot_changed() returns trigger language plpgsql as $$
declare d text;
begin
  if TG_OP = 'TRUNCATE' then
    perform pg_notify('allot_changed', '*');
    return null;
  end if;
  if TG_OP <> 'DELETE' then
    for d in execute format('select distinct %I::text from new_rows', TG_ARGV[0]) loop
      perform pg_notify('allot_changed', coalesce(d, '*'));
    end loop;
  end if;
  if TG_OP <> 'INSERT' then
    for d in execute format('select distinct %I::text from old_rows', TG_ARGV[0]) loop
      perform pg_notify('allot_changed', coalesce(d, '*'));
    end loop;
  end if;
  return null;
end $$;`);
    this
      .addSql(`create or replace function allot_watch(tbl regclass, district_column text) returns void language plpgsql as $$
begin
  execute format('drop trigger if exists allot_changed_insert on %s', tbl);
  execute format('drop trigger if exists allot_changed_update on %s', tbl);
  execute format('drop trigger if exists allot_changed_delete on %s', tbl);
  execute format('drop trigger if exists allot_changed_truncate on %s', tbl);
  execute format('create trigger allot_changed_insert after insert on %s referencing new table as new_rows for each statement execute function allot_changed(%L)', tbl, district_column);
  execute format('create trigger allot_changed_update after update on %s referencing old table as old_rows new table as new_rows for each statement execute function allot_changed(%L)', tbl, district_column);
  execute format('create trigger allot_changed_delete after delete on %s referencing old table as old_rows for each statement execute function allot_changed(%L)', tbl, district_column);
  execute format('create trigger allot_changed_truncate after truncate on %s for each statement execute function allot_changed(%L)', tbl, district_column);
end $$;`);
    // Every table there is now, but those in UNWATCHED_TABLES (change-notices.ts).
    this.addSql(`do $$
declare t text;
begin
  for t in select table_name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'
      and table_name not in ('mikro_orm_migrations', 'sign_in_throttle', 'user_session', 'api_token', 'idempotency_key', 'audit_event', 'audit_checkpoint')
  loop
    perform allot_watch(t::regclass, case when t = 'district' then 'id' else 'district_id' end);
  end loop;
end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`do $$
declare t text;
begin
  for t in select distinct event_object_table from information_schema.triggers
    where trigger_schema = current_schema() and trigger_name like 'allot_changed_%'
  loop
    execute format('drop trigger if exists allot_changed_insert on %I', t);
    execute format('drop trigger if exists allot_changed_update on %I', t);
    execute format('drop trigger if exists allot_changed_delete on %I', t);
    execute format('drop trigger if exists allot_changed_truncate on %I', t);
  end loop;
end $$;`);
    this.addSql(`drop function if exists allot_watch(regclass, text);`);
    this.addSql(`drop function if exists allot_changed();`);
  }
}
