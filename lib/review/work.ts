import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { classesOwnedBy } from "@/lib/classes/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { ownAssignmentRow, type OwnAssignment } from "./own-assignment";

/**
 * Students' work in one assignment, for its teacher's data page: who has work there, and deleting
 * one student's work (their attempt, answers and feedback) while they stay in the class. Scoped to
 * the viewer's classes: anything else reads, and deletes, as not found.
 */

export type StudentWork = { id: string; name: string; status: "IN_PROGRESS" | "SUBMITTED"; answers: number };
export type AssignmentWork = OwnAssignment & { students: StudentWork[] };

/** The assignment with the students who have work in it, by name. Null when not the viewer's. One statement. */
export function getAssignmentWork(viewer: Viewer, requestedAssignmentId: string): Promise<AssignmentWork | null> {
  return ownAssignmentRow<AssignmentWork>(
    "assignment-work",
    viewer,
    requestedAssignmentId,
    Prisma.sql`COALESCE((SELECT json_agg(json_build_object('id', en."userId", 'name', en."name", 'status', a."status", 'answers', a."answers") ORDER BY en."nameKey")
                 FROM "Enrolment" en
                 JOIN LATERAL (SELECT at."status", (SELECT count(*)::int FROM "Answer" ans WHERE ans."attemptId" = at."id") AS "answers"
                                 FROM "Attempt" at WHERE at."userId" = en."userId" AND at."exerciseId" = asg."exerciseId" AND at."scope" = asg."id" AND at."assignmentId" = asg."id"
                                ORDER BY at."number" DESC LIMIT 1) a ON true
                WHERE en."classId" = c."id"), '[]'::json) AS "students"`,
  );
}

/**
 * Deletes a student's work in an assignment (every attempt, with its answers and feedback, by the
 * schema's cascades); the student stays in the class and may start again while it is open.
 */
export async function deleteStudentWork(viewer: Viewer, requestedAssignmentId: string, requestedStudentId: string): Promise<void> {
  const { count } = await db().attempt.deleteMany({
    where: { assignmentId: requestedAssignmentId, userId: requestedStudentId, assignment: { class: classesOwnedBy(viewer) } },
  });
  if (count === 0) throw new AppError("NOT_FOUND");
}
