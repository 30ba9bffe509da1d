import { COMPARISON_GUIDE } from "@/lib/content/guide-schemas";
import { COMPARISON_EXERCISE_KEY, exerciseKeyForArticle } from "@/lib/exercises/keys";

/** Teachers' guides: where each is (without the locale prefix), and which one an assignment's exercise has. Client-safe. */

export const GUIDES_PATH = "/teach/guides";

export const guidePath = (subject: string) => `${GUIDES_PATH}/${encodeURIComponent(subject)}`;
/** An article's answer key and its printable worksheet (app/[locale]/(teacher)/teach/guides/[slug]/key, …/worksheet). */
export const keyPath = (articleSlug: string) => `${guidePath(articleSlug)}/key`;
export const worksheetPath = (articleSlug: string) => `${guidePath(articleSlug)}/worksheet`;

/** The guide of an exercise: its article's, or the comparison's; null for an exercise no guide covers. */
export function guideSubjectForExercise(exerciseKey: string, articleSlugs: readonly string[]): string | null {
  if (exerciseKey === COMPARISON_EXERCISE_KEY) return COMPARISON_GUIDE;
  return articleSlugs.find((slug) => exerciseKeyForArticle(slug) === exerciseKey) ?? null;
}
