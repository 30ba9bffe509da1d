import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import { COMPARISON_EXERCISE_KEY, exerciseKeyForArticle } from "./keys";

export type ExerciseName = { key: string; text: string; /** Set when the text is not in the page's language (an article's own French title). */ lang?: "fr" };

/**
 * Every exercise a teacher can assign, by name, in the content's order: the five articles (their
 * own title, verbatim and French, or the editorial one in the reader's language), then the comparison.
 */
export function exerciseNames(content: Content, locale: AppLocale, comparisonTitle: string): ExerciseName[] {
  return [
    ...content.articles.map((article) => ({
      key: exerciseKeyForArticle(article.slug),
      text: article.title[locale],
      ...(article.meta.title.kind === "original" && locale !== "fr" ? { lang: "fr" as const } : {}),
    })),
    { key: COMPARISON_EXERCISE_KEY, text: comparisonTitle },
  ];
}

/** Where the reader opens an exercise in an assignment's context (without the locale prefix). */
export const assignmentReaderPath = (articleSlug: string | null, assignmentId: string): string =>
  `${articleSlug ? `/articles/${articleSlug}` : "/compare/exercise"}?assignment=${encodeURIComponent(assignmentId)}`;
