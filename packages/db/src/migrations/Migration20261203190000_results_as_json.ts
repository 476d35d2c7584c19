import { Migration } from "@mikro-orm/migrations";

/**
 * A scenario's results are stored as json (the text as written), not jsonb. The document is only
 * ever written and read whole; for a state's 2,300 schools (about 5 MB) the conversion to jsonb
 * took about 200 ms of each run's save, and back to text about 100 ms of each read. Compressed
 * with LZ4 where the server has it (PostgreSQL 14+ built with lz4): faster than the default both
 * ways, at about the same size.
 */
export class Migration20261203190000_results_as_json extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "scenario" alter column "results" type json using "results"::json;`);
    this.addSql(`do $$ begin
  if exists (select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any(enumvals)) then
    alter table "scenario" alter column "results" set compression lz4;
  end if;
end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "scenario" alter column "results" set compression default;`);
    this.addSql(`alter table "scenario" alter column "results" type jsonb using "results"::jsonb;`);
  }
}
