import type { AttemptWithAnswers } from "@/lib/attempts/queries";
import type { Article, Content } from "@/lib/content";
import { readValue } from "@/lib/question-types/definition";
import { matrixType } from "@/lib/question-types/matrix";

/** The learner's narrative matrix beside the reference, cell by cell, with their quoted passages checked. */

export type ComparedCell = {
  narrative: string;
  mine: boolean;
  reference: boolean;
  passage: string | null;
  /** Where the quoted passage occurs in the article (whitespace aside), or null. */
  foundIn: number | null;
};

export type ComparisonResults = {
  same: number;
  total: number;
  articles: Array<{ article: Article; cells: ComparedCell[] }>;
};

const squeeze = (text: string) => text.replace(/\s+/gu, " ").trim();

function findPassage(article: Article, passage: string): number | null {
  const wanted = squeeze(passage);
  if (!wanted) return null;
  return article.blocks.find((block) => squeeze(block.text).includes(wanted))?.number ?? null;
}

export function compareMatrix(attempt: AttemptWithAnswers, content: Content): ComparisonResults {
  const { cells } = readValue(matrixType, attempt.answers[content.comparison.exercise.key]?.value);
  const articles = content.articles.map((article) => ({
    article,
    cells: content.comparison.narratives.map((narrative): ComparedCell => {
      const cell = cells[article.slug]?.[narrative.id];
      const passage = cell?.passage?.trim() || null;
      return {
        narrative: narrative.id,
        mine: cell?.uses === true,
        reference: content.comparison.uses.some((use) => use.article === article.slug && use.narrative === narrative.id),
        passage,
        foundIn: passage ? findPassage(article, passage) : null,
      };
    }),
  }));
  const all = articles.flatMap((row) => row.cells);
  return { same: all.filter((cell) => cell.mine === cell.reference).length, total: all.length, articles };
}
