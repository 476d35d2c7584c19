import { createHmac } from "node:crypto";

import type { MikroORM } from "@mikro-orm/postgresql";

/** The login role the API answers requests as: it reads and writes rows, and nothing more. */
export const API_ROLE = "allot_api";

/**
 * Sets up (or brings up to date) the API's login role in the database `owner` is connected to and
 * returns the URL the API connects with. Run as the schema's owner, after the migrations: the role
 * may read and write the tables' rows, but not change or delete audit events or checkpoints, and
 * owns nothing, so it can neither alter a table nor disable a trigger (and, not a superuser, cannot
 * turn triggers off for its session). Its password is derived from `secret`, so every process of a
 * deployment computes the same one. Throws when the owner may not create roles (then set
 * DATABASE_APP_URL to a role made as docs/OPERATIONS.md shows).
 */
export async function ensureApiRole(owner: MikroORM, secret: string): Promise<string> {
  const password = createHmac("sha256", secret)
    .update(`database role ${API_ROLE}`)
    .digest("base64url");
  const conn = owner.em.getConnection();
  // Roles belong to the whole server: two processes (or test databases) may create it at once.
  await conn.execute(`do $$ begin
      create role ${API_ROLE} login;
    exception when duplicate_object or unique_violation then null;
    end $$`);
  await conn.execute(
    `alter role ${API_ROLE} with login nosuperuser nocreatedb nocreaterole noinherit nobypassrls password '${password}'`,
  );
  await conn.execute(
    `do $$ begin execute format('grant connect on database %I to ${API_ROLE}', current_database()); end $$`,
  );
  await conn.execute(`grant usage on schema public to ${API_ROLE}`);
  await conn.execute(
    `grant select, insert, update, delete on all tables in schema public to ${API_ROLE}`,
  );
  await conn.execute(`grant usage, select on all sequences in schema public to ${API_ROLE}`);
  // The audit trail only grows; the migration log is the owner's.
  await conn.execute(
    `revoke update, delete, truncate on audit_event, audit_checkpoint from ${API_ROLE}`,
  );
  await conn.execute(
    `revoke insert, update, delete, truncate on mikro_orm_migrations from ${API_ROLE}`,
  );
  const url = new URL(owner.config.get("clientUrl")!);
  url.username = API_ROLE;
  url.password = password;
  return url.toString();
}
