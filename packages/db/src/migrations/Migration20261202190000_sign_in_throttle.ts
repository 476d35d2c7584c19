import { Migration } from "@mikro-orm/migrations";

/**
 * Failed sign-ins per email and per address, claimed atomically (see SignInThrottle), instead of
 * on the user's row: an unknown email now waits as a known one does.
 */
export class Migration20261202190000_sign_in_throttle extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "app_user" drop column "failed_sign_ins", drop column "last_failed_sign_in_at";`,
    );
    this.addSql(
      `create table "sign_in_throttle" ("key" varchar(320) not null, "failures" int not null default 0, "blocked_until" timestamptz null, "updated_at" timestamptz not null default now(), constraint "sign_in_throttle_pkey" primary key ("key"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sign_in_throttle";`);
    this.addSql(
      `alter table "app_user" add column "failed_sign_ins" int not null default 0, add column "last_failed_sign_in_at" timestamptz null;`,
    );
  }
}
