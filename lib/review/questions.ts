import { articleQuestions, questionsShownBy, type QuestionChoice } from "@/lib/assignments/questions";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import type { Question, Rubric } from "@/lib/content/schemas";

/**
 * An assignment's questions as content describes them (the same for every teacher): number, prompt,
 * 0–3 rubric, and for an article's questions the question itself (type, options, paragraphs). The
 * comparison exercise is one question, the matrix. Only those the assignment asks
 * (lib/assignments/questions.ts), each keeping its number in the whole set: "question 7" is the
 * same question on every screen, whichever others the assignment asks.
 */
export type ReviewQuestion = { key: string; number: number; prompt: string; rubric: Rubric | undefined; question: Question | null };

export function reviewQuestions(content: Content, assignment: QuestionChoice & { articleSlug: string | null }, locale: AppLocale): ReviewQuestion[] {
  if (assignment.articleSlug === null) {
    const exercise = content.comparison.exercise;
    return [{ key: exercise.key, number: 1, prompt: exercise[locale].prompt, rubric: exercise.rubric, question: null }];
  }
  const rubrics = content.rubrics[assignment.articleSlug]?.questions ?? {};
  const all = articleQuestions(content, assignment.articleSlug).map((question, index) => ({
    key: question.key,
    number: index + 1,
    prompt: question[locale].prompt,
    rubric: rubrics[question.key],
    question,
  }));
  return questionsShownBy(assignment, all);
}
