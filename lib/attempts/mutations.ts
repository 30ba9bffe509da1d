import "server-only";
import { assignmentOpenSql, assignmentsGivenTo, isAssignmentOpen } from "@/lib/assignments/policy";
import { asksQuestion } from "@/lib/assignments/questions";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { SELF_STUDY_SCOPE } from "@/lib/exercises/keys";
import { Prisma } from "@/lib/generated/prisma/client";
import { scopeOf, type AttemptContext } from "./context";
import { ownAttempts, ownAttemptsSql } from "./policy";

type AttemptRef = { id: string; status: "IN_PROGRESS" | "SUBMITTED" };

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * The assignment a learner may work on: given to a class they are in, for this exercise, open, and
 * asking `questionKey` when a save names one. Throws ASSIGNMENT_NOT_FOUND (not theirs, or another
 * exercise), ASSIGNMENT_CLOSED or QUESTION_NOT_ASSIGNED.
 */
async function assertAssignmentOpenFor(viewer: Viewer, requestedAssignmentId: string, exerciseId: string, questionKey?: string): Promise<void> {
  const assignment = await db().assignment.findFirst({
    where: { id: requestedAssignmentId, exerciseId, ...assignmentsGivenTo(viewer) },
    select: { closedAt: true, questionKeys: true, class: { select: { archivedAt: true } } },
  });
  if (!assignment) throw new AppError("ASSIGNMENT_NOT_FOUND");
  if (!isAssignmentOpen({ closedAt: assignment.closedAt, classArchivedAt: assignment.class.archivedAt })) throw new AppError("ASSIGNMENT_CLOSED");
  if (questionKey !== undefined && !asksQuestion(assignment, questionKey)) throw new AppError("QUESTION_NOT_ASSIGNED");
}

/**
 * The viewer's attempt in progress on an exercise in a context, opened if there is none. In
 * self-study a submitted attempt is followed by a new one; an assignment has one attempt per
 * learner (a CHECK constraint), read-only once submitted. Two tabs opening one at once collide on
 * the unique (user, exercise, scope, number) key; the loser reads the winner's row. A first save
 * names its question (`questionKey`): no attempt opens for a question the assignment does not ask.
 */
export async function openAttempt(viewer: Viewer, exerciseId: string, context: AttemptContext, questionKey?: string): Promise<AttemptRef> {
  if (context.kind === "assignment") await assertAssignmentOpenFor(viewer, context.assignmentId, exerciseId, questionKey);
  const where = { ...ownAttempts(viewer), exerciseId, scope: scopeOf(context) };
  for (let tries = 0; tries < 3; tries += 1) {
    const latest = await db().attempt.findFirst({ where, orderBy: { number: "desc" }, select: { id: true, status: true, number: true } });
    if (latest?.status === "IN_PROGRESS") return latest;
    if (latest && context.kind === "assignment") throw new AppError("ATTEMPT_SUBMITTED");
    try {
      return await db().attempt.create({
        data: { ...where, number: (latest?.number ?? 0) + 1, assignmentId: context.kind === "assignment" ? context.assignmentId : null },
        select: { id: true, status: true },
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new AppError("INTERNAL", {}, "Could not open an attempt after three collisions");
}

/** An attempt of the viewer's, by id, in the context the request names; anything else reads as not found. */
export async function getOwnAttempt(viewer: Viewer, requestedAttemptId: string, exerciseId: string, context: AttemptContext): Promise<AttemptRef> {
  const attempt = await db().attempt.findFirst({
    where: { id: requestedAttemptId, ...ownAttempts(viewer), exerciseId, scope: scopeOf(context) },
    select: { id: true, status: true },
  });
  if (!attempt) throw new AppError("ATTEMPT_NOT_FOUND");
  return attempt;
}

/**
 * Submits one of the viewer's attempts: it becomes read-only. Takes the row lock that saves share,
 * so no save lands after it. Submitting twice is harmless; submitting into a closed assignment is
 * refused like a save.
 */
export async function submitAttempt(viewer: Viewer, requestedAttemptId: string): Promise<{ id: string; number: number }> {
  return db().$transaction(async (tx) => {
    const [attempt] = await tx.$queryRaw<Array<{ id: string; number: number; status: string; closed: boolean }>>`
      SELECT a."id", a."number", a."status",
             (a."assignmentId" IS NOT NULL AND NOT ${assignmentOpenSql()}) AS "closed"
        FROM "Attempt" a
        LEFT JOIN "Assignment" asg ON asg."id" = a."assignmentId"
        LEFT JOIN "Class" c ON c."id" = asg."classId"
       WHERE a."id" = ${requestedAttemptId} AND ${ownAttemptsSql(viewer)}
         FOR UPDATE OF a`;
    if (!attempt) throw new AppError("ATTEMPT_NOT_FOUND");
    if (attempt.status !== "SUBMITTED") {
      if (attempt.closed) throw new AppError("ASSIGNMENT_CLOSED");
      await tx.attempt.update({ where: { id: attempt.id }, data: { status: "SUBMITTED", submittedAt: new Date() } });
    }
    return { id: attempt.id, number: attempt.number };
  });
}

/**
 * A guest who signs in or joins a class keeps their self-study: better-auth's anonymous plugin
 * calls this (lib/auth/server.ts) before it deletes the guest. Numbers follow on after the
 * account's own attempts on the same exercise, so nothing collides. One statement.
 */
export async function adoptGuestAttempts(guestId: string, userId: string): Promise<number> {
  return db().$executeRaw`
    UPDATE "Attempt" a
       SET "userId" = ${userId},
           "number" = a."number" + COALESCE((SELECT max(own."number") FROM "Attempt" own
                                               WHERE own."userId" = ${userId} AND own."exerciseId" = a."exerciseId" AND own."scope" = a."scope"), 0)
     WHERE a."userId" = ${guestId} AND a."scope" = ${SELF_STUDY_SCOPE}`;
}
