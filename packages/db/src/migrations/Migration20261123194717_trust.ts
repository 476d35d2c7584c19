import { Migration } from '@mikro-orm/migrations';

export class Migration20261123194717_trust extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_event" ("sequence" bigserial primary key, "district_id" uuid not null, "at" timestamptz(3) not null, "actor" varchar(255) not null, "action" varchar(255) not null, "entity_type" varchar(255) not null, "entity_id" varchar(255) null, "before" jsonb null, "after" jsonb null, "request_id" varchar(255) null, "previous_hash" varchar(64) not null, "hash" varchar(64) not null);`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_hash_unique" unique ("hash");`);
    this.addSql(`create index "audit_event_district_id_sequence_index" on "audit_event" ("district_id", "sequence");`);

    this.addSql(`create table "api_token" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(255) not null, "prefix" varchar(16) not null, "token_hash" varchar(64) not null, "role" text check ("role" in ('ADMINISTRATOR', 'FINANCE_ANALYST', 'FEDERAL_PROGRAMS_DIRECTOR', 'SCHOOL_LEADER', 'VIEWER')) not null, "scope" text check ("scope" in ('READ', 'READ_WRITE')) not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, "created_by" varchar(255) not null, constraint "api_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "email" varchar(320) not null, "name" varchar(255) not null, "role" text check ("role" in ('ADMINISTRATOR', 'FINANCE_ANALYST', 'FEDERAL_PROGRAMS_DIRECTOR', 'SCHOOL_LEADER', 'VIEWER')) not null, "school_id" uuid null, "password_hash" text null, "oidc_subject" varchar(255) null, "demo" boolean not null default false, "disabled" boolean not null default false, "failed_sign_ins" int not null default 0, "last_failed_sign_in_at" timestamptz null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);
    this.addSql(`alter table "app_user" add constraint "app_user_oidc_subject_unique" unique ("oidc_subject");`);

    this.addSql(`create table "user_session" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "token_hash" varchar(64) not null, "user_id" uuid not null, "expires_at" timestamptz not null, constraint "user_session_pkey" primary key ("id"));`);
    this.addSql(`alter table "user_session" add constraint "user_session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "user_session_expires_at_index" on "user_session" ("expires_at");`);

    this.addSql(`alter table "audit_event" add constraint "audit_event_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "api_token" add constraint "api_token_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "app_user" add constraint "app_user_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "app_user" add constraint "app_user_school_id_foreign" foreign key ("school_id") references "school" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "user_session" add constraint "user_session_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    // The audit trail is append-only in the database too; the hash chain catches what a superuser
    // does with the trigger switched off.
    this.addSql(`create function audit_event_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege'; end $$;`);
    this.addSql(`create trigger audit_event_no_change before update or delete on "audit_event" for each row execute function audit_event_append_only();`);
    this.addSql(`create trigger audit_event_no_truncate before truncate on "audit_event" for each statement execute function audit_event_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "user_session" drop constraint "user_session_user_id_foreign";`);

    this.addSql(`drop table if exists "audit_event" cascade;`);
    this.addSql(`drop function if exists audit_event_append_only();`);

    this.addSql(`drop table if exists "api_token" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "user_session" cascade;`);
  }

}
