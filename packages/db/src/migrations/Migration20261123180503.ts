import { Migration } from "@mikro-orm/migrations";

export class Migration20261123180503 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "scenario" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "fiscal_year_id" uuid not null, "name" varchar(255) not null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'APPROVED', 'SUPERSEDED')) not null default 'DRAFT', "parameters" jsonb not null, "created_from_id" uuid null, "results" jsonb null, "last_run_at" timestamptz null, "stale" boolean not null default true, "submitted_at" timestamptz null, "approved_at" timestamptz null, "approved_by" varchar(255) null, "review_comment" text null, "version" int not null default 1, constraint "scenario_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "scenario_fiscal_year_id_status_index" on "scenario" ("fiscal_year_id", "status");`,
    );
    this.addSql(
      `create unique index "scenario_one_approved_per_year" on "scenario" ("fiscal_year_id") where "status" = 'APPROVED';`,
    );

    this.addSql(
      `create table "scenario_allocation" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "scenario_id" uuid not null, "funding_source_id" uuid not null, "school_id" uuid null, "kind" varchar(40) not null, "amount_cents" bigint not null, "baseline_cents" bigint not null default 0, "bound" varchar(16) null, "explanation" text not null, "action_step_id" uuid null, constraint "scenario_allocation_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "scenario_allocation_scenario_id_funding_source_id_index" on "scenario_allocation" ("scenario_id", "funding_source_id");`,
    );

    this.addSql(
      `alter table "scenario" add constraint "scenario_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "scenario" add constraint "scenario_fiscal_year_id_foreign" foreign key ("fiscal_year_id") references "fiscal_year" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "scenario" add constraint "scenario_created_from_id_foreign" foreign key ("created_from_id") references "scenario" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "scenario_allocation" add constraint "scenario_allocation_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "scenario_allocation" add constraint "scenario_allocation_scenario_id_foreign" foreign key ("scenario_id") references "scenario" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "scenario_allocation" add constraint "scenario_allocation_funding_source_id_foreign" foreign key ("funding_source_id") references "funding_source" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "scenario_allocation" add constraint "scenario_allocation_school_id_foreign" foreign key ("school_id") references "school" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "scenario_allocation" add constraint "scenario_allocation_action_step_id_foreign" foreign key ("action_step_id") references "action_step" ("id") on update cascade on delete set null;`,
    );

    // An approved scenario is final: only its move to SUPERSEDED is allowed, and its allocations never change.
    this
      .addSql(`create or replace function allot_refuse_approved_scenario_change() returns trigger language plpgsql as $$
begin
  if tg_table_name = 'scenario' then
    if old.status = 'APPROVED' and (tg_op = 'DELETE' or new.status <> 'SUPERSEDED' or new.parameters::text <> old.parameters::text or new.results::text is distinct from old.results::text) then
      raise exception 'scenario % is approved and cannot change; clone it instead', old.id using errcode = 'P0001';
    end if;
    if old.status = 'SUPERSEDED' then
      raise exception 'scenario % is superseded and cannot change', old.id using errcode = 'P0001';
    end if;
  else
    if exists (select 1 from scenario where id = old.scenario_id and status in ('APPROVED', 'SUPERSEDED')) then
      raise exception 'allocations of approved scenario % cannot change', old.scenario_id using errcode = 'P0001';
    end if;
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end $$;`);
    this.addSql(
      `create trigger "scenario_approved_is_final" before update or delete on "scenario" for each row execute function allot_refuse_approved_scenario_change();`,
    );
    this.addSql(
      `create trigger "scenario_allocation_approved_is_final" before update or delete on "scenario_allocation" for each row execute function allot_refuse_approved_scenario_change();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `drop trigger if exists "scenario_allocation_approved_is_final" on "scenario_allocation";`,
    );
    this.addSql(`drop trigger if exists "scenario_approved_is_final" on "scenario";`);
    this.addSql(`drop function if exists allot_refuse_approved_scenario_change();`);
    this.addSql(`alter table "scenario" drop constraint "scenario_created_from_id_foreign";`);

    this.addSql(
      `alter table "scenario_allocation" drop constraint "scenario_allocation_scenario_id_foreign";`,
    );

    this.addSql(`drop table if exists "scenario" cascade;`);

    this.addSql(`drop table if exists "scenario_allocation" cascade;`);
  }
}
