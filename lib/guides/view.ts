import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import { COMPARISON_GUIDE, type GuideFile, type Screen } from "@/lib/content/guide-schemas";
import { STAGES, type Stage } from "@/lib/content/schemas";
import { exerciseNames, type ExerciseName } from "@/lib/exercises/names";
import { reviewQuestions } from "@/lib/review/questions";
import { guideSubjectForExercise } from "./paths";

/**
 * What a guide page shows beside the guide's own text: its subject's name, its questions as a
 * learner sees them (number, reading stage, prompt), and where each screen it names can be opened.
 */

export type GuideQuestion = { key: string; number: number; stage: Stage | null; prompt: string };

export type GuideSubject = { subject: string; name: ExerciseName; guide: GuideFile };

/** Every guide, in the order teachers assign them: the five articles, then the comparison. */
export function listGuides(content: Content, locale: AppLocale, comparisonTitle: string): GuideSubject[] {
  const slugs = content.articles.map((article) => article.slug);
  return exerciseNames(content, locale, comparisonTitle).flatMap((name) => {
    const subject = guideSubjectForExercise(name.key, slugs);
    const guide = subject !== null && Object.hasOwn(content.guides, subject) ? content.guides[subject] : undefined;
    return subject !== null && guide ? [{ subject, name, guide }] : [];
  });
}

/** The questions of a guide's subject, numbered as the reader numbers them. */
export function guideQuestions(content: Content, subject: string, locale: AppLocale): GuideQuestion[] {
  // Every question of the subject: a guide is about the whole article, not one assignment's choice.
  const everyQuestion = { articleSlug: subject === COMPARISON_GUIDE ? null : subject, questionKeys: [] };
  return reviewQuestions(content, everyQuestion, locale).map((question) => ({
    key: question.key,
    number: question.number,
    stage: question.question?.stage ?? null,
    prompt: question.prompt,
  }));
}

/** The reading stages a list of questions works on, in the method's order, each with its question numbers (none for the comparison's grid, which has no stage). */
export function stagesOf(keys: readonly string[], questions: readonly GuideQuestion[]): Array<{ stage: Stage; numbers: number[] }> {
  const cited = questions.filter((question) => keys.includes(question.key));
  return STAGES.flatMap((stage) => {
    const numbers = cited.filter((question) => question.stage === stage).map((question) => question.number);
    return numbers.length > 0 ? [{ stage, numbers }] : [];
  });
}

/** The public page a screen is on, for a link (without the locale prefix); null for a teacher's screen, which depends on the class. */
export function screenHref(screen: Screen, subject: string): string | null {
  const article = subject === COMPARISON_GUIDE ? null : `/articles/${subject}`;
  switch (screen) {
    case "reader":
      return article ?? "/";
    case "reader-claims":
      return article ? `${article}/claims` : "/";
    case "reader-background":
      return article ? `${article}/background` : "/";
    case "compare-exercise":
      return "/compare/exercise";
    case "compare-matrix":
      return "/compare";
    case "compare-numbers":
      return "/compare/numbers";
    case "compare-timeline":
      return "/compare/timeline";
    case "compare-map":
      return "/compare/map";
    case "method":
      return "/method";
    default:
      return null;
  }
}
