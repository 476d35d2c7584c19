import { Migration } from "@mikro-orm/migrations";

/**
 * The segments of a budget line's account string that are the district's own: the fund and
 * program codes each award is booked to, and the district office's facility code (a school's is
 * its state code). Empty until entered; the account string names what is missing meanwhile.
 */
export class Migration20261203060000_account_segments extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "award"
      add column "fund_code" varchar(8) null,
      add column "program_code" varchar(8) null;`);
    this.addSql(`alter table "district" add column "office_facility_code" varchar(8) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "district" drop column "office_facility_code";`);
    this.addSql(`alter table "award" drop column "fund_code", drop column "program_code";`);
  }
}
