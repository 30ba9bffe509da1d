import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The revision rule that keeps two tabs from silently overwriting each other, and makes a retried
 * request harmless: for answers (mutations.ts, and ./upsert.ts in one statement) and for the
 * teacher's feedback drafts (lib/review/mutations.ts). Pure, so it is unit-tested on its own; the
 * one-statement saves apply its "update" case in SQL (updatesStoredSql, beside it).
 */
export type StoredRevision = { revision: number; lastSaveId: string | null } | null;
export type IncomingSave = { baseRevision: number; saveId: string };
export type SaveDecision = "create" | "update" | "duplicate" | "stale";

export function decideSave(stored: StoredRevision, incoming: IncomingSave): SaveDecision {
  // Nothing stored: whatever the client thought it had, there is nothing newer to protect.
  if (!stored) return "create";
  if (stored.lastSaveId === incoming.saveId) return "duplicate";
  if (stored.revision === incoming.baseRevision) return "update";
  return "stale";
}

/**
 * decideSave in an upsert on `table` (its stored row): the INSERT is "create", and this is the
 * condition of its ON CONFLICT … DO UPDATE, "update". A save it leaves unwritten was a duplicate or
 * stale, which the caller tells apart with decideSave on the row it read.
 */
export function updatesStoredSql(table: "Answer" | "Feedback", incoming: IncomingSave): Prisma.Sql {
  const stored = Prisma.raw(`"${table}"`);
  return Prisma.sql`${stored}."lastSaveId" IS DISTINCT FROM ${incoming.saveId} AND ${stored}."revision" = ${incoming.baseRevision}`;
}
