import { userInfo } from "node:os";

import type { EntityManager } from "@mikro-orm/postgresql";

import { createOrm, District, migrate, openDatabase, withAudit } from "@allot/db";

import { DEVELOPMENT_SESSION_SECRET, readEnv } from "../env.js";

/** The command line's arguments; a leading "--" (as `pnpm <script> -- ...` passes it) is dropped. */
export function cliArgs(): string[] {
  const args = process.argv.slice(2);
  return args[0] === "--" ? args.slice(1) : args;
}

/**
 * Runs a command-line tool against DATABASE_URL or the embedded database, for one district, with
 * its writes audited as the operating-system user. Exits with the code `fn` returns.
 */
export async function runCli(
  o: { district: string; action: string },
  fn: (em: EntityManager, district: District) => Promise<number>,
): Promise<never> {
  const env = readEnv();
  const db = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    port: env.EMBEDDED_POSTGRES_PORT,
  });
  const orm = await createOrm({
    clientUrl: db.url,
    auditSecret: env.SESSION_SECRET ?? DEVELOPMENT_SESSION_SECRET,
  });
  let code = 1;
  try {
    await migrate(orm);
    const em = orm.em.fork();
    const district = await em.findOne(District, { ncesLeaId: o.district });
    if (!district) throw new Error(`no district has NCES LEA id ${o.district}`);
    code = await withAudit(
      { actor: `cli:${userInfo().username}`, action: o.action, requestId: null },
      () => fn(em, district),
    );
  } catch (e) {
    console.error((e as Error).message);
  } finally {
    await orm.close();
    await db.close();
  }
  process.exit(code);
}
