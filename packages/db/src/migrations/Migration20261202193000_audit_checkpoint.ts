import { Migration } from "@mikro-orm/migrations";

/** Sealed heads of each district's audit chain (see AuditCheckpoint). */
export class Migration20261202193000_audit_checkpoint extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_checkpoint" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "sequence" bigint not null, "hash" varchar(64) not null, "mac" varchar(64) not null, constraint "audit_checkpoint_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "audit_checkpoint" add constraint "audit_checkpoint_district_id_sequence_unique" unique ("district_id", "sequence");`,
    );
    this.addSql(
      `alter table "audit_checkpoint" add constraint "audit_checkpoint_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_checkpoint" cascade;`);
  }
}
