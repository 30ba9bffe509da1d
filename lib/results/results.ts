import { articleQuestions } from "@/lib/assignments/questions";
import { claimsById } from "@/lib/claims/outcome";
import { calibrationValueSchema } from "@/lib/question-types/calibration-value";
import { calibrationReport, type CalibrationReport, type Estimate } from "@/lib/scoring/calibration";
import { isAnswered } from "@/lib/question-types/registry";
import { scaleValueSchema } from "@/lib/question-types/scale-value";
import { techniqueValueSchema, type TaggedPassage } from "@/lib/question-types/technique-value";
import { chosenKeys } from "@/lib/question-types/values";
import type { Article, Content } from "@/lib/content";
import { cleanItems, type CleanItem } from "@/lib/content/controls";
import { locatePassage } from "@/lib/content/passages";
import type { Question } from "@/lib/content/schemas";
import type { Discernment } from "@/lib/scoring/discernment";
import { flagReport, type Mark } from "@/lib/scoring/flags";
import { techniqueReport, type LabelledSpan, type TechniqueReport } from "@/lib/scoring/spans";

/**
 * What a learner sees after submitting: each answer beside the reference, closed questions
 * marked, the trust scale before and after, and the technique tagging scored against the expert
 * annotation (lib/scoring/spans.ts).
 */

export type ReferenceSpan = LabelledSpan & { id: string; quote: string; why: { fr: string; en: string } };
export type Match = "technique" | "category" | "none";

export type TechniqueComparison = {
  report: TechniqueReport;
  /**
   * Discernment (issue 27): the reference spans found against the clean passages marked
   * (lib/scoring/flags.ts), overall and per technique, and each clean passage with whether the
   * learner marked it.
   */
  discernment: { overall: Discernment; byTechnique: Record<string, Discernment>; clean: Array<CleanItem & { flagged: boolean }> };
  /** Per paragraph that either side marked: the learner's tags and the reference, each with how it matched. */
  rows: Array<{
    block: string;
    number: number | null;
    mine: Array<TaggedPassage & { match: Match }>;
    reference: Array<ReferenceSpan & { match: Match }>;
  }>;
};

export type QuestionResult = {
  question: Question;
  value: unknown;
  answered: boolean;
  /** Closed questions: whether the choice matches the reference (all options, for multiple). */
  correct?: boolean;
};

export type AttemptResults = {
  questions: QuestionResult[];
  answered: number;
  closed: { correct: number; total: number };
  trust: { before: number | null; after: number | null } | null;
  techniques: TechniqueComparison | null;
  /** The calibration question's estimates, in its claims' order, each with the record's verdict, and their scores. */
  calibration: { key: string; estimates: Estimate[]; report: CalibrationReport } | null;
};

/** Every claim the question covers, given an estimate or not, with its outcome (lib/claims/outcome.ts). */
function calibrationOf(question: Extract<Question, { type: "calibration" }>, value: unknown, content: Content): NonNullable<AttemptResults["calibration"]> {
  const given = calibrationValueSchema.safeParse(value).data?.estimates ?? {};
  const claims = claimsById(content);
  const estimates = question.claims.map((claim) => ({
    claim,
    before: given[claim]?.before ?? null,
    after: given[claim]?.after ?? null,
    outcome: claims.get(claim)?.outcome ?? null,
  }));
  return { key: question.key, estimates, report: calibrationReport(estimates) };
}

const scaleOf = (value: unknown) => scaleValueSchema.safeParse(value).data?.value ?? null;

function isCorrect(question: Question, value: unknown): boolean | undefined {
  if (question.type !== "single" && question.type !== "multiple") return undefined;
  const chosen = chosenKeys(question, value).sort();
  return chosen.join("|") === [...question.reference.answer].sort().join("|");
}

export function referenceSpans(article: Article, content: Content): ReferenceSpan[] {
  return (content.annotations[article.slug]?.spans ?? []).flatMap((span) => {
    const located = locatePassage(article.blocks, span);
    return located
      ? [
          {
            id: span.id,
            block: span.block,
            start: located.start,
            end: located.end,
            label: span.technique,
            quote: span.quote,
            why: { fr: span.fr.why, en: span.en.why },
          },
        ]
      : [];
  });
}

/**
 * A learner's tags against the article's reference spans (signal) and clean passages (noise):
 * lib/scoring/flags.ts. Also what the CSV export writes per learner (lib/export/export-csv.ts).
 */
export function discernmentOf(
  tags: readonly Mark[],
  article: Article,
  content: Content,
  reference: readonly ReferenceSpan[] = referenceSpans(article, content),
): TechniqueComparison["discernment"] {
  const clean = cleanItems(article.blocks, content.annotations[article.slug]);
  const flags = flagReport([...reference.map((span) => ({ ...span, technique: span.label })), ...clean.map((item) => ({ ...item, technique: null }))], tags);
  return { overall: flags.overall, byTechnique: flags.byTechnique, clean: clean.map((item) => ({ ...item, flagged: flags.flagged.has(item.id) })) };
}

function compareTechniques(tags: readonly TaggedPassage[], reference: readonly ReferenceSpan[], article: Article, content: Content): TechniqueComparison {
  const categoryOf = (technique: string) => content.techniques.techniques.find((candidate) => candidate.id === technique)?.category ?? technique;
  const mine: LabelledSpan[] = tags.map((tag) => ({ block: tag.block, start: tag.start, end: tag.end, label: tag.technique }));
  const overlaps = (a: LabelledSpan, b: LabelledSpan) => a.block === b.block && Math.min(a.end, b.end) > Math.max(a.start, b.start);
  const matchOf = (span: LabelledSpan, others: readonly LabelledSpan[]): Match =>
    others.some((other) => overlaps(span, other) && other.label === span.label)
      ? "technique"
      : others.some((other) => overlaps(span, other) && categoryOf(other.label) === categoryOf(span.label))
        ? "category"
        : "none";
  // In the article's order, then the control excerpts (x1, x2, …) after it.
  const order = (block: string) => {
    const at = article.blocks.findIndex((candidate) => candidate.id === block);
    return at >= 0 ? at : article.blocks.length + Number(block.slice(1));
  };
  const blocks = [...new Set([...tags.map((tag) => tag.block), ...reference.map((span) => span.block)])].sort((a, b) => order(a) - order(b));
  return {
    report: techniqueReport(mine, reference, categoryOf),
    discernment: discernmentOf(tags, article, content, reference),
    rows: blocks.map((block) => ({
      block,
      number: article.blocks.find((candidate) => candidate.id === block)?.number ?? null,
      mine: tags.filter((tag) => tag.block === block).map((tag) => ({ ...tag, match: matchOf({ ...tag, label: tag.technique }, reference) })),
      reference: reference.filter((span) => span.block === block).map((span) => ({ ...span, match: matchOf(span, mine) })),
    })),
  };
}

/**
 * Also run per student over a class's answers (lib/review/charts.ts): only the answers' values are
 * read. `questions`: those an assignment asks (lib/assignments/questions.ts), every one by default.
 */
export function buildResults(
  attempt: Readonly<{ answers: Readonly<Record<string, { value: unknown } | undefined>> }>,
  article: Article,
  content: Content,
  questions: readonly Question[] = articleQuestions(content, article.slug),
): AttemptResults {
  const results = questions.map((question): QuestionResult => {
    const value = attempt.answers[question.key]?.value ?? null;
    return { question, value, answered: isAnswered(value), correct: isCorrect(question, value) };
  });
  const closed = results.filter((result) => result.correct !== undefined);
  const before = questions.find((question) => question.type === "scale" && !question.compareWith);
  const after = questions.find((question) => question.type === "scale" && question.compareWith);
  const tagging = questions.find((question) => question.type === "technique");
  const calibration = questions.find((question) => question.type === "calibration");
  const tags = tagging ? (techniqueValueSchema.safeParse(attempt.answers[tagging.key]?.value).data?.tags ?? []) : [];
  return {
    questions: results,
    answered: results.filter((result) => result.answered).length,
    closed: { correct: closed.filter((result) => result.correct).length, total: closed.length },
    trust: before && after ? { before: scaleOf(attempt.answers[before.key]?.value), after: scaleOf(attempt.answers[after.key]?.value) } : null,
    techniques: tagging ? compareTechniques(tags, referenceSpans(article, content), article, content) : null,
    calibration: calibration?.type === "calibration" ? calibrationOf(calibration, attempt.answers[calibration.key]?.value, content) : null,
  };
}
