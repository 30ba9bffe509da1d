import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { deleteClassAndStudents } from "@/lib/classes/deletion";
import { classesOwnedBy } from "@/lib/classes/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { mayDeleteOwnAccount, mayEraseGuestWork } from "./policy";

/**
 * Deleting one's own data. Each function checks the viewer (./policy.ts) and deletes in one
 * transaction; the schema's cascades take the rest (sessions, password, attempts, answers,
 * feedback, comment bank). Anyone else gets NOT_FOUND and nothing changes.
 */

/** A classroom of 35 per class and a few classes: well under this, but more than Prisma's 5 s default. */
const ACCOUNT_DELETION_TIMEOUT_MS = 60_000;

/** The teacher's account with every class of theirs, each with its students' accounts and all their work. */
export async function deleteTeacherAccount(viewer: Viewer): Promise<{ classes: number; students: number }> {
  if (!mayDeleteOwnAccount(viewer)) throw new AppError("NOT_FOUND");
  return db().$transaction(
    async (tx) => {
      const classes = await tx.class.findMany({ where: classesOwnedBy(viewer), select: { id: true } });
      let students = 0;
      for (const cls of classes) students += await deleteClassAndStudents(tx, cls.id);
      await tx.user.delete({ where: { id: viewer.id } });
      return { classes: classes.length, students };
    },
    { timeout: ACCOUNT_DELETION_TIMEOUT_MS },
  );
}

/** The guest and everything of theirs: attempts, answers, sessions (their cookie no longer opens anything). */
export async function eraseGuest(viewer: Viewer): Promise<void> {
  if (!mayEraseGuestWork(viewer)) throw new AppError("NOT_FOUND");
  const { count } = await db().user.deleteMany({ where: { id: viewer.id, isAnonymous: true } });
  if (count === 0) throw new AppError("NOT_FOUND");
}
