import "server-only";
import type { Content } from "@/lib/content";
import { controlTexts } from "@/lib/content/controls";
import { AppError } from "@/lib/errors";
import { COMPARISON_EXERCISE_KEY, exerciseKeyForArticle } from "@/lib/exercises/keys";
import type { SaveAnswerInput } from "./schemas";
import type { AnswerValue } from "@/lib/question-types/registry";
import { checkAnswerValue } from "@/lib/question-types/values";

/**
 * What a save is aimed at, from content/: the exercise row to find, and the value checked against
 * its question. Throws the AppError a learner can act on (unknown article or question, bad value).
 */
export function resolveTarget(content: Content, input: SaveAnswerInput): { exerciseKey: string; value: AnswerValue } {
  const check = (() => {
    if (input.exercise === "comparison") {
      if (input.question !== content.comparison.exercise.key) throw new AppError("UNKNOWN_QUESTION");
      return checkAnswerValue({ type: "matrix" }, input.value, {
        articles: new Set(content.articles.map((article) => article.slug)),
        narratives: new Set(content.comparison.narratives.map((narrative) => narrative.id)),
      });
    }
    const article = content.articles.find((candidate) => candidate.slug === input.article);
    if (!article) throw new AppError("UNKNOWN_ARTICLE");
    const question = content.questionSets[article.slug]?.questions.find((candidate) => candidate.key === input.question);
    if (!question) throw new AppError("UNKNOWN_QUESTION");
    return checkAnswerValue(question, input.value, {
      blocks: new Map(article.blocks.map((block) => [block.id, block.text])),
      sourceCards: new Set(content.sourceCards.map((card) => card.id)),
      controls: controlTexts(content.annotations[article.slug]),
    });
  })();
  if (!check.ok) throw new AppError(check.code, "max" in check ? { max: check.max } : {});
  return {
    exerciseKey: input.exercise === "comparison" ? COMPARISON_EXERCISE_KEY : exerciseKeyForArticle(input.article ?? ""),
    value: check.value,
  };
}
