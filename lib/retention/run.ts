import { PURGE } from "@/lib/config";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { PURGE_STEPS, type PurgeContext, type StepReport } from "./steps";

/** The purge's PostgreSQL advisory lock: one run at a time across every instance, the timer and cron. */
export const PURGE_LOCK_KEY = 7_264_101_022n;

export type PurgeRun = PurgeContext & { steps: Array<{ name: string; label: string } & StepReport> };

/**
 * Runs every step of the purge in order, or returns null when another run holds the lock. The
 * lock is transaction-scoped, taken on a connection of its own that stays open for the run: it
 * holds through PgBouncer's transaction pooling (docs/deploy.md), and goes with the connection if
 * the process dies. The steps themselves run on other connections, each class in a transaction.
 */
export async function runPurge(prisma: PrismaClient, options: { now?: Date; dryRun?: boolean } = {}): Promise<PurgeRun | null> {
  const context: PurgeContext = { now: options.now ?? new Date(), dryRun: options.dryRun ?? false };
  return prisma.$transaction(
    async (lock) => {
      const [row] = await lock.$queryRaw<Array<{ locked: boolean }>>`SELECT pg_try_advisory_xact_lock(${PURGE_LOCK_KEY}) AS "locked"`;
      if (!row?.locked) return null;
      const steps: PurgeRun["steps"] = [];
      for (const step of PURGE_STEPS) steps.push({ name: step.name, label: step.label, ...(await step.run(prisma, context)) });
      return { ...context, steps };
    },
    { timeout: PURGE.maxRunMs },
  );
}
