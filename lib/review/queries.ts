import "server-only";
import { assignmentOpenSql, inAudienceSql, ownAssignmentSql, reviewedStudentsSql, type AssignmentRef } from "@/lib/assignments/policy";
import type { AssignmentFields } from "@/lib/assignments/types";
import type { Viewer } from "@/lib/auth/viewer";
import { sql } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ISO_UTC } from "@/lib/sql-dates";
import { answeredSql } from "@/lib/question-types/registry";
import { feedbackSeen, type FeedbackSeen } from "@/lib/assignments/policy";
import { questionsShownBy } from "@/lib/assignments/questions";
import { commentBankOfSql, mayReview } from "./policy";
import { progressCounts } from "./progress";
import { pseudonymNumbers } from "./pseudonyms";
import type { FeedbackMark, ProgressGrid, ProgressQuestion, ProgressStudent, ReviewAnswer, RosterEntry, StudentReview } from "./types";

/**
 * The teacher's review screens, ONE statement each: a class of 35 × 12 answers never costs a query
 * per student or per answer. Each statement reaches the assignment only through
 * lib/assignments/policy.ts ownAssignmentSql (a class the viewer teaches): anyone else gets no row,
 * which pages show as not found.
 */

/** The assignment's header: the columns of AssignmentHead, from asg, c (Class), e (Exercise) and art (Article). */
const HEAD_COLUMNS = Prisma.sql`asg."id", asg."classId", c."name" AS "className", e."key" AS "exerciseKey", art."slug" AS "articleSlug",
  to_char(asg."dueAt", ${ISO_UTC}) AS "dueAt", NOT ${assignmentOpenSql()} AS "closed",
  asg."revealPolicy"::text AS "revealPolicy", to_char(asg."releasedAt", ${ISO_UTC}) AS "releasedAt", asg."questionKeys"`;

/** FROM clause reaching the requested assignment of the requested class, only when the viewer teaches that class. */
const ownAssignmentFrom = (viewer: Viewer, requested: AssignmentRef) => Prisma.sql`"Assignment" asg
  JOIN "Class" c ON c."id" = asg."classId"
  JOIN "Exercise" e ON e."id" = asg."exerciseId"
  LEFT JOIN "Article" art ON art."id" = e."articleId"
 WHERE ${ownAssignmentSql(viewer, requested)}`;

export type AssignmentHead = AssignmentFields & {
  classId: string;
  className: string;
  releasedAt: string | null;
};

export type AssignmentProgress = { assignment: AssignmentHead; grid: ProgressGrid };

const FEEDBACK_MARK: Record<FeedbackSeen, FeedbackMark> = { none: "DRAFT", current: "RELEASED", earlier: "EDITED" };

/**
 * The live progress grid of one assignment: its questions, and each student of the class (roster
 * order) with their attempt's state, the questions they answered and the feedback given. Served to
 * the page's first paint and to its polling GET, every few seconds per open screen: one statement.
 */
export async function getAssignmentProgress(
  viewer: Viewer,
  requestedClassId: string,
  requestedAssignmentId: string,
  requestedGroupId: string | null = null,
): Promise<AssignmentProgress | null> {
  if (!mayReview(viewer)) return null;
  type Row = Omit<ProgressStudent, "feedback"> & { feedback: Record<string, { status: "DRAFT" | "RELEASED"; releasedAt: string | null }> };
  const rows = await sql<AssignmentHead & { questions: ProgressQuestion[]; students: Row[] }>(
    "review-progress",
    Prisma.sql`SELECT ${HEAD_COLUMNS},
            COALESCE((SELECT json_agg(json_build_object('key', q."key", 'type', q."type") ORDER BY q."position")
                        FROM "Question" q WHERE q."exerciseId" = asg."exerciseId" AND q."retiredAt" IS NULL), '[]'::json) AS "questions",
            COALESCE((SELECT json_agg(json_build_object('enrolmentId', en."id", 'name', en."name", 'attempt', a."status",
                                                        'returned', a."returnedAt" IS NOT NULL,
                                                        'answered', COALESCE(w."answered", '[]'::json), 'feedback', COALESCE(w."feedback", '{}'::json))
                                      ORDER BY en."nameKey")
                        FROM "Enrolment" en
                        LEFT JOIN "Attempt" a ON a."assignmentId" = asg."id" AND a."userId" = en."userId"
                        LEFT JOIN LATERAL (
                          SELECT json_agg(q."key") FILTER (WHERE ${Prisma.raw(answeredSql('ans."value"'))}) AS "answered",
                                 json_object_agg(q."key", json_build_object('status', f."status", 'releasedAt', f."releasedAt")) FILTER (WHERE f."id" IS NOT NULL) AS "feedback"
                            FROM "Answer" ans
                            JOIN "Question" q ON q."id" = ans."questionId"
                            LEFT JOIN "Feedback" f ON f."answerId" = ans."id"
                           WHERE ans."attemptId" = a."id") w ON true
                       WHERE en."classId" = asg."classId" AND ${reviewedStudentsSql("en", requestedGroupId)}), '[]'::json) AS "students"
       FROM ${ownAssignmentFrom(viewer, { classId: requestedClassId, assignmentId: requestedAssignmentId })}`,
  );
  const row = rows[0];
  if (!row) return null;
  const { questions: all, students: found, ...assignment } = row;
  // The questions the assignment asks (lib/assignments/questions.ts); answers to others stay stored, unseen.
  const questions = questionsShownBy(assignment, all);
  // Each feedback as the student sees it (lib/assignments/policy.ts feedbackSeen), the one rule for the grid, the export and the student's pages.
  const students = found.map((student) => ({
    ...student,
    feedback: Object.fromEntries(Object.entries(student.feedback).map(([key, feedback]) => [key, FEEDBACK_MARK[feedbackSeen(feedback)]])),
  }));
  return { assignment, grid: { questions, students, counts: progressCounts(questions, students) } };
}

/** The feedback columns of FeedbackDraft, from f (Feedback), as a JSON object or null. */
const FEEDBACK_JSON = Prisma.sql`CASE WHEN f."id" IS NULL THEN NULL ELSE json_build_object('comment', f."comment", 'score', f."score", 'revision', f."revision",
  'status', f."status", 'releasedAt', to_char(f."releasedAt", ${ISO_UTC}), 'savedAt', to_char(f."updatedAt", ${ISO_UTC})) END`;

/** The teacher's comment bank, most used first (for the feedback editor beside every answer). */
const bankJson = (viewer: Viewer) => Prisma.sql`COALESCE((SELECT json_agg(b."text" ORDER BY b."uses" DESC, b."updatedAt" DESC)
  FROM "CommentBankEntry" b WHERE ${commentBankOfSql(viewer)}), '[]'::json)`;

export type QuestionReview = { assignment: AssignmentHead; answers: ReviewAnswer[]; bank: string[] };

/** Each student's number in the assignment (./pseudonyms.ts), from the roster with when each joined. */
function numbered<T extends { enrolmentId: string; joinedAt: string }>(assignmentId: string, students: readonly T[]): Array<T & { number: number }> {
  const numbers = pseudonymNumbers(
    assignmentId,
    students.map((student) => ({ id: student.enrolmentId, joinedAt: student.joinedAt })),
  );
  return students.map((student) => ({ ...student, number: numbers.get(student.enrolmentId)! }));
}

/**
 * Review by question: every student of the class (roster order) with their answer to one question
 * and its feedback draft, their number for projection and blind review, and the teacher's comment
 * bank. One statement, whatever the class's size. Null when the assignment is not the viewer's.
 */
export async function getQuestionReview(
  viewer: Viewer,
  requestedClassId: string,
  requestedAssignmentId: string,
  questionKey: string,
  requestedGroupId: string | null = null,
): Promise<QuestionReview | null> {
  if (!mayReview(viewer)) return null;
  const rows = await sql<AssignmentHead & { answers: Array<Omit<ReviewAnswer, "number">>; bank: string[] }>(
    "review-by-question",
    Prisma.sql`SELECT ${HEAD_COLUMNS}, ${bankJson(viewer)} AS "bank",
            COALESCE((SELECT json_agg(json_build_object('enrolmentId', en."id", 'name', en."name", 'joinedAt', to_char(en."createdAt", ${ISO_UTC}), 'attempt', a."status",
                                                        'answerId', ans."id", 'value', ans."value", 'savedAt', to_char(ans."updatedAt", ${ISO_UTC}),
                                                        'feedback', ${FEEDBACK_JSON}) ORDER BY en."nameKey")
                        FROM "Enrolment" en
                        LEFT JOIN "Attempt" a ON a."assignmentId" = asg."id" AND a."userId" = en."userId"
                        LEFT JOIN "Question" q ON q."exerciseId" = asg."exerciseId" AND q."key" = ${questionKey}
                        LEFT JOIN "Answer" ans ON ans."attemptId" = a."id" AND ans."questionId" = q."id"
                        LEFT JOIN "Feedback" f ON f."answerId" = ans."id"
                       WHERE en."classId" = asg."classId" AND ${reviewedStudentsSql("en", requestedGroupId)}), '[]'::json) AS "answers"
       FROM ${ownAssignmentFrom(viewer, { classId: requestedClassId, assignmentId: requestedAssignmentId })}`,
  );
  const row = rows[0];
  if (!row) return null;
  const { answers, bank, ...assignment } = row;
  return { assignment, answers: numbered(assignment.id, answers), bank };
}

export type StudentReviewData = { assignment: AssignmentHead; student: StudentReview; roster: RosterEntry[]; bank: string[] };

/** The assignment's students as the review screens list them (roster order), each with their number and how far they got. */
const rosterJson = (
  requestedGroupId: string | null,
) => Prisma.sql`COALESCE((SELECT json_agg(json_build_object('enrolmentId', x."id", 'name', x."name", 'joinedAt', to_char(x."createdAt", ${ISO_UTC}), 'attempt', xa."status")
                                     ORDER BY x."nameKey")
                        FROM "Enrolment" x
                        LEFT JOIN "Attempt" xa ON xa."assignmentId" = asg."id" AND xa."userId" = x."userId"
                       WHERE x."classId" = asg."classId" AND ${reviewedStudentsSql("x", requestedGroupId)}), '[]'::json)`;

/**
 * Review by student: one student's whole attempt (every answer with its feedback draft), and the
 * class's roster (for the picker and previous/next, in name or number order), and the teacher's
 * comment bank. One statement. Null when the assignment or the student is not the viewer's.
 */
export async function getStudentReview(
  viewer: Viewer,
  requestedClassId: string,
  requestedAssignmentId: string,
  requestedEnrolmentId: string,
  requestedGroupId: string | null = null,
): Promise<StudentReviewData | null> {
  if (!mayReview(viewer)) return null;
  const rows = await sql<AssignmentHead & { student: Omit<StudentReview, "number"> | null; roster: Array<Omit<RosterEntry, "number">>; bank: string[] }>(
    "review-by-student",
    Prisma.sql`SELECT ${HEAD_COLUMNS}, ${bankJson(viewer)} AS "bank", ${rosterJson(requestedGroupId)} AS "roster",
            (SELECT json_build_object('enrolmentId', r."id", 'name', r."name",
                                      'attempt', a."status", 'submittedAt', to_char(a."submittedAt", ${ISO_UTC}), 'returnedAt', to_char(a."returnedAt", ${ISO_UTC}),
                                      'answers', COALESCE((SELECT json_object_agg(q."key", json_build_object('answerId', ans."id", 'value', ans."value",
                                                                 'savedAt', to_char(ans."updatedAt", ${ISO_UTC}), 'feedback', ${FEEDBACK_JSON}))
                                                             FROM "Answer" ans
                                                             JOIN "Question" q ON q."id" = ans."questionId"
                                                             LEFT JOIN "Feedback" f ON f."answerId" = ans."id"
                                                            WHERE ans."attemptId" = a."id"), '{}'::json))
               FROM "Enrolment" r
               LEFT JOIN "Attempt" a ON a."assignmentId" = asg."id" AND a."userId" = r."userId"
              WHERE r."id" = ${requestedEnrolmentId} AND r."classId" = asg."classId" AND ${inAudienceSql("r")}) AS "student"
       FROM ${ownAssignmentFrom(viewer, { classId: requestedClassId, assignmentId: requestedAssignmentId })}`,
  );
  const row = rows[0];
  if (!row?.student) return null;
  const { student, roster: students, bank, ...assignment } = row;
  const roster = numbered(assignment.id, students);
  return { assignment, student: { ...student, number: roster.find((entry) => entry.enrolmentId === student.enrolmentId)!.number }, roster, bank };
}

/** Where "By question" and "By student" start: the assignment's article and its roster (numbered). One statement. */
export async function getReviewStart(
  viewer: Viewer,
  requestedClassId: string,
  requestedAssignmentId: string,
  requestedGroupId: string | null = null,
): Promise<{ articleSlug: string | null; questionKeys: string[]; roster: RosterEntry[] } | null> {
  if (!mayReview(viewer)) return null;
  const rows = await sql<{ id: string; articleSlug: string | null; questionKeys: string[]; roster: Array<Omit<RosterEntry, "number">> }>(
    "review-start",
    Prisma.sql`SELECT asg."id", art."slug" AS "articleSlug", asg."questionKeys", ${rosterJson(requestedGroupId)} AS "roster"
       FROM ${ownAssignmentFrom(viewer, { classId: requestedClassId, assignmentId: requestedAssignmentId })}`,
  );
  const row = rows[0];
  return row ? { articleSlug: row.articleSlug, questionKeys: row.questionKeys, roster: numbered(row.id, row.roster) } : null;
}
