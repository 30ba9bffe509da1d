import { connectDatabase, migrate } from "./lib/database";

/** npm run db:migrate — applies pending migrations to DATABASE_URL, or to the embedded database. */
const database = await connectDatabase(console.log);
try {
  const applied = await migrate(database.url, console.log);
  console.log(applied.length ? `Applied ${applied.length} migration(s).` : "Nothing to apply: the schema is up to date.");
} finally {
  await database.stop();
}
