import type { Content } from "@/lib/content";
import type { Question } from "@/lib/content/schemas";
import { exerciseKeyForArticle } from "@/lib/exercises/keys";

/**
 * Which questions an assignment asks. Every screen that shows, counts, scores, exports or accepts
 * answers for an assignment asks this module (the reader's questions, its submit count, the
 * student's results, the teacher's grid, reviews, charts and CSV, the save's check), so that none
 * of them can disagree. Pure and client-safe.
 *
 * An assignment stores the keys it asks (Assignment.questionKeys); none stored means all of them.
 * The order is always the reading method's, the order of content/questions/<slug>.yaml, whatever
 * order the keys were stored in; a stored key that content no longer has is left out. Answers to a
 * question taken out are kept: it is hidden, and shows again with them if it is put back.
 */

export type QuestionChoice = { questionKeys: readonly string[] };

/** The keys of the questions `assignment` asks, in the reading method's order, from its exercise's `questions` (content's order). */
export function questionKeysOf(assignment: QuestionChoice, questions: readonly { key: string }[]): string[] {
  const chosen = new Set(assignment.questionKeys);
  return questions.filter((question) => chosen.size === 0 || chosen.has(question.key)).map((question) => question.key);
}

/** Whether the assignment asks the question `key` (one of its exercise's questions): questionKeysOf, for one question. */
export const asksQuestion = (assignment: QuestionChoice, key: string): boolean => questionKeysOf(assignment, [{ key }]).length === 1;

/** The questions themselves (or anything keyed by question), as questionKeysOf picks them. */
export function questionsShownBy<T extends { key: string }>(assignment: QuestionChoice | null, questions: readonly T[]): T[] {
  if (!assignment) return [...questions];
  const shown = new Set(questionKeysOf(assignment, questions));
  return questions.filter((question) => shown.has(question.key));
}

/** An article's questions in content's order (none for the comparison exercise, `articleSlug` null). */
export const articleQuestions = (content: Pick<Content, "questionSets">, articleSlug: string | null): readonly Question[] =>
  (articleSlug && content.questionSets[articleSlug]?.questions) || [];

/**
 * What a teacher's form sends for one exercise's questions, as the keys to store: the keys ticked,
 * in content's order; every question ticked is stored as none (all: a question added to content
 * later is asked too). Null when a key is not one of the exercise's questions, or none is ticked.
 */
export function questionKeysToStore(ticked: readonly string[], questions: readonly { key: string }[]): string[] | null {
  const known = new Set(questions.map((question) => question.key));
  if (ticked.length === 0 || ticked.some((key) => !known.has(key))) return null;
  const keys = questionKeysOf({ questionKeys: ticked }, questions);
  return keys.length === questions.length ? [] : keys;
}

/** One article's questions as a teacher's form offers them: number, prompt, stage, and the suggested short set. */
export type QuestionMenu = {
  exerciseKey: string;
  questions: Array<{ key: string; number: number; prompt: string }>;
  short: string[];
};

/** The question menus of every article, by exercise key, in the page's language. */
export function questionMenus(content: Pick<Content, "articles" | "questionSets">, locale: "fr" | "en"): Record<string, QuestionMenu> {
  return Object.fromEntries(
    content.articles.map((article) => {
      const exerciseKey = exerciseKeyForArticle(article.slug);
      const questions = articleQuestions(content, article.slug);
      return [
        exerciseKey,
        {
          exerciseKey,
          questions: questions.map((question, index) => ({ key: question.key, number: index + 1, prompt: question[locale].prompt })),
          short: questionKeysOf({ questionKeys: content.questionSets[article.slug]?.sets.short ?? [] }, questions),
        },
      ];
    }),
  );
}
