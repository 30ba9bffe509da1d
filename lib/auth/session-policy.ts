import { SESSIONS } from "@/lib/config";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Who a session belongs to and whether it is still good (lib/config.ts SESSIONS): the one rule the
 * sign-in (its end date) and every check of a session apply. Pure, unit-tested.
 */

export type SessionHolder = "guest" | "student" | "teacher";

export const holderOf = (user: { role?: unknown; isAnonymous?: unknown }): SessionHolder =>
  user.isAnonymous === true ? "guest" : user.role === "TEACHER" ? "teacher" : "student";

/** When a session signed in at `createdAt` ends at the latest. */
export const sessionEnd = (holder: SessionHolder, createdAt: Date): Date => new Date(createdAt.getTime() + SESSIONS[holder].maxAgeMs);

/** Still good: not past its end, and for a teacher, a request within the idle limit. */
export function sessionIsLive(session: { holder: SessionHolder; expiresAt: Date; lastSeenAt: Date }, now: Date = new Date()): boolean {
  if (session.expiresAt.getTime() <= now.getTime()) return false;
  return session.holder !== "teacher" || now.getTime() - session.lastSeenAt.getTime() < SESSIONS.teacher.idleMs;
}

/** Where-clause: the sessions sessionIsLive refuses at `now` (past their end, or a teacher's idle too long), for the purge. */
export const endedSessionsWhere = (now: Date): Prisma.SessionWhereInput => ({
  OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: new Date(now.getTime() - SESSIONS.teacher.idleMs) }, user: { isAnonymous: false, role: "TEACHER" } }],
});
