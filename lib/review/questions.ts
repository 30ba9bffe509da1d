import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import type { Question, Rubric } from "@/lib/content/schemas";

/**
 * An assignment's questions as content describes them (the same for every teacher): number, prompt,
 * 0–3 rubric, and for an article's questions the question itself (type, options, paragraphs). The
 * comparison exercise is one question, the matrix.
 */
export type ReviewQuestion = { key: string; number: number; prompt: string; rubric: Rubric | undefined; question: Question | null };

export function reviewQuestions(content: Content, articleSlug: string | null, locale: AppLocale): ReviewQuestion[] {
  if (articleSlug === null) {
    const exercise = content.comparison.exercise;
    return [{ key: exercise.key, number: 1, prompt: exercise[locale].prompt, rubric: exercise.rubric, question: null }];
  }
  const rubrics = content.rubrics[articleSlug]?.questions ?? {};
  return (content.questionSets[articleSlug]?.questions ?? []).map((question, index) => ({
    key: question.key,
    number: index + 1,
    prompt: question[locale].prompt,
    rubric: rubrics[question.key],
    question,
  }));
}
