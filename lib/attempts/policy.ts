import type { Viewer } from "@/lib/auth/viewer";

/**
 * Who may see and change an attempt. A learner's work is theirs alone here; a teacher reads it
 * only through a class they own (lib/classes/policy.ts). The Prisma where-clause that applies the
 * rule inside queries (integration-tested).
 */

/** Where-clause: the viewer's own attempts, and nobody else's. */
export const ownAttempts = (viewer: Viewer) => ({ userId: viewer.id });
