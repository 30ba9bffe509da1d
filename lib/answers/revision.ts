/**
 * The revision rule that keeps two tabs from silently overwriting each other, and makes a retried
 * request harmless. Pure, so it is unit-tested on its own; mutations.ts applies it inside a
 * conditional update.
 */
export type StoredRevision = { revision: number; lastSaveId: string } | null;
export type IncomingSave = { baseRevision: number; saveId: string };
export type SaveDecision = "create" | "update" | "duplicate" | "stale";

export function decideSave(stored: StoredRevision, incoming: IncomingSave): SaveDecision {
  // Nothing stored: whatever the client thought it had, there is nothing newer to protect.
  if (!stored) return "create";
  if (stored.lastSaveId === incoming.saveId) return "duplicate";
  if (stored.revision === incoming.baseRevision) return "update";
  return "stale";
}
