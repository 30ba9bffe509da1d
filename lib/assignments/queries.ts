import "server-only";
import type { StoredAnswer } from "@/lib/attempts/state";
import type { Viewer } from "@/lib/auth/session";
import { sql } from "@/lib/db";
import { assignmentStatus } from "./policy";
import type { AssignmentContext, RevealPolicy } from "./types";

type StateRow = {
  id: string;
  className: string;
  exerciseKey: string;
  articleSlug: string | null;
  dueAt: string | null;
  closed: boolean;
  revealPolicy: RevealPolicy;
  releasedAt: string | null;
  attemptId: string | null;
  attemptNumber: number | null;
  attemptStatus: "IN_PROGRESS" | "SUBMITTED" | null;
  submittedAt: string | null;
  answers: Record<string, StoredAnswer> | null;
  feedbackReleased: boolean;
};

export type AssignmentState = { context: AssignmentContext; attemptNumber: number | null; answers: Record<string, StoredAnswer> };

const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * One assignment as the viewer's class gives it to them, with their one attempt in it (and, with
 * `withAnswers`, the answers of that attempt while it is in progress): ONE statement, because the
 * reader's learner-state GET serves it (lib/attempts/queries.ts getLearnerState) and must stay one
 * query. Null when no class the viewer is enrolled in has this assignment: not theirs reads as absent.
 */
export async function readAssignmentState(viewer: Viewer, requestedAssignmentId: string, withAnswers: boolean): Promise<AssignmentState | null> {
  const rows = await sql<StateRow>(
    "assignment-state",
    `SELECT asg."id", c."name" AS "className", e."key" AS "exerciseKey", art."slug" AS "articleSlug",
            to_char(asg."dueAt", ${ISO}) AS "dueAt",
            (asg."closedAt" IS NOT NULL OR c."archivedAt" IS NOT NULL) AS "closed",
            asg."revealPolicy"::text AS "revealPolicy", to_char(asg."releasedAt", ${ISO}) AS "releasedAt",
            att."id" AS "attemptId", att."number" AS "attemptNumber", att."status"::text AS "attemptStatus",
            to_char(att."submittedAt", ${ISO}) AS "submittedAt", att."answers",
            COALESCE(att."feedbackReleased", false) AS "feedbackReleased"
       FROM "Assignment" asg
       JOIN "Class" c ON c."id" = asg."classId"
       JOIN "Enrolment" en ON en."classId" = c."id" AND en."userId" = $2
       JOIN "Exercise" e ON e."id" = asg."exerciseId"
       LEFT JOIN "Article" art ON art."id" = e."articleId"
       LEFT JOIN LATERAL (
         SELECT a."id", a."number", a."status", a."submittedAt",
                COALESCE(json_object_agg(q."key", json_build_object(
                  'value', ans."value", 'revision', ans."revision", 'savedAt', to_char(ans."updatedAt", ${ISO})
                )) FILTER (WHERE ans."id" IS NOT NULL AND $3 AND a."status" = 'IN_PROGRESS'), '{}'::json) AS "answers",
                bool_or(f."status" = 'RELEASED') AS "feedbackReleased"
           FROM "Attempt" a
           LEFT JOIN "Answer" ans ON ans."attemptId" = a."id"
           LEFT JOIN "Question" q ON q."id" = ans."questionId"
           LEFT JOIN "Feedback" f ON f."answerId" = ans."id"
          WHERE a."userId" = $2 AND a."scope" = asg."id"
          GROUP BY a."id"
       ) att ON true
      WHERE asg."id" = $1`,
    [requestedAssignmentId, viewer.id, withAnswers],
  );
  const row = rows[0];
  if (!row) return null;
  const attempt = row.attemptId && row.attemptStatus ? { id: row.attemptId, status: row.attemptStatus, submittedAt: row.submittedAt } : null;
  const context: AssignmentContext = {
    id: row.id,
    className: row.className,
    exerciseKey: row.exerciseKey,
    articleSlug: row.articleSlug,
    dueAt: row.dueAt,
    closed: row.closed,
    revealPolicy: row.revealPolicy,
    released: row.releasedAt !== null,
    attempt,
    status: assignmentStatus({ attemptStatus: attempt?.status ?? null, revealPolicy: row.revealPolicy, releasedAt: row.releasedAt, feedbackReleased: row.feedbackReleased }),
  };
  return { context, attemptNumber: row.attemptNumber, answers: row.answers ?? {} };
}

/**
 * What the reader needs to show a learner which assignment they are working on: class, exercise,
 * due date, closed, reveal policy, and their attempt's state. Null when the viewer is not a
 * student of the class it was given to (or it does not exist). One SQL statement.
 */
export async function getAssignmentContext(viewer: Viewer, requestedAssignmentId: string): Promise<AssignmentContext | null> {
  return (await readAssignmentState(viewer, requestedAssignmentId, false))?.context ?? null;
}
