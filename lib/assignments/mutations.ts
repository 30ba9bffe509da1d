import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { classesOwnedBy } from "@/lib/classes/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ownAssignment, type AssignmentRef } from "./policy";
import type { CreateAssignmentsInput, UpdateAssignmentInput } from "./schemas";
import type { RevealPolicy } from "./types";

/**
 * A teacher's assignments: give exercises to a class, change them, close or reopen them, release
 * the commentary, delete. Scoped to classes the viewer owns (./policy.ts): NOT_FOUND otherwise.
 */

/**
 * One assignment per chosen exercise (each has its own attempts), all with the same due day and
 * reveal policy, in one transaction. The due day is stored at 00:00 UTC and read as a calendar day.
 */
export async function createAssignments(viewer: Viewer, input: Omit<CreateAssignmentsInput, "locale">): Promise<{ ids: string[] }> {
  const cls = await db().class.findFirst({ where: { id: input.classId, ...classesOwnedBy(viewer) }, select: { id: true, archivedAt: true } });
  if (!cls) throw new AppError("NOT_FOUND");
  if (cls.archivedAt) throw new AppError("CLASS_ARCHIVED");
  const keys = [...new Set(input.exercises)];
  const exercises = await db().exercise.findMany({ where: { key: { in: keys } }, select: { id: true, key: true } });
  if (exercises.length !== keys.length) throw new AppError("INVALID_INPUT");
  const dueAt = input.dueOn ? new Date(`${input.dueOn}T00:00:00.000Z`) : null;
  const created = await db().$transaction(
    keys.map((key) =>
      db().assignment.create({
        data: { classId: cls.id, exerciseId: exercises.find((exercise) => exercise.key === key)!.id, dueAt, revealPolicy: input.revealPolicy },
        select: { id: true },
      }),
    ),
  );
  return { ids: created.map((row) => row.id) };
}

export type AssignmentUpdate =
  { updated: true } | { updated: false; studentsWithWork: number; asked: { exerciseKey: string; dueOn: string; revealPolicy: RevealPolicy } };

/**
 * Changes an assignment's exercise, due day and reveal policy, in one transaction. Another
 * exercise leaves the work done on the first one without its questions: while students have
 * started, nothing changes until the teacher confirms for that many students (`confirmLoss`), and
 * then their work for this assignment is deleted with the change. A closed class (archived) is not
 * changed.
 */
export async function updateAssignment(viewer: Viewer, input: Omit<UpdateAssignmentInput, "locale">): Promise<AssignmentUpdate> {
  return db().$transaction(async (tx) => {
    const assignment = await tx.assignment.findFirst({
      where: ownAssignment(viewer, input),
      select: { id: true, exerciseId: true, class: { select: { archivedAt: true } }, _count: { select: { attempts: true } } },
    });
    if (!assignment) throw new AppError("NOT_FOUND");
    if (assignment.class.archivedAt) throw new AppError("CLASS_ARCHIVED");
    const exercise = await tx.exercise.findUnique({ where: { key: input.exercise }, select: { id: true } });
    if (!exercise) throw new AppError("INVALID_INPUT");
    const studentsWithWork = assignment._count.attempts;
    const changesExercise = exercise.id !== assignment.exerciseId;
    // Confirmed for fewer students than have started by now: ask again with the new number.
    if (changesExercise && studentsWithWork > 0 && (input.confirmLoss === null || input.confirmLoss < studentsWithWork)) {
      return { updated: false, studentsWithWork, asked: { exerciseKey: input.exercise, dueOn: input.dueOn ?? "", revealPolicy: input.revealPolicy } };
    }
    if (changesExercise) await tx.attempt.deleteMany({ where: { assignmentId: assignment.id } });
    await tx.assignment.update({
      where: { id: assignment.id },
      data: { exerciseId: exercise.id, dueAt: input.dueOn ? new Date(`${input.dueOn}T00:00:00.000Z`) : null, revealPolicy: input.revealPolicy },
    });
    return { updated: true };
  });
}

async function updateOwnAssignment(viewer: Viewer, requested: AssignmentRef, data: { closedAt?: Date | null; releasedAt?: Date }): Promise<void> {
  const { count } = await db().assignment.updateMany({ where: ownAssignment(viewer, requested), data });
  if (count === 0) throw new AppError("NOT_FOUND");
}

/** Closed: students read their work but change nothing; saves are refused with ASSIGNMENT_CLOSED. */
export const setAssignmentClosed = (viewer: Viewer, requested: AssignmentRef, closed: boolean) =>
  updateOwnAssignment(viewer, requested, { closedAt: closed ? new Date() : null });

/** Shows the commentary to the students who submitted (reveal policy AFTER_RELEASE). */
export const releaseCommentary = (viewer: Viewer, requested: AssignmentRef) => updateOwnAssignment(viewer, requested, { releasedAt: new Date() });

/** Deletes an assignment and every student's work for it. */
export async function deleteAssignment(viewer: Viewer, requested: AssignmentRef): Promise<void> {
  const { count } = await db().assignment.deleteMany({ where: ownAssignment(viewer, requested) });
  if (count === 0) throw new AppError("NOT_FOUND");
}
