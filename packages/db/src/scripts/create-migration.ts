// Writes a migration for the difference between the entities and the database at DATABASE_URL
// (an empty embedded database when unset) into src/migrations. Add it to migrations/index.ts.
import { withDatabase } from "../connection.js";
import { createOrm, migrate } from "../orm.js";

await withDatabase({ purpose: "migration" }, async (clientUrl) => {
  const orm = await createOrm({ clientUrl });
  try {
    await migrate(orm);
    const result = await orm
      .getMigrator()
      .createMigration("src/migrations", false, false, process.argv[2]);
    console.log(
      result.fileName
        ? `wrote src/migrations/${result.fileName}`
        : "no changes: entities match the migrations",
    );
  } finally {
    await orm.close();
  }
});
