import { Migration } from "@mikro-orm/migrations";

/**
 * The state's awards to single schools (1003 school improvement is allocated per school
 * designated for support), so each school's lines can be judged against its own award.
 */
export class Migration20261203090000_school_awards extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "school_award" ("id" uuid not null, "district_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "fiscal_year_id" uuid not null, "funding_source_id" uuid not null, "school_id" uuid not null, "amount_cents" bigint not null, "version" int not null default 1, constraint "school_award_pkey" primary key ("id"), constraint school_award_amount_not_negative check (amount_cents >= 0));`,
    );
    this.addSql(
      `alter table "school_award" add constraint "school_award_district_id_fiscal_year_id_funding_s_80e40_unique" unique ("district_id", "fiscal_year_id", "funding_source_id", "school_id");`,
    );
    this.addSql(
      `alter table "school_award" add constraint "school_award_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "school_award" add constraint "school_award_fiscal_year_id_foreign" foreign key ("fiscal_year_id") references "fiscal_year" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "school_award" add constraint "school_award_funding_source_id_foreign" foreign key ("funding_source_id") references "funding_source" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "school_award" add constraint "school_award_school_id_foreign" foreign key ("school_id") references "school" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "school_award";`);
  }
}
