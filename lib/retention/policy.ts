import { purgeCutoff } from "@/lib/classes/purge";
import { RETENTION } from "@/lib/config";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What the purge deletes besides archived classes (lib/classes/purge.ts) and ended sessions
 * (lib/auth/session-policy.ts): Prisma where-clauses, applied by ./steps.ts and integration-tested.
 * The privacy page states the same rules with the numbers of lib/config.ts RETENTION.
 */

/**
 * Guests nobody can come back as: no session of theirs can still be used (a guest's lasts a year at
 * most and is never extended), and nothing of theirs changed for RETENTION.guestInactiveMonths.
 * Those months also keep a guest being created (its user written before its session) out of reach.
 */
export function inactiveGuestsWhere(now: Date): Prisma.UserWhereInput {
  const quietSince = purgeCutoff(now, RETENTION.guestInactiveMonths);
  return {
    isAnonymous: true,
    updatedAt: { lt: quietSince },
    sessions: { none: { expiresAt: { gt: now } } },
    attempts: { none: { OR: [{ updatedAt: { gte: quietSince } }, { answers: { some: { updatedAt: { gte: quietSince } } } }] } },
  };
}

/** better-auth's rate-limit counters (a client address and a path) whose window has passed: they count nothing any more. */
export const spentRateLimitsWhere = (now: Date): Prisma.RateLimitWhereInput => ({
  lastRequest: { lt: BigInt(now.getTime() - RETENTION.rateLimitWindowMs) },
});

/** Sign-in and join counters (lib/auth/throttle.ts) untouched for longer than any of their windows. */
export const spentThrottlesWhere = (now: Date): Prisma.ThrottleWhereInput => ({
  lastAt: { lt: new Date(now.getTime() - RETENTION.throttleKeptMs) },
});
