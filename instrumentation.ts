import { PHASE_PRODUCTION_BUILD } from "next/constants";

/**
 * Next.js calls register() once when a server process starts (its documented instrumentation hook).
 * The production server starts the purge's timer there (lib/retention/timer.ts): in the Node.js
 * runtime only, never while `next build` prerenders pages, and not under `npm run dev`, whose
 * database is a developer's (`npm run purge` cleans it on demand). register() returns at once: the
 * first run comes a minute later, on a timer that never holds the process.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD || process.env.NODE_ENV !== "production") return;
  const { startPurgeTimer } = await import("./lib/retention/timer");
  try {
    startPurgeTimer();
  } catch (error) {
    // A setting the server cannot read (PURGE_EVERY) stops it at start with its message:
    // Next.js would otherwise answer every page with this same error.
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
