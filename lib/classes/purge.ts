import { RETENTION } from "@/lib/config";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { deleteClassAndStudents } from "./deletion";

/**
 * The retention the privacy page states: archived classes older than RETENTION are deleted with
 * their students and all their work. Takes its own client (run by scripts/purge.ts, outside the app).
 */

/** The moment before which an archived class is due for deletion. */
export function purgeCutoff(now: Date, months: number = RETENTION.archivedClassMonths): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

export type PurgeReport = { cutoff: Date; classes: Array<{ id: string; archivedAt: Date }>; students: number; dryRun: boolean };

/** With `dryRun`, lists what would go and deletes nothing. Each class goes in its own transaction. */
export async function purgeArchivedClasses(prisma: PrismaClient, options: { now?: Date; dryRun?: boolean } = {}): Promise<PurgeReport> {
  const cutoff = purgeCutoff(options.now ?? new Date());
  const due = await prisma.class.findMany({ where: { archivedAt: { lt: cutoff } }, select: { id: true, archivedAt: true }, orderBy: { archivedAt: "asc" } });
  const classes = due.map((cls) => ({ id: cls.id, archivedAt: cls.archivedAt! }));
  let students = 0;
  if (!options.dryRun) {
    for (const cls of classes) {
      // Archived again just now (unarchived, then archived)? Then it is not due: checked inside the transaction.
      students += await prisma.$transaction(async (tx) => {
        const still = await tx.class.findFirst({ where: { id: cls.id, archivedAt: { lt: cutoff } }, select: { id: true } });
        return still ? deleteClassAndStudents(tx, still.id) : 0;
      });
    }
  }
  return { cutoff, classes, students, dryRun: options.dryRun ?? false };
}
