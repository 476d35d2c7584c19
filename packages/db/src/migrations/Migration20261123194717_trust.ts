import { Migration } from "@mikro-orm/migrations";

export class Migration20261123194717_trust extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_event" ("sequence" bigserial primary key, "district_id" uuid not null, "at" timestamptz(3) not null, "actor" varchar(255) not null, "action" varchar(255) not null, "entity_type" varchar(255) not null, "entity_id" varchar(255) null, "before" jsonb null, "after" jsonb null, "request_id" varchar(255) null, "previous_hash" varchar(64) not null, "hash" varchar(64) not null);`,
    );
    this.addSql(
      `alter table "audit_event" add constraint "audit_event_hash_unique" unique ("hash");`,
    );
    this.addSql(
      `create index "audit_event_district_id_sequence_index" on "audit_event" ("district_id", "sequence");`,
    );

    this.addSql(
      `create table "api_token" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(255) not null, "prefix" varchar(16) not null, "token_hash" varchar(64) not null, "role" text check ("role" in ('ADMINISTRATOR', 'FINANCE_ANALYST', 'FEDERAL_PROGRAMS_DIRECTOR', 'SCHOOL_LEADER', 'VIEWER')) not null, "scope" text check ("scope" in ('READ', 'READ_WRITE')) not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, "created_by" varchar(255) not null, constraint "api_token_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`,
    );

    this.addSql(
      `create table "app_user" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "email" varchar(320) not null, "name" varchar(255) not null, "role" text check ("role" in ('ADMINISTRATOR', 'FINANCE_ANALYST', 'FEDERAL_PROGRAMS_DIRECTOR', 'SCHOOL_LEADER', 'VIEWER')) not null, "school_id" uuid null, "password_hash" text null, "oidc_subject" varchar(255) null, "demo" boolean not null default false, "disabled" boolean not null default false, "failed_sign_ins" int not null default 0, "last_failed_sign_in_at" timestamptz null, constraint "app_user_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);
    this.addSql(
      `alter table "app_user" add constraint "app_user_oidc_subject_unique" unique ("oidc_subject");`,
    );

    this.addSql(
      `create table "user_session" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "token_hash" varchar(64) not null, "user_id" uuid not null, "expires_at" timestamptz not null, constraint "user_session_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "user_session" add constraint "user_session_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(`create index "user_session_expires_at_index" on "user_session" ("expires_at");`);

    this.addSql(
      `alter table "audit_event" add constraint "audit_event_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "api_token" add constraint "api_token_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "app_user" add constraint "app_user_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "app_user" add constraint "app_user_school_id_foreign" foreign key ("school_id") references "school" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "user_session" add constraint "user_session_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    // The audit trail is append-only in the database too; the hash chain catches what a superuser
    // does with the trigger switched off.
    this.addSql(`create function audit_event_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege'; end $$;`);
    this.addSql(
      `create trigger audit_event_no_change before update or delete on "audit_event" for each row execute function audit_event_append_only();`,
    );
    this.addSql(
      `create trigger audit_event_no_truncate before truncate on "audit_event" for each statement execute function audit_event_append_only();`,
    );

    // The hash chain, per district, kept by the database so no writer can skip or reorder it:
    // hash = SHA-256 of the previous hash and every column. The advisory lock serialises a
    // district's audit writes; the sequence is drawn under it so its order is the chain's order.
    this
      .addSql(`create function audit_event_digest(e audit_event) returns text language sql stable as $$
      select encode(sha256(convert_to(concat_ws('|', e.previous_hash, e.sequence::text, e.district_id::text,
        to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), e.actor, e.action, e.entity_type,
        coalesce(e.entity_id, ''), coalesce(e.before::text, 'null'), coalesce(e.after::text, 'null'), coalesce(e.request_id, '')), 'UTF8')), 'hex') $$;`);
    this.addSql(`create function audit_event_chain() returns trigger language plpgsql as $$
      begin
        perform pg_advisory_xact_lock(hashtextextended('audit_event:' || new.district_id::text, 0));
        new.sequence := nextval(pg_get_serial_sequence('audit_event', 'sequence'));
        select hash into new.previous_hash from audit_event where district_id = new.district_id order by sequence desc limit 1;
        new.previous_hash := coalesce(new.previous_hash, repeat('0', 64));
        new.hash := audit_event_digest(new);
        return new;
      end $$;`);
    this.addSql(`alter table "audit_event" alter column "sequence" drop default;`);
    this.addSql(
      `create trigger audit_event_chain before insert on "audit_event" for each row execute function audit_event_chain();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "user_session" drop constraint "user_session_user_id_foreign";`);

    this.addSql(`drop table if exists "audit_event" cascade;`);
    this.addSql(`drop function if exists audit_event_append_only();`);
    this.addSql(`drop function if exists audit_event_chain();`);
    this.addSql(`drop function if exists audit_event_digest(audit_event);`);

    this.addSql(`drop table if exists "api_token" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "user_session" cascade;`);
  }
}
