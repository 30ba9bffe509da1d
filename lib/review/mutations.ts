import "server-only";
import { randomUUID } from "node:crypto";
import { decideSave, updatesStoredSql } from "@/lib/answers/revision";
import { ownAssignmentSql, type AssignmentRef } from "@/lib/assignments/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { classesOwnedBySql } from "@/lib/classes/policy";
import { sql } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { ISO_UTC } from "@/lib/sql-dates";
import { mayReview } from "./policy";
import type { FeedbackValue, SavedFeedback, SaveFeedbackInput } from "./schemas";

/**
 * The teacher's writes on a review screen, one statement each, scoped in SQL to the classes the
 * viewer teaches (lib/classes/policy.ts classesOwnedBySql): someone else's answer, student or
 * assignment reads as NOT_FOUND and nothing changes.
 */

/** The answer when it is work for an assignment of a class the viewer teaches. */
const ownAnswer = (viewer: Viewer, requestedAnswerId: string) => Prisma.sql`SELECT ans."id" FROM "Answer" ans
  JOIN "Attempt" a ON a."id" = ans."attemptId"
  JOIN "Assignment" asg ON asg."id" = a."assignmentId"
  JOIN "Class" c ON c."id" = asg."classId"
 WHERE ans."id" = ${requestedAnswerId} AND ${classesOwnedBySql(viewer)}`;

type Stored = { value: FeedbackValue; revision: number; savedAt: string; lastSaveId: string | null };

/**
 * Autosaves a feedback draft with the answers' revision rule (lib/answers/revision.ts): the first
 * save creates it, a save based on the stored revision replaces it, a retried save (same saveId)
 * is answered as already done, and a save based on an older revision is refused with the newer
 * draft (STALE_REVISION, details.current) so a second tab never silently overwrites the first.
 * Its status goes back to DRAFT whenever it differs from the copy the student was shown.
 */
export async function saveFeedback(viewer: Viewer, input: SaveFeedbackInput): Promise<SavedFeedback> {
  if (!mayReview(viewer)) throw new AppError("NOT_FOUND");
  const comment = input.value.comment.trim() === "" ? null : input.value.comment;
  const rows = await sql<{ found: number; saved: { revision: number; savedAt: string } | null; current: Stored | null }>(
    "save-feedback",
    Prisma.sql`WITH target AS (${ownAnswer(viewer, input.answerId)}),
     before AS (SELECT f.* FROM "Feedback" f JOIN target t ON f."answerId" = t."id"),
     saved AS (
       INSERT INTO "Feedback" ("id", "answerId", "teacherId", "comment", "score", "maxScore", "revision", "lastSaveId", "status", "createdAt", "updatedAt")
       SELECT ${randomUUID()}, t."id", ${viewer.id}, ${comment}, ${input.value.score}, 3, 1, ${input.saveId}, 'DRAFT', now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC' FROM target t
       ON CONFLICT ("answerId") DO UPDATE
          SET "comment" = EXCLUDED."comment", "score" = EXCLUDED."score", "revision" = "Feedback"."revision" + 1,
              "lastSaveId" = EXCLUDED."lastSaveId", "teacherId" = EXCLUDED."teacherId", "updatedAt" = EXCLUDED."updatedAt",
              "status" = CASE WHEN "Feedback"."releasedAt" IS NOT NULL AND "Feedback"."releasedComment" IS NOT DISTINCT FROM EXCLUDED."comment"
                                   AND "Feedback"."releasedScore" IS NOT DISTINCT FROM EXCLUDED."score"
                              THEN 'RELEASED'::"FeedbackStatus" ELSE 'DRAFT'::"FeedbackStatus" END
        WHERE ${updatesStoredSql("Feedback", input)}
       RETURNING "revision", "updatedAt"
     )
     SELECT (SELECT count(*) FROM target)::int AS "found",
            (SELECT json_build_object('revision', s."revision", 'savedAt', to_char(s."updatedAt", ${ISO_UTC})) FROM saved s) AS "saved",
            (SELECT json_build_object('value', json_build_object('comment', COALESCE(b."comment", ''), 'score', b."score"), 'revision', b."revision",
                                      'savedAt', to_char(b."updatedAt", ${ISO_UTC}), 'lastSaveId', b."lastSaveId") FROM before b) AS "current"`,
  );
  const row = rows[0];
  if (!row || row.found === 0) throw new AppError("NOT_FOUND");
  if (row.saved) return { ...row.saved, duplicate: false };
  const current = row.current!;
  if (decideSave(current, input) === "duplicate") return { revision: current.revision, savedAt: current.savedAt, duplicate: true };
  throw new AppError("STALE_REVISION", { current: { value: current.value, revision: current.revision, savedAt: current.savedAt } });
}

type StudentsTarget = AssignmentRef & { enrolmentId: string | null };

/** The attempts of the students (one enrolment, or all when null) in an assignment of a class the viewer teaches. */
const ownAttempts = (viewer: Viewer, target: StudentsTarget) => Prisma.sql`SELECT a."id" FROM "Attempt" a
  JOIN "Assignment" asg ON asg."id" = a."assignmentId"
  JOIN "Class" c ON c."id" = asg."classId"
  JOIN "Enrolment" en ON en."classId" = c."id" AND en."userId" = a."userId"
 WHERE ${ownAssignmentSql(viewer, target)} AND (${target.enrolmentId}::text IS NULL OR en."id" = ${target.enrolmentId})`;

/**
 * Release: the student is shown exactly the drafts as they stand (comment and score copied to the
 * released fields, which are all a student ever reads), for one student or the whole assignment.
 * For the whole assignment, the commentary is released too when it waits for that (AFTER_RELEASE).
 * One statement; returns how many feedbacks were released, NOT_FOUND if nothing is the viewer's.
 */
export async function releaseFeedback(viewer: Viewer, target: StudentsTarget): Promise<{ released: number }> {
  if (!mayReview(viewer)) throw new AppError("NOT_FOUND");
  const rows = await sql<{ found: boolean; released: number }>(
    "release-feedback",
    Prisma.sql`WITH own AS (SELECT asg."id" FROM "Assignment" asg JOIN "Class" c ON c."id" = asg."classId"
                   WHERE ${ownAssignmentSql(viewer, target)}
                     AND (${target.enrolmentId}::text IS NULL OR EXISTS (SELECT 1 FROM "Enrolment" en WHERE en."id" = ${target.enrolmentId} AND en."classId" = c."id"))),
     released AS (
       UPDATE "Feedback" f
          SET "releasedComment" = f."comment", "releasedScore" = f."score", "releasedAt" = now() AT TIME ZONE 'UTC',
              "status" = 'RELEASED', "updatedAt" = now() AT TIME ZONE 'UTC'
         FROM "Answer" ans
        WHERE ans."id" = f."answerId" AND ans."attemptId" IN (${ownAttempts(viewer, target)}) AND EXISTS (SELECT 1 FROM own)
       RETURNING f."id"
     ),
     commentary AS (
       UPDATE "Assignment" asg SET "releasedAt" = now() AT TIME ZONE 'UTC', "updatedAt" = now() AT TIME ZONE 'UTC'
        WHERE asg."id" IN (SELECT "id" FROM own) AND ${target.enrolmentId}::text IS NULL AND asg."revealPolicy" = 'AFTER_RELEASE' AND asg."releasedAt" IS NULL
       RETURNING asg."id"
     )
     SELECT EXISTS (SELECT 1 FROM own) AS "found", (SELECT count(*) FROM released)::int AS "released", (SELECT count(*) FROM commentary)::int AS "commentary"`,
  );
  const row = rows[0];
  if (!row?.found) throw new AppError("NOT_FOUND");
  return { released: row.released };
}

/**
 * Return for revision: the student's submitted attempt is open again (IN_PROGRESS, returnedAt set)
 * with the teacher's message, if any, so they can change their answers and hand them in again;
 * with `publish`, the teacher's comments on it are released in the same statement, so the student
 * reads them beside each question. NOT_FOUND when the student, the assignment or a submitted attempt
 * is not there for this teacher.
 */
export async function returnAttempt(
  viewer: Viewer,
  target: AssignmentRef & { enrolmentId: string },
  options: { message: string | null; publish: boolean } = { message: null, publish: false },
): Promise<void> {
  if (!mayReview(viewer)) throw new AppError("NOT_FOUND");
  const rows = await sql<{ id: string }>(
    "return-attempt",
    Prisma.sql`WITH returned AS (
       UPDATE "Attempt" SET "status" = 'IN_PROGRESS', "returnedAt" = now() AT TIME ZONE 'UTC', "returnMessage" = ${options.message}, "updatedAt" = now() AT TIME ZONE 'UTC'
        WHERE "id" IN (${ownAttempts(viewer, target)}) AND "status" = 'SUBMITTED'
       RETURNING "id"
     ), released AS (
       UPDATE "Feedback" f
          SET "releasedComment" = f."comment", "releasedScore" = f."score", "releasedAt" = now() AT TIME ZONE 'UTC',
              "status" = 'RELEASED', "updatedAt" = now() AT TIME ZONE 'UTC'
         FROM "Answer" ans
        WHERE ${options.publish}::boolean AND ans."id" = f."answerId" AND ans."attemptId" IN (SELECT "id" FROM returned)
       RETURNING f."id"
     )
     SELECT r."id" FROM returned r`,
  );
  if (rows.length === 0) throw new AppError("NOT_FOUND");
}

/** Keeps a comment in the teacher's bank (once: saving it again counts one more use). */
export async function addToCommentBank(viewer: Viewer, text: string): Promise<void> {
  if (!mayReview(viewer)) throw new AppError("NOT_FOUND");
  await sql(
    "comment-bank-add",
    Prisma.sql`INSERT INTO "CommentBankEntry" ("id", "teacherId", "text", "uses", "createdAt", "updatedAt")
     VALUES (${randomUUID()}, ${viewer.id}, ${text}, 1, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC')
     ON CONFLICT ("teacherId", "text") DO UPDATE SET "uses" = "CommentBankEntry"."uses" + 1, "updatedAt" = EXCLUDED."updatedAt"`,
  );
}
