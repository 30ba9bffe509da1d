import "server-only";
import { copyClassAssignments } from "@/lib/assignments/mutations";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { generateJoinCode } from "./codes";
import { deleteClassAndStudents } from "./deletion";
import { nameKey } from "./names";
import { classesOwnedBy, isTeacher } from "./policy";

/**
 * A teacher's own classes: create (with another class's assignments, if asked), rename, archive,
 * join code and joining, delete. Every function
 * takes the viewer and scopes its write to the classes they own (./policy.ts): another teacher's
 * class, or anyone who is not a teacher, gets NOT_FOUND and nothing changes.
 */

const isJoinCodeClash = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && JSON.stringify(error.meta ?? {}).includes("joinCode");

/** Runs `write` with a fresh join code, again on the rare clash with an existing one. */
async function withNewJoinCode<T>(write: (joinCode: string) => Promise<T>): Promise<T> {
  for (let tries = 0; tries < 5; tries += 1) {
    try {
      return await write(generateJoinCode());
    } catch (error) {
      if (!isJoinCodeClash(error)) throw error;
    }
  }
  throw new AppError("INTERNAL", {}, "No free join code after five tries");
}

/**
 * A new class of the viewer's; with `copyAssignmentsFrom` (another class of theirs), a copy of every
 * assignment of that class too (lib/assignments/mutations.ts), in the same transaction: the class is
 * made with its copies, or not at all.
 */
export async function createClass(viewer: Viewer, input: { name: string; copyAssignmentsFrom?: string | null }): Promise<{ id: string; copied: number }> {
  if (!isTeacher(viewer)) throw new AppError("NOT_FOUND");
  return withNewJoinCode((joinCode) =>
    db().$transaction(async (tx) => {
      const { id } = await tx.class.create({ data: { name: input.name, joinCode, teacherId: viewer.id }, select: { id: true } });
      const copies = input.copyAssignmentsFrom
        ? await copyClassAssignments(viewer, { sourceClassId: input.copyAssignmentsFrom, destinationClassId: id }, tx)
        : null;
      return { id, copied: copies?.ids.length ?? 0 };
    }),
  );
}

/** One update scoped to the viewer's classes; NOT_FOUND when it touched nothing. */
async function updateOwnClass(viewer: Viewer, requestedClassId: string, data: Prisma.ClassUpdateManyMutationInput): Promise<void> {
  const { count } = await db().class.updateMany({ where: { id: requestedClassId, ...classesOwnedBy(viewer) }, data });
  if (count === 0) throw new AppError("NOT_FOUND");
}

export const renameClass = (viewer: Viewer, requestedClassId: string, name: string) => updateOwnClass(viewer, requestedClassId, { name });

/** Archived: out of the way, read-only for students (their assignments take no more work), kept until deleted. */
export const setClassArchived = (viewer: Viewer, requestedClassId: string, archived: boolean) =>
  updateOwnClass(viewer, requestedClassId, { archivedAt: archived ? new Date() : null });

/** Joining off: the code no longer makes new students; those already in sign in with it as before. */
export const setJoiningOpen = (viewer: Viewer, requestedClassId: string, open: boolean) => updateOwnClass(viewer, requestedClassId, { joiningOpen: open });

/** A new code, e.g. after the old one was shared too widely. Students sign in with the new one. */
export async function regenerateJoinCode(viewer: Viewer, requestedClassId: string): Promise<void> {
  await withNewJoinCode((joinCode) => updateOwnClass(viewer, requestedClassId, { joinCode }));
}

/** Deletes one of the viewer's classes with its students' accounts and all their work (./deletion.ts). One transaction. */
export async function deleteClass(viewer: Viewer, requestedClassId: string): Promise<{ students: number }> {
  return db().$transaction(async (tx) => {
    const owned = await tx.class.findFirst({ where: { id: requestedClassId, ...classesOwnedBy(viewer) }, select: { id: true } });
    if (!owned) throw new AppError("NOT_FOUND");
    return { students: await deleteClassAndStudents(tx, owned.id) };
  });
}

/**
 * deleteClass once the teacher has typed the class's name (case, accents and spacing aside): the
 * confirmation step that works without JavaScript. CONFIRM_MISMATCH deletes nothing.
 */
export async function deleteClassConfirmed(viewer: Viewer, requestedClassId: string, typedName: string): Promise<{ students: number }> {
  const cls = await db().class.findFirst({ where: { id: requestedClassId, ...classesOwnedBy(viewer) }, select: { id: true, name: true } });
  if (!cls) throw new AppError("NOT_FOUND");
  if (nameKey(typedName) !== nameKey(cls.name)) throw new AppError("CONFIRM_MISMATCH");
  return deleteClass(viewer, cls.id);
}
