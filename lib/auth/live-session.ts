import "server-only";
import { SESSIONS } from "@/lib/config";
import { sql } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { holderOf, sessionIsLive } from "./session-policy";

type Row = { expiresAt: number; lastSeenAt: number; role: string; isAnonymous: boolean };

/**
 * Whether session `id` is still good in the database (not signed out, not ended by a password
 * reset or change, not past its end, not idle too long: ./session-policy.ts). What every request
 * that changes something, every teacher's page and every export asks, rather than trusting the
 * signed five-minute copy in the cookie. One indexed read; a teacher's last request is written down
 * at most once a minute.
 */
export async function isLiveSession(id: string, now: Date = new Date()): Promise<boolean> {
  const [row] = await sql<Row>(
    "live-session",
    Prisma.sql`SELECT extract(epoch from s."expiresAt") * 1000 AS "expiresAt", extract(epoch from s."lastSeenAt") * 1000 AS "lastSeenAt",
            u."role"::text AS "role", u."isAnonymous"
       FROM "Session" s JOIN "User" u ON u."id" = s."userId"
      WHERE s."id" = ${id}`,
  );
  if (!row) return false;
  const holder = holderOf(row);
  const lastSeenAt = new Date(Number(row.lastSeenAt));
  if (!sessionIsLive({ holder, expiresAt: new Date(Number(row.expiresAt)), lastSeenAt }, now)) return false;
  if (holder === "teacher" && now.getTime() - lastSeenAt.getTime() >= SESSIONS.lastSeenEveryMs) {
    await sql("session-seen", Prisma.sql`UPDATE "Session" SET "lastSeenAt" = now() AT TIME ZONE 'UTC' WHERE "id" = ${id}`);
  }
  return true;
}
