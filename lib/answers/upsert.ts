import "server-only";
import { randomUUID } from "node:crypto";
import { asksQuestionSql, assignmentOpenSql, inAudienceSql } from "@/lib/assignments/policy";
import { scopeOf, type AttemptContext } from "@/lib/attempts/context";
import { ownAttemptsSql } from "@/lib/attempts/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { sql } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ISO_UTC } from "@/lib/sql-dates";
import { updatesStoredSql } from "./revision";
import type { SaveAnswerInput, SavedAnswer } from "./schemas";
import type { AnswerValue } from "@/lib/question-types/registry";

/**
 * The hot path of autosave: one SQL statement writes an answer into an attempt the viewer already
 * has open, applying the revision rule (./revision.ts updatesStoredSql) in the statement itself. It inserts the
 * first version, or updates the stored one when the save was based on it; the share lock on the
 * attempt keeps a save from landing after a submit. The attempt must belong to the context the save
 * names (Attempt.scope) and, for an assignment, the assignment must be open and its class not
 * archived (lib/assignments/policy.ts isAssignmentOpen), be for the viewer (inAudienceSql: a student
 * the teacher took out of its audience saves nothing more) and ask the question (asksQuestionSql): a
 * save that arrives after the teacher closed it, or took the question out, writes nothing, and the
 * full path answers ASSIGNMENT_CLOSED or QUESTION_NOT_ASSIGNED.
 *
 * The session the viewer came from must still be in the database (not signed out, not ended by a
 * password reset, not past its end), checked in the same statement: the signed copy of it in the
 * cookie can outlive it by five minutes.
 *
 * Returns null when nothing was written: a retried save (same saveId), a stale base, an attempt
 * that is not the viewer's, not in this context, not open or in a closed assignment, or a session
 * that has ended. The caller then takes the full path, which says which.
 */
export async function saveIntoOpenAttempt(
  viewer: Viewer,
  exerciseKey: string,
  input: SaveAnswerInput & { attemptId: string },
  context: AttemptContext,
  value: AnswerValue,
): Promise<SavedAnswer | null> {
  const sessionId = viewer.sessionId ?? null;
  const rows = await sql<{ attemptId: string; revision: number; savedAt: string }>(
    "save-into-open-attempt",
    Prisma.sql`WITH target AS (
       SELECT a."id" AS "attemptId", q."id" AS "questionId", q."contentHash"
         FROM "Attempt" a
         JOIN "Exercise" e ON e."id" = a."exerciseId" AND e."key" = ${exerciseKey}
         JOIN "Question" q ON q."exerciseId" = e."id" AND q."key" = ${input.question} AND q."retiredAt" IS NULL
         LEFT JOIN "Assignment" asg ON asg."id" = a."assignmentId"
         LEFT JOIN "Class" c ON c."id" = asg."classId"
        WHERE a."id" = ${input.attemptId} AND ${ownAttemptsSql(viewer)} AND a."status" = 'IN_PROGRESS' AND a."scope" = ${scopeOf(context)}
          AND (a."assignmentId" IS NULL OR (${assignmentOpenSql()} AND ${asksQuestionSql()}
               AND EXISTS (SELECT 1 FROM "Enrolment" me WHERE me."classId" = c."id" AND me."userId" = a."userId" AND ${inAudienceSql("me")})))
          AND (${sessionId}::text IS NULL OR EXISTS (SELECT 1 FROM "Session" s WHERE s."id" = ${sessionId} AND s."userId" = a."userId" AND s."expiresAt" > now() AT TIME ZONE 'UTC'))
          FOR SHARE OF a
     )
     INSERT INTO "Answer" ("id", "attemptId", "questionId", "value", "revision", "lastSaveId", "questionHash", "createdAt", "updatedAt")
     SELECT ${randomUUID()}, "attemptId", "questionId", ${JSON.stringify(value)}::jsonb, 1, ${input.saveId}, "contentHash", now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
       FROM target
     ON CONFLICT ("attemptId", "questionId") DO UPDATE
        SET "value" = EXCLUDED."value", "revision" = "Answer"."revision" + 1, "lastSaveId" = EXCLUDED."lastSaveId",
            "questionHash" = EXCLUDED."questionHash", "updatedAt" = EXCLUDED."updatedAt"
      WHERE ${updatesStoredSql("Answer", input)}
     RETURNING "attemptId", "revision", to_char("updatedAt", ${ISO_UTC}) AS "savedAt"`,
  );
  const row = rows[0];
  return row ? { attemptId: row.attemptId, revision: row.revision, savedAt: row.savedAt, duplicate: false } : null;
}
