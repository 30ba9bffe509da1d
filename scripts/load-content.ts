import { connectDatabase, loadContentInto, migrate } from "./lib/database";

/** npm run content:load — validates content/ and syncs it into the database (migrating first). */
const database = await connectDatabase(console.log);
try {
  await migrate(database.url, console.log);
  const report = await loadContentInto(database.url);
  console.log(`Content loaded: ${report.articles} articles, ${report.questions} questions ` + `(${report.retired} retired, ${report.deleted} deleted).`);
} finally {
  await database.stop();
}
