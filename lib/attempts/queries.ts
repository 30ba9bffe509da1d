import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { exerciseKeyForArticle, SELF_STUDY_SCOPE } from "@/lib/exercises/keys";

export type StoredAnswer = { value: unknown; revision: number; savedAt: string };

export type AttemptWithAnswers = {
  id: string;
  number: number;
  status: "IN_PROGRESS" | "SUBMITTED";
  /** Answers by question key. */
  answers: Record<string, StoredAnswer>;
};

/** The viewer's self-study attempt in progress on an article, with its answers; null if none. */
export async function getOpenSelfStudyAttempt(viewer: Viewer, articleSlug: string): Promise<AttemptWithAnswers | null> {
  const attempt = await db().attempt.findFirst({
    where: {
      userId: viewer.id,
      scope: SELF_STUDY_SCOPE,
      status: "IN_PROGRESS",
      exercise: { key: exerciseKeyForArticle(articleSlug) },
    },
    orderBy: { number: "desc" },
    select: {
      id: true,
      number: true,
      status: true,
      answers: { select: { value: true, revision: true, updatedAt: true, question: { select: { key: true } } } },
    },
  });
  if (!attempt) return null;
  return {
    id: attempt.id,
    number: attempt.number,
    status: attempt.status,
    answers: Object.fromEntries(
      attempt.answers.map((answer) => [
        answer.question.key,
        { value: answer.value, revision: answer.revision, savedAt: answer.updatedAt.toISOString() },
      ]),
    ),
  };
}
