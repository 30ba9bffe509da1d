import "server-only";
import type { RevealPolicy } from "@/lib/assignments/types";
import type { Viewer } from "@/lib/auth/session";
import { sql } from "@/lib/db";
import { ISO_UTC } from "@/lib/sql-dates";
import { mayReview, progressCounts } from "./policy";
import type { ProgressGrid, ProgressQuestion, ProgressStudent } from "./types";

/**
 * The teacher's review screens, ONE statement each: a class of 35 × 12 answers never costs a query
 * per student or per answer. Each statement reaches the assignment only through a class whose
 * `"teacherId"` is the viewer (./policy.ts): anyone else gets no row, which pages show as not found.
 */

/** lib/answers/answered.ts isAnswered, in SQL, on an answer value `v` (jsonb). */
export const ANSWERED_SQL = (v: string) => `CASE
  WHEN ${v} ? 'text' THEN btrim(${v}->>'text') <> ''
  WHEN ${v} ? 'choice' THEN ${v}->'choice' <> 'null'::jsonb
  WHEN ${v} ? 'choices' THEN jsonb_array_length(${v}->'choices') > 0
  WHEN ${v} ? 'value' THEN ${v}->'value' <> 'null'::jsonb
  WHEN ${v} ? 'highlights' THEN jsonb_array_length(${v}->'highlights') > 0
  WHEN ${v} ? 'tags' THEN jsonb_array_length(${v}->'tags') > 0
  WHEN ${v} ? 'cells' THEN jsonb_path_exists(${v}, '$.cells.*.*.uses ? (@ == true)')
  ELSE false END`;

/** The assignment's header: the columns of AssignmentHead, from asg, c (Class), e (Exercise) and art (Article). */
const HEAD_COLUMNS = `asg."id", asg."classId", c."name" AS "className", e."key" AS "exerciseKey", art."slug" AS "articleSlug",
  to_char(asg."dueAt", ${ISO_UTC}) AS "dueAt", (asg."closedAt" IS NOT NULL OR c."archivedAt" IS NOT NULL) AS "closed",
  asg."revealPolicy"::text AS "revealPolicy", to_char(asg."releasedAt", ${ISO_UTC}) AS "releasedAt"`;

/** FROM clause reaching assignment $1 of class $2 only when the viewer ($3) teaches that class. */
const OWN_ASSIGNMENT = `"Assignment" asg
  JOIN "Class" c ON c."id" = asg."classId" AND c."teacherId" = $3
  JOIN "Exercise" e ON e."id" = asg."exerciseId"
  LEFT JOIN "Article" art ON art."id" = e."articleId"
 WHERE asg."id" = $1 AND asg."classId" = $2`;

export type AssignmentHead = {
  id: string;
  classId: string;
  className: string;
  exerciseKey: string;
  articleSlug: string | null;
  dueAt: string | null;
  closed: boolean;
  revealPolicy: RevealPolicy;
  releasedAt: string | null;
};

export type AssignmentProgress = { assignment: AssignmentHead; grid: ProgressGrid };

/**
 * The live progress grid of one assignment: its questions, and each student of the class (roster
 * order) with their attempt's state, the questions they answered and the feedback given. Served to
 * the page's first paint and to its polling GET, every few seconds per open screen: one statement.
 */
export async function getAssignmentProgress(viewer: Viewer, requestedClassId: string, requestedAssignmentId: string): Promise<AssignmentProgress | null> {
  if (!mayReview(viewer)) return null;
  const rows = await sql<AssignmentHead & { questions: ProgressQuestion[]; students: ProgressStudent[] }>(
    "review-progress",
    `SELECT ${HEAD_COLUMNS},
            COALESCE((SELECT json_agg(json_build_object('key', q."key", 'type', q."type") ORDER BY q."position")
                        FROM "Question" q WHERE q."exerciseId" = asg."exerciseId" AND q."retiredAt" IS NULL), '[]'::json) AS "questions",
            COALESCE((SELECT json_agg(json_build_object('enrolmentId', en."id", 'name', en."name", 'attempt', a."status",
                                                        'returned', a."returnedAt" IS NOT NULL,
                                                        'answered', COALESCE(w."answered", '[]'::json), 'feedback', COALESCE(w."feedback", '{}'::json))
                                      ORDER BY en."nameKey")
                        FROM "Enrolment" en
                        LEFT JOIN "Attempt" a ON a."assignmentId" = asg."id" AND a."userId" = en."userId"
                        LEFT JOIN LATERAL (
                          SELECT json_agg(q."key") FILTER (WHERE ${ANSWERED_SQL('ans."value"')}) AS "answered",
                                 json_object_agg(q."key", f."status") FILTER (WHERE f."id" IS NOT NULL) AS "feedback"
                            FROM "Answer" ans
                            JOIN "Question" q ON q."id" = ans."questionId"
                            LEFT JOIN "Feedback" f ON f."answerId" = ans."id"
                           WHERE ans."attemptId" = a."id") w ON true
                       WHERE en."classId" = asg."classId"), '[]'::json) AS "students"
       FROM ${OWN_ASSIGNMENT}`,
    [requestedAssignmentId, requestedClassId, viewer.id],
  );
  const row = rows[0];
  if (!row) return null;
  const { questions, students, ...assignment } = row;
  return { assignment, grid: { questions, students, counts: progressCounts(questions, students) } };
}
