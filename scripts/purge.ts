import { parseArgs } from "node:util";
import { runPurge } from "@/lib/retention/run";
import { connectDatabase } from "./lib/database";
import { createPrisma } from "./lib/prisma";

/**
 * npm run purge [-- --dry-run] — deletes what the privacy page says is deleted (lib/retention/steps.ts):
 * classes archived more than RETENTION.archivedClassMonths ago with their students and work, ended
 * sessions, guests nobody can come back as, spent rate-limit counters. The production server runs
 * the same purge every day by itself (PURGE_EVERY, docs/deploy.md); this is for cron, or by hand.
 * `--dry-run` counts what would go and deletes nothing.
 */
const { values } = parseArgs({ options: { "dry-run": { type: "boolean", default: false } }, strict: true });
const database = await connectDatabase(console.log);
const prisma = createPrisma(database.url);
try {
  const run = await runPurge(prisma, { dryRun: values["dry-run"] });
  if (!run) console.log("Another purge is running (its lock is held): nothing done.");
  else {
    const verb = run.dryRun ? "Would delete" : "Deleted";
    for (const step of run.steps) {
      console.log(`${verb} ${step.deleted} ${step.label}.`);
      for (const line of step.lines ?? []) console.log(`  ${line}`);
    }
    if (run.dryRun) console.log("(dry run: nothing deleted)");
  }
} finally {
  await prisma.$disconnect();
  await database.stop();
}
