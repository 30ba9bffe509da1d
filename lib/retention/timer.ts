import "server-only";
import { PURGE } from "@/lib/config";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isDatabaseUnavailable } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { runPurge } from "./run";

/**
 * The purge, run by the app's own server (instrumentation.ts): nobody has to install a cron job
 * for the privacy page to hold. Soon after start, then every PURGE_EVERY (a day unless set).
 */

/** One run, one log line: how many of each it deleted, or that another instance had it, or why it failed. */
export async function purgeOnce(): Promise<void> {
  const started = Date.now();
  try {
    const run = await runPurge(db());
    if (!run) return logger.info("purge skipped", { reason: "another instance is running it" });
    logger.info("purge", { ...Object.fromEntries(run.steps.map((step) => [step.name, step.deleted])), ms: Date.now() - started });
  } catch (error) {
    // Only the error's message: the purge handles no request, and its queries carry no one's data.
    (isDatabaseUnavailable(error) ? logger.warn : logger.error)("purge failed", { error: error instanceof Error ? error.message : String(error) });
  }
}

const globalForPurge = globalThis as unknown as { purgeTimerStarted?: boolean };

/**
 * Starts the timer once per process. Each run is scheduled when the last has finished (runs never
 * overlap in a process; across instances the lock decides), and the timers are unref'd: they never
 * keep the process alive nor delay its stop.
 */
export function startPurgeTimer(): void {
  if (globalForPurge.purgeTimerStarted) return;
  globalForPurge.purgeTimerStarted = true;
  const every = env().PURGE_EVERY;
  if (every === null) return logger.info("purge timer off", { reason: "PURGE_EVERY=off: run npm run purge from cron" });
  const schedule = (delayMs: number) => setTimeout(() => void purgeOnce().finally(() => schedule(every)), delayMs).unref();
  schedule(Math.min(PURGE.firstRunDelayMs, every));
}
