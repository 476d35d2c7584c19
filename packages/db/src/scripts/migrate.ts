// Applies pending migrations to DATABASE_URL, or to the embedded database when it is unset.
import { openDatabase } from "../connection.js";
import { createOrm, migrate } from "../orm.js";

const handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
try {
  const orm = await createOrm({ clientUrl: handle.url });
  const applied = await migrate(orm);
  console.log(applied.length ? `applied ${applied.join(", ")}` : "the database is up to date");
  await orm.close();
} finally {
  await handle.close();
}
