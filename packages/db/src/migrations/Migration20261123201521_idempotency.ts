import { Migration } from "@mikro-orm/migrations";

export class Migration20261123201521_idempotency extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "idempotency_key" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "principal" varchar(80) not null, "key" varchar(200) not null, "request_hash" varchar(64) not null, "response" jsonb null, constraint "idempotency_key_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "idempotency_key" add constraint "idempotency_key_district_id_principal_key_unique" unique ("district_id", "principal", "key");`,
    );

    this.addSql(
      `alter table "idempotency_key" add constraint "idempotency_key_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "idempotency_key" cascade;`);
  }
}
