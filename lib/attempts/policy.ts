import type { Viewer } from "@/lib/auth/viewer";

/**
 * Who may see and change an attempt. A learner's work is theirs alone here; a teacher reads it
 * only through a class they own (lib/classes/policy.ts). Pure predicates (unit-tested) and the
 * Prisma where-clauses that apply the same rules inside queries (integration-tested).
 */

export type AttemptState = { userId: string; status: "IN_PROGRESS" | "SUBMITTED" };

export const ownsAttempt = (viewer: Viewer, attempt: { userId: string }): boolean => attempt.userId === viewer.id;

/** Whether a save may still land: the viewer's own attempt, in progress, and its assignment (if any) open. */
export const canWriteAttempt = (viewer: Viewer, attempt: AttemptState, assignmentOpen: boolean | null): boolean =>
  ownsAttempt(viewer, attempt) && attempt.status === "IN_PROGRESS" && assignmentOpen !== false;

/** Where-clause: the viewer's own attempts, and nobody else's. */
export const ownAttempts = (viewer: Viewer) => ({ userId: viewer.id });
