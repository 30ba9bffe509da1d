import "server-only";
import { createHash } from "node:crypto";
import { sql } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Counters for the app's own limits (./limits.ts), in PostgreSQL so that every instance counts the
 * same requests. Each statement is one atomic upsert or read: two requests at once never both pass
 * a limit of one. Keys are hashed: the table holds no address, name or e-mail in clear.
 */

/** At most `max` events per `windowMs`, counted from the window's first event. */
export type Window = { readonly windowMs: number; readonly max: number };

export type Verdict = { allowed: boolean; retryAfterSeconds: number };

/** A key for `kind` made of `parts` (an address, an account), hashed. */
export const throttleKey = (kind: string, ...parts: readonly string[]): string =>
  `${kind}:${createHash("sha256").update(parts.join("\u0000")).digest("base64url").slice(0, 32)}`;

// The time when the statement reads it (after any wait for the row), not when its transaction began.
const NOW = Prisma.raw(`(clock_timestamp() AT TIME ZONE 'UTC')`);
const windowEnded = (since: "windowStart" | "lastAt", windowMs: number) =>
  Prisma.sql`${Prisma.raw(`"Throttle"."${since}"`)} <= ${NOW} - ${windowMs} * interval '1 millisecond'`;

/** Counts one event under `key`: allowed while its window holds no more than `rule.max`. */
export async function countEvent(key: string, rule: Window): Promise<Verdict> {
  const [row] = await sql<{ count: number; leftMs: number }>(
    "throttle-count",
    Prisma.sql`INSERT INTO "Throttle" ("key", "count", "windowStart", "lastAt") VALUES (${key}, 1, ${NOW}, ${NOW})
     ON CONFLICT ("key") DO UPDATE SET
       "count" = CASE WHEN ${windowEnded("windowStart", rule.windowMs)} THEN 1 ELSE "Throttle"."count" + 1 END,
       "windowStart" = CASE WHEN ${windowEnded("windowStart", rule.windowMs)} THEN ${NOW} ELSE "Throttle"."windowStart" END,
       "lastAt" = ${NOW}
     RETURNING "count", extract(epoch from "windowStart" + ${rule.windowMs} * interval '1 millisecond' - ${NOW}) * 1000 AS "leftMs"`,
  );
  return verdict(row!.count <= rule.max, Number(row!.leftMs), rule);
}

/** Whether one more event under `key` would be allowed, without counting it. */
export async function peekEvents(key: string, rule: Window): Promise<Verdict> {
  const [row] = await sql<{ count: number; leftMs: number }>(
    "throttle-peek",
    Prisma.sql`SELECT "count", extract(epoch from "windowStart" + ${rule.windowMs} * interval '1 millisecond' - ${NOW}) * 1000 AS "leftMs"
       FROM "Throttle" WHERE "key" = ${key} AND NOT (${windowEnded("windowStart", rule.windowMs)})`,
  );
  return row ? verdict(row.count < rule.max, Number(row.leftMs), rule) : verdict(true, 0, rule);
}

/**
 * The tries counted under `key` (a sign-in's): `stored` as the row holds it, `count` once tries
 * older than `forgetAfterMs` are forgotten, and how long ago the last one was.
 */
export async function readTries(key: string, forgetAfterMs: number): Promise<{ stored: number; count: number; sinceMs: number }> {
  const [row] = await sql<{ count: number; forgotten: boolean; sinceMs: number }>(
    "throttle-tries",
    Prisma.sql`SELECT "count", ${windowEnded("lastAt", forgetAfterMs)} AS "forgotten", extract(epoch from ${NOW} - "lastAt") * 1000 AS "sinceMs"
       FROM "Throttle" WHERE "key" = ${key}`,
  );
  if (!row) return { stored: 0, count: 0, sinceMs: Infinity };
  return { stored: row.count, count: row.forgotten ? 0 : row.count, sinceMs: row.forgotten ? Infinity : Number(row.sinceMs) };
}

/**
 * Counts one more try under `key`, as `count`, if the row still holds `stored` (what readTries
 * saw): of two tries at once, only one is counted and allowed, so a burst of parallel guesses
 * cannot all pass before the first is counted. False when another try came first.
 */
export async function takeTry(key: string, stored: number, count: number): Promise<boolean> {
  const rows = await sql(
    "throttle-take",
    Prisma.sql`INSERT INTO "Throttle" ("key", "count", "windowStart", "lastAt") VALUES (${key}, ${count}, ${NOW}, ${NOW})
     ON CONFLICT ("key") DO UPDATE SET "count" = ${count}, "lastAt" = ${NOW} WHERE "Throttle"."count" = ${stored}
     RETURNING 1`,
  );
  return rows.length === 1;
}

/** Forgets everything counted under `key` (a successful sign-in clears its tries). */
export async function forget(key: string): Promise<void> {
  await sql("throttle-forget", Prisma.sql`DELETE FROM "Throttle" WHERE "key" = ${key}`);
}

/** The seconds left of a window, within 1 and its length (stored times are to the millisecond, the clock finer). */
const verdict = (allowed: boolean, leftMs: number, rule: Window): Verdict => ({
  allowed,
  retryAfterSeconds: Math.min(Math.ceil(rule.windowMs / 1000), Math.max(1, Math.ceil(leftMs / 1000))),
});
