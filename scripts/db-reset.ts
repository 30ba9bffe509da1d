import pg from "pg";
import { connectDatabase, loadContentInto, migrate } from "./lib/database";

/**
 * npm run db:reset — drops everything in the database (answers included), then migrates and loads
 * content again. Refuses a non-local DATABASE_URL unless --force is given.
 */
const database = await connectDatabase(console.log);
try {
  const host = new URL(database.url).hostname;
  if (!["localhost", "127.0.0.1", "::1"].includes(host) && !process.argv.includes("--force")) {
    throw new Error(`Refusing to reset the database on ${host}: pass --force if you really mean it.`);
  }
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query('DROP SCHEMA IF EXISTS "public" CASCADE; CREATE SCHEMA "public";');
  await client.end();
  await migrate(database.url, console.log);
  const report = await loadContentInto(database.url);
  console.log(`Database reset: ${report.articles} articles, ${report.questions} questions loaded.`);
} finally {
  await database.stop();
}
