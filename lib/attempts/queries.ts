import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db, sql } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { getCommentaryHold, readAssignmentState } from "@/lib/assignments/queries";
import { attemptVisibility } from "@/lib/assignments/policy";
import type { CommentaryHold, ResultsVisibility, RevealPolicy } from "@/lib/assignments/types";
import { SELF_STUDY_SCOPE } from "@/lib/exercises/keys";
import { SELF_STUDY, type AttemptContext } from "./context";
import { ownAttempts, ownAttemptsSql } from "./policy";

import type { LearnerState, ReleasedFeedback, StoredAnswer } from "./state";

export type { ReleasedFeedback, StoredAnswer } from "./state";

export type AttemptWithAnswers = {
  id: string;
  number: number;
  status: "IN_PROGRESS" | "SUBMITTED";
  startedAt: string;
  submittedAt: string | null;
  /** The article's slug, or "" for the comparison exercise. */
  articleSlug: string;
  exerciseKey: string;
  /** Answers by question key. */
  answers: Record<string, StoredAnswer>;
  /**
   * The teacher's feedback the student may read, by question key: only the released copy (comment
   * and score as they were at release), never the draft the teacher is still writing.
   */
  feedback: Record<string, ReleasedFeedback>;
  /** The assignment this attempt was for (null in self-study), with what decides what its results show. */
  assignment: { id: string; className: string; revealPolicy: RevealPolicy; releasedAt: string | null; questionKeys: string[] } | null;
};

const attemptSelect = {
  id: true,
  number: true,
  status: true,
  startedAt: true,
  submittedAt: true,
  exercise: { select: { key: true, article: { select: { slug: true } } } },
  answers: {
    select: {
      value: true,
      revision: true,
      updatedAt: true,
      question: { select: { key: true } },
      // The released copy only: the draft columns (comment, score) are never selected for a student.
      feedback: { select: { releasedComment: true, releasedScore: true, releasedAt: true } },
    },
  },
  assignment: { select: { id: true, revealPolicy: true, releasedAt: true, questionKeys: true, class: { select: { name: true } } } },
} as const;

type Row = {
  id: string;
  number: number;
  status: "IN_PROGRESS" | "SUBMITTED";
  startedAt: Date;
  submittedAt: Date | null;
  exercise: { key: string; article: { slug: string } | null };
  answers: Array<{
    value: unknown;
    revision: number;
    updatedAt: Date;
    question: { key: string };
    feedback: { releasedComment: string | null; releasedScore: number | null; releasedAt: Date | null } | null;
  }>;
  assignment: { id: string; revealPolicy: RevealPolicy; releasedAt: Date | null; questionKeys: string[]; class: { name: string } } | null;
};

const toAttempt = (row: Row): AttemptWithAnswers => ({
  id: row.id,
  number: row.number,
  status: row.status,
  startedAt: row.startedAt.toISOString(),
  submittedAt: row.submittedAt?.toISOString() ?? null,
  articleSlug: row.exercise.article?.slug ?? "",
  exerciseKey: row.exercise.key,
  answers: Object.fromEntries(
    row.answers.map((answer) => [answer.question.key, { value: answer.value, revision: answer.revision, savedAt: answer.updatedAt.toISOString() }]),
  ),
  feedback: Object.fromEntries(
    row.answers.flatMap(({ question, feedback }) =>
      feedback?.releasedAt
        ? [[question.key, { comment: feedback.releasedComment, score: feedback.releasedScore, releasedAt: feedback.releasedAt.toISOString() }]]
        : [],
    ),
  ),
  assignment: row.assignment
    ? {
        id: row.assignment.id,
        className: row.assignment.class.name,
        revealPolicy: row.assignment.revealPolicy,
        releasedAt: row.assignment.releasedAt?.toISOString() ?? null,
        questionKeys: row.assignment.questionKeys,
      }
    : null,
});

/**
 * The viewer's attempt in progress on an exercise with its answers, and their last submitted one,
 * in one query: what the reader fetches once its static page has loaded (for a student in
 * self-study, a second one beside it says whether one of their classes holds the commentary back).
 * In an assignment's context the one query also says which assignment (lib/assignments/queries.ts),
 * and the result is null when the assignment is not given to the viewer's class or is for another
 * exercise.
 */
export async function getLearnerState(viewer: Viewer, exerciseKey: string): Promise<LearnerState>;
export async function getLearnerState(viewer: Viewer, exerciseKey: string, context: AttemptContext): Promise<LearnerState | null>;
export async function getLearnerState(viewer: Viewer, exerciseKey: string, context: AttemptContext = SELF_STUDY): Promise<LearnerState | null> {
  if (context.kind === "assignment") return assignmentLearnerState(viewer, exerciseKey, context.assignmentId);
  // A student's classes may hold the commentary back (getCommentaryHold: none for a guest, no query).
  const [rows, commentaryHold] = await Promise.all([selfStudyAttempts(viewer, exerciseKey), getCommentaryHold(viewer, exerciseKey)]);
  const open = rows.find((row) => row.status === "IN_PROGRESS");
  const submitted = rows.find((row) => row.status === "SUBMITTED");
  return {
    attempt: open ? { id: open.id, answers: open.answers } : null,
    lastSubmitted: submitted ? { id: submitted.id, number: submitted.number, submittedAt: submitted.submittedAt ?? "" } : null,
    ...(commentaryHold ? { commentaryHold } : {}),
  };
}

/** The viewer's last two self-study attempts on an exercise, the one in progress with its answers: one statement. */
function selfStudyAttempts(viewer: Viewer, exerciseKey: string) {
  return sql<{ id: string; number: number; status: "IN_PROGRESS" | "SUBMITTED"; submittedAt: string | null; answers: Record<string, StoredAnswer> }>(
    "learner-state",
    Prisma.sql`SELECT a."id", a."number", a."status"::text AS "status",
            to_char(a."submittedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "submittedAt",
            COALESCE(json_object_agg(q."key", json_build_object(
              'value', ans."value", 'revision', ans."revision",
              'savedAt', to_char(ans."updatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
            )) FILTER (WHERE ans."id" IS NOT NULL), '{}'::json) AS "answers"
       FROM "Attempt" a
       JOIN "Exercise" e ON e."id" = a."exerciseId" AND e."key" = ${exerciseKey}
       LEFT JOIN "Answer" ans ON ans."attemptId" = a."id" AND a."status" = 'IN_PROGRESS'
       LEFT JOIN "Question" q ON q."id" = ans."questionId"
      WHERE ${ownAttemptsSql(viewer)} AND a."scope" = ${SELF_STUDY_SCOPE}
      GROUP BY a."id"
      ORDER BY a."number" DESC
      LIMIT 2`,
  );
}

async function assignmentLearnerState(viewer: Viewer, exerciseKey: string, requestedAssignmentId: string): Promise<LearnerState | null> {
  const state = await readAssignmentState(viewer, requestedAssignmentId, true);
  if (!state || state.context.exerciseKey !== exerciseKey) return null;
  const { attempt } = state.context;
  // One attempt per assignment: once submitted (or the assignment closed) the reader shows it
  // read-only, by what assignment.attempt and assignment.closed say; nothing starts a new one.
  return {
    attempt: attempt ? { id: attempt.id, answers: state.answers } : null,
    lastSubmitted: null,
    assignment: state.context,
    feedback: state.feedback,
    returned: state.returned,
  };
}

/** One of the viewer's attempts, with its answers; null when it is not theirs (or does not exist). */
export async function getOwnAttemptWithAnswers(viewer: Viewer, requestedAttemptId: string): Promise<AttemptWithAnswers | null> {
  const row = await db().attempt.findFirst({ where: { id: requestedAttemptId, ...ownAttempts(viewer) }, select: attemptSelect });
  return row ? toAttempt(row) : null;
}

/**
 * One of the viewer's attempts and what its results page may show (lib/assignments/policy.ts
 * attemptVisibility): the commentary, "waiting" (reveal after release, not released yet) or only
 * "handedIn" (never revealed), by the assignment's reveal policy, or for self-study by the
 * assignment of the same exercise that holds it back in one of the viewer's classes (`hold`).
 * Null when the attempt is not theirs.
 */
export async function getAttemptResultsView(
  viewer: Viewer,
  requestedAttemptId: string,
): Promise<{ attempt: AttemptWithAnswers; visibility: ResultsVisibility; hold: CommentaryHold | null } | null> {
  const attempt = await getOwnAttemptWithAnswers(viewer, requestedAttemptId);
  if (!attempt) return null;
  const hold = attempt.assignment ? null : await getCommentaryHold(viewer, attempt.exerciseKey);
  return { attempt, visibility: attemptVisibility(attempt, hold), hold };
}

/** Every self-study attempt of the viewer, newest first, for "My work". */
export async function listSelfStudyAttempts(viewer: Viewer): Promise<AttemptWithAnswers[]> {
  const rows = await db().attempt.findMany({
    where: { ...ownAttempts(viewer), scope: SELF_STUDY_SCOPE },
    orderBy: [{ startedAt: "desc" }],
    select: attemptSelect,
  });
  return rows.map(toAttempt);
}
