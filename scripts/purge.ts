import { parseArgs } from "node:util";
import { purgeArchivedClasses } from "@/lib/classes/purge";
import { RETENTION } from "@/lib/config";
import { connectDatabase } from "./lib/database";
import { createPrisma } from "./lib/prisma";

/**
 * npm run purge [-- --dry-run] — deletes the classes archived more than RETENTION.archivedClassMonths
 * ago, with their students' accounts and all their work, as the privacy page says. Run it daily
 * (cron, systemd timer); `--dry-run` lists what would go.
 */
const { values } = parseArgs({ options: { "dry-run": { type: "boolean", default: false } }, strict: true });
const database = await connectDatabase(console.log);
const prisma = createPrisma(database.url);
try {
  const report = await purgeArchivedClasses(prisma, { dryRun: values["dry-run"] });
  const verb = report.dryRun ? "Would delete" : "Deleted";
  console.log(`Classes archived before ${report.cutoff.toISOString()} (${RETENTION.archivedClassMonths} months ago):`);
  for (const cls of report.classes) console.log(`  ${cls.id} archived ${cls.archivedAt.toISOString()}`);
  console.log(report.dryRun ? `${verb} ${report.classes.length} classes (dry run: nothing deleted).` : `${verb} ${report.classes.length} classes and ${report.students} student accounts.`);
} finally {
  await prisma.$disconnect();
  await database.stop();
}
