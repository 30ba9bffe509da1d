import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { db, sql } from "@/lib/db";
import { SELF_STUDY_SCOPE } from "@/lib/exercises/keys";

import type { LearnerState, StoredAnswer } from "./state";

export type { StoredAnswer } from "./state";

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
};

const attemptSelect = {
  id: true,
  number: true,
  status: true,
  startedAt: true,
  submittedAt: true,
  exercise: { select: { key: true, article: { select: { slug: true } } } },
  answers: { select: { value: true, revision: true, updatedAt: true, question: { select: { key: true } } } },
} as const;

type Row = {
  id: string;
  number: number;
  status: "IN_PROGRESS" | "SUBMITTED";
  startedAt: Date;
  submittedAt: Date | null;
  exercise: { key: string; article: { slug: string } | null };
  answers: Array<{ value: unknown; revision: number; updatedAt: Date; question: { key: string } }>;
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
});

/**
 * The viewer's attempt in progress on an exercise with its answers, and their last submitted one,
 * in one query: what the reader fetches once its static page has loaded.
 */
export async function getLearnerState(viewer: Viewer, exerciseKey: string): Promise<LearnerState> {
  const rows = await sql<{ id: string; number: number; status: "IN_PROGRESS" | "SUBMITTED"; submittedAt: string | null; answers: Record<string, StoredAnswer> }>(
    "learner-state",
    `SELECT a."id", a."number", a."status"::text AS "status",
            to_char(a."submittedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "submittedAt",
            COALESCE(json_object_agg(q."key", json_build_object(
              'value', ans."value", 'revision', ans."revision",
              'savedAt', to_char(ans."updatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
            )) FILTER (WHERE ans."id" IS NOT NULL), '{}'::json) AS "answers"
       FROM "Attempt" a
       JOIN "Exercise" e ON e."id" = a."exerciseId" AND e."key" = $1
       LEFT JOIN "Answer" ans ON ans."attemptId" = a."id" AND a."status" = 'IN_PROGRESS'
       LEFT JOIN "Question" q ON q."id" = ans."questionId"
      WHERE a."userId" = $2 AND a."scope" = $3
      GROUP BY a."id"
      ORDER BY a."number" DESC
      LIMIT 2`,
    [exerciseKey, viewer.id, SELF_STUDY_SCOPE],
  );
  const open = rows.find((row) => row.status === "IN_PROGRESS");
  const submitted = rows.find((row) => row.status === "SUBMITTED");
  return {
    attempt: open ? { id: open.id, answers: open.answers } : null,
    lastSubmitted: submitted ? { id: submitted.id, number: submitted.number, submittedAt: submitted.submittedAt ?? "" } : null,
  };
}

/** One of the viewer's attempts, with its answers; null when it is not theirs (or does not exist). */
export async function getOwnAttemptWithAnswers(viewer: Viewer, requestedAttemptId: string): Promise<AttemptWithAnswers | null> {
  const row = await db().attempt.findFirst({ where: { id: requestedAttemptId, userId: viewer.id }, select: attemptSelect });
  return row ? toAttempt(row) : null;
}

/** Every self-study attempt of the viewer, newest first, for "My work". */
export async function listSelfStudyAttempts(viewer: Viewer): Promise<AttemptWithAnswers[]> {
  const rows = await db().attempt.findMany({
    where: { userId: viewer.id, scope: SELF_STUDY_SCOPE },
    orderBy: [{ startedAt: "desc" }],
    select: attemptSelect,
  });
  return rows.map(toAttempt);
}
