import { endedSessionsWhere } from "@/lib/auth/session-policy";
import { purgeArchivedClasses } from "@/lib/classes/purge";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { inactiveGuestsWhere, spentRateLimitsWhere, spentThrottlesWhere } from "./policy";

/**
 * The purge, as a list of steps run in order (./run.ts), each saying what it deleted (or, in a dry
 * run, would delete). A table whose rows expire becomes one more `rowsStep` line in PURGE_STEPS.
 */

export type PurgeContext = { now: Date; dryRun: boolean };
/** `deleted`: how many rows (classes, sessions, guests, counters); `lines`: what the script prints under it. */
export type StepReport = { deleted: number; lines?: string[] };
export type PurgeStep = { name: string; label: string; run: (prisma: PrismaClient, context: PurgeContext) => Promise<StepReport> };

type Table<Where> = { count(args: { where: Where }): Promise<number>; deleteMany(args: { where: Where }): Promise<{ count: number }> };

/** Deletes the rows of one table that `where` matches at the run's time, in one statement; a dry run counts them. */
export const rowsStep = <Where>(name: string, label: string, table: (prisma: PrismaClient) => Table<Where>, where: (now: Date) => Where): PurgeStep => ({
  name,
  label,
  run: async (prisma, { now, dryRun }) => {
    const rows = table(prisma);
    return { deleted: dryRun ? await rows.count({ where: where(now) }) : (await rows.deleteMany({ where: where(now) })).count };
  },
});

const archivedClasses: PurgeStep = {
  name: "archivedClasses",
  label: "archived classes past their retention, with their students' accounts and work",
  run: async (prisma, { now, dryRun }) => {
    const report = await purgeArchivedClasses(prisma, { now, dryRun });
    const lines = report.classes.map((cls) => `${cls.id} archived ${cls.archivedAt.toISOString()}`);
    return { deleted: report.classes.length, lines: dryRun ? lines : [...lines, `${report.students} student accounts`] };
  },
};

export const PURGE_STEPS: readonly PurgeStep[] = [
  archivedClasses,
  rowsStep("endedSessions", "ended sessions, with the network address and browser they recorded", (prisma) => prisma.session, endedSessionsWhere),
  rowsStep("inactiveGuests", "guests nobody can come back as, with all their work", (prisma) => prisma.user, inactiveGuestsWhere),
  rowsStep("rateLimitCounters", "rate-limit counters past their window", (prisma) => prisma.rateLimit, spentRateLimitsWhere),
  rowsStep(
    "throttleCounters",
    "sign-in and join counters past their window (hashed addresses, accounts, classes)",
    (prisma) => prisma.throttle,
    spentThrottlesWhere,
  ),
];
