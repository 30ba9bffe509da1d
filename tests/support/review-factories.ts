import { randomBytes } from "node:crypto";
import type { AnswerValue } from "@/lib/question-types/registry";
import { getContent } from "@/lib/content";
import type { Question } from "@/lib/content/schemas";
import { db } from "@/lib/db";
import { exerciseKeyForArticle } from "@/lib/exercises/keys";
import { createAssignment, createClassWithStudents, type TestClass } from "./factories";

/** A value that counts as answered for each question type (passages taken from the article's text). */
export function sampleValue(question: Question, blocks: ReadonlyMap<string, string>, text: string): AnswerValue {
  const block = question.paragraphs[0] ?? "p1";
  const passage = { block, start: 0, end: 12, quote: (blocks.get(block) ?? "").slice(0, 12) };
  switch (question.type) {
    case "open":
      return { text };
    case "single":
      return { choice: question.options[0]!.key };
    case "multiple":
      return { choices: [question.options[0]!.key] };
    case "scale":
      return { value: question.min };
    case "evidence":
      return { highlights: [passage] };
    case "technique":
      return { tags: [{ ...passage, technique: "loaded-language" }] };
    case "lateral":
      return {
        trail: [{ url: "https://fr.wikipedia.org/wiki/Press_TV", says: text, trust: 3, why: "", at: "2026-01-05T09:01:00.000Z" }],
        verdict: text,
        startedAt: "2026-01-05T09:00:00.000Z",
        verdictAt: "2026-01-05T09:04:30.000Z",
        offline: false,
      };
    case "calibration":
      return { estimates: { [question.claims[0]!]: { before: 70, after: null } } };
  }
}

export type ReviewClass = TestClass & {
  assignmentId: string;
  slug: string;
  questions: Question[];
  enrolments: Array<{ id: string; userId: string; name: string }>;
};

/**
 * A class of `size` students given the first article, each with an attempt (submitted or not)
 * answering its first `answered` questions: written in bulk, as a seeded class would be.
 */
export async function seedReviewClass(options: {
  size: number;
  answered: number;
  submitted?: boolean;
  text?: (name: string, key: string) => string;
}): Promise<ReviewClass> {
  const content = await getContent();
  const article = content.articles[0]!;
  const questions = content.questionSets[article.slug]!.questions;
  const blocks = new Map(article.blocks.map((block) => [block.id, block.text]));
  const names = Array.from({ length: options.size }, (_, index) => `Élève ${String(index + 1).padStart(2, "0")}`);
  const cls = await createClassWithStudents({ names });
  const assignmentId = await createAssignment(cls, { exerciseKey: exerciseKeyForArticle(article.slug) });
  const exercise = await db().exercise.findUniqueOrThrow({ where: { key: exerciseKeyForArticle(article.slug) }, include: { questions: true } });
  const enrolments = await db().enrolment.findMany({
    where: { classId: cls.classId },
    select: { id: true, userId: true, name: true },
    orderBy: { nameKey: "asc" },
  });
  const attempts = enrolments.map((enrolment) => ({
    id: `att-${randomBytes(6).toString("hex")}`,
    userId: enrolment.userId,
    exerciseId: exercise.id,
    assignmentId,
    scope: assignmentId,
    number: 1,
    status: options.submitted ? ("SUBMITTED" as const) : ("IN_PROGRESS" as const),
    submittedAt: options.submitted ? new Date() : null,
  }));
  await db().attempt.createMany({ data: attempts });
  const text = options.text ?? ((name: string, key: string) => `Réponse de ${name} à ${key}`);
  await db().answer.createMany({
    data: attempts.flatMap((attempt, index) =>
      questions.slice(0, options.answered).map((question) => ({
        attemptId: attempt.id,
        questionId: exercise.questions.find((row) => row.key === question.key)!.id,
        value: sampleValue(question, blocks, text(enrolments[index]!.name, question.key)),
        revision: 1,
        lastSaveId: `seed-${randomBytes(4).toString("hex")}`,
        questionHash: "seed",
      })),
    ),
  });
  return { ...cls, assignmentId, slug: article.slug, questions, enrolments };
}
