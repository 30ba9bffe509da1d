import type { Viewer } from "@/lib/auth/viewer";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Who may see and change an attempt. A learner's work is theirs alone here; a teacher reads it
 * only through a class they own (lib/classes/policy.ts). The scope as a Prisma where-clause and as
 * the SQL fragment of the hand-written statements (integration-tested).
 */

/** Where-clause: the viewer's own attempts, and nobody else's. */
export const ownAttempts = (viewer: Viewer) => ({ userId: viewer.id });

/** ownAttempts in SQL, on the Attempt row `a`. */
export const ownAttemptsSql = (viewer: Viewer): Prisma.Sql => Prisma.sql`a."userId" = ${viewer.id}`;
