import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { SELF_STUDY_SCOPE } from "@/lib/exercises/keys";

export type StoredAnswer = { value: unknown; revision: number; savedAt: string };

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

/** The viewer's self-study attempts on an exercise (see lib/exercises/keys): the one in progress, and the last submitted. */
export async function getSelfStudyAttempts(viewer: Viewer, exerciseKey: string) {
  const rows = await db().attempt.findMany({
    where: { userId: viewer.id, scope: SELF_STUDY_SCOPE, exercise: { key: exerciseKey } },
    orderBy: { number: "desc" },
    take: 2,
    select: attemptSelect,
  });
  const attempts = rows.map(toAttempt);
  return {
    open: attempts.find((attempt) => attempt.status === "IN_PROGRESS") ?? null,
    lastSubmitted: attempts.find((attempt) => attempt.status === "SUBMITTED") ?? null,
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
