import { articleQuestions, questionsShownBy, type QuestionChoice } from "@/lib/assignments/questions";
import { OTHER } from "@/lib/question-types/choice";
import { isAnswered } from "@/lib/question-types/registry";
import type { Highlight } from "@/lib/question-types/passage";
import { chosenKeys, passagesOf } from "@/lib/question-types/values";
import type { AppLocale } from "@/lib/config";
import type { Article, Content } from "@/lib/content";
import type { Question } from "@/lib/content/schemas";
import { buildResults, referenceSpans, type TechniqueComparison } from "@/lib/results/results";
import { claimsById } from "@/lib/claims/outcome";
import type { ClaimStatus } from "@/lib/content/schemas";
import { calibrationBins, classConfidentErrors, classSummary, type Bin, type ClaimSummary } from "@/lib/scoring/calibration";
import type { Discernment } from "@/lib/scoring/discernment";
import type { ChartStudent } from "./charts-query";

/**
 * The class charts, computed from each student's answers with the same code that builds a
 * learner's own results (lib/results/results.ts): the trust scale before and after, and each
 * reference span of the annotation found or not. Pure: content and answers in, numbers out.
 */

export type ChoiceChart = {
  key: string;
  prompt: string;
  multiple: boolean;
  answered: number;
  options: Array<{ key: string; label: string; count: number; reference: boolean }>;
};
export type TrustChart = { min: number; max: number; points: Array<{ number: number; name: string; before: number; after: number }> };
export type TechniqueChart = Array<{
  technique: string;
  name: string;
  spans: Array<{ id: string; number: number | null; quote: string; exact: number; category: number }>;
}>;
/** The class's calibration: per claim its mean estimates against the record, the pooled bins, the most confident errors. */
export type CalibrationChart = {
  students: number;
  claims: Array<ClaimSummary & { quote: string; text: string; status: ClaimStatus | null }>;
  bins: Record<"before" | "after", Bin[]>;
  errors: string[];
};
/** Per technique (and for all of them, technique null): the class's pooled hit and false-alarm rates, and its students' mean d′. */
export type DiscernmentRow = { technique: string | null; name: string; hitRate: number | null; falseAlarmRate: number | null; meanDPrime: number | null };
export type DiscernmentChart = { students: number; rows: DiscernmentRow[] };
export type HeatBlock = { id: string; number: number | null; segments: Array<{ text: string; count: number }> };
export type ClassCharts = {
  students: number;
  choices: ChoiceChart[];
  trust: TrustChart | null;
  techniques: TechniqueChart;
  /** Null when the assignment does not ask the technique question. */
  discernment: DiscernmentChart | null;
  heat: { blocks: HeatBlock[]; max: number };
  calibration: CalibrationChart | null;
};

function choiceCharts(questions: readonly Question[], students: readonly ChartStudent[], locale: AppLocale, otherLabel: string): ChoiceChart[] {
  return questions.flatMap((question) => {
    if (question.type !== "single" && question.type !== "multiple") return [];
    const chosen = students.map((student) => chosenKeys(question, student.answers[question.key]?.value));
    const options = [
      ...question.options.map((option) => ({ key: option.key, label: option[locale] })),
      ...(question.allowOther ? [{ key: OTHER, label: otherLabel }] : []),
    ];
    return [
      {
        key: question.key,
        prompt: question[locale].prompt,
        multiple: question.type === "multiple",
        answered: students.filter((student) => isAnswered(student.answers[question.key]?.value)).length,
        options: options.map((option) => ({
          ...option,
          count: chosen.filter((keys) => keys.includes(option.key)).length,
          reference: question.reference.answer.includes(option.key),
        })),
      },
    ];
  });
}

/** A student's passages (evidence and technique tags), merged so that each character counts once per student. */
function studentCoverage(student: ChartStudent, questions: readonly Question[]): Map<string, Array<[number, number]>> {
  const passages: Highlight[] = questions.flatMap((question) => passagesOf(question, student.answers[question.key]?.value));
  const byBlock = new Map<string, Array<[number, number]>>();
  for (const passage of [...passages].sort((a, b) => a.start - b.start)) {
    const ranges = byBlock.get(passage.block) ?? [];
    const last = ranges.at(-1);
    if (last && passage.start <= last[1]) last[1] = Math.max(last[1], passage.end);
    else ranges.push([passage.start, passage.end]);
    byBlock.set(passage.block, ranges);
  }
  return byBlock;
}

/** Each block cut where the number of students who highlighted it changes; the text is the block's, verbatim. */
function heatmap(article: Article, questions: readonly Question[], students: readonly ChartStudent[]): ClassCharts["heat"] {
  const coverage = students.map((student) => studentCoverage(student, questions));
  let max = 0;
  const blocks = article.blocks.map((block) => {
    const delta = new Map<number, number>([
      [0, 0],
      [block.text.length, 0],
    ]);
    for (const [start, end] of coverage.flatMap((byBlock) => byBlock.get(block.id) ?? [])) {
      delta.set(start, (delta.get(start) ?? 0) + 1);
      delta.set(end, (delta.get(end) ?? 0) - 1);
    }
    const cuts = [...delta.keys()].filter((at) => at >= 0 && at <= block.text.length).sort((a, b) => a - b);
    let count = 0;
    const segments = cuts.slice(0, -1).map((at, index) => {
      count += delta.get(at) ?? 0;
      max = Math.max(max, count);
      return { text: block.text.slice(at, cuts[index + 1]), count };
    });
    return { id: block.id, number: block.number, segments: segments.filter((segment) => segment.text.length > 0) };
  });
  return { blocks, max };
}

function calibrationChart(own: ReadonlyArray<ReturnType<typeof buildResults>["calibration"]>, content: Content, locale: AppLocale): CalibrationChart | null {
  const answered = own.filter((calibration) => calibration !== null && calibration.estimates.some((estimate) => estimate.before !== null));
  const first = own[0];
  if (!first) return null;
  const claims = claimsById(content);
  const students = answered.map((calibration) => calibration!.estimates);
  const summary = classSummary(first.estimates, students).map((row) => {
    const claim = claims.get(row.claim);
    return { ...row, quote: claim?.quote ?? "", text: claim?.[locale].claim ?? row.claim, status: claim?.status ?? null };
  });
  const pooled = students.flat();
  return {
    students: students.length,
    claims: summary,
    bins: { before: calibrationBins(pooled, "before"), after: calibrationBins(pooled, "after") },
    errors: classConfidentErrors(summary).map((row) => row.claim),
  };
}

/**
 * The class's discernment (issue 27), from each student's own (lib/results/results.ts), counting
 * only the students who answered the technique question: one who did not has flagged nothing, and
 * would pull the mean d′ to 0 without having tried. Rates pool the class's counts; d′ is a mean
 * of the students' own.
 */
function discernmentChart(own: ReadonlyArray<TechniqueComparison["discernment"]>, name: (technique: string) => string): DiscernmentChart {
  const row = (technique: string | null, scores: readonly Discernment[]): DiscernmentRow => {
    const sum = (pick: (score: Discernment) => number) => scores.reduce((total, score) => total + pick(score), 0);
    const ratio = (count: number, total: number) => (total > 0 ? count / total : null);
    const dPrimes = scores.flatMap((score) => (score.dPrime === null ? [] : [score.dPrime]));
    return {
      technique,
      name: technique === null ? "" : name(technique),
      hitRate: ratio(
        sum((score) => score.hits),
        sum((score) => score.signal),
      ),
      falseAlarmRate: ratio(
        sum((score) => score.falseAlarms),
        sum((score) => score.noise),
      ),
      meanDPrime: dPrimes.length > 0 ? dPrimes.reduce((total, value) => total + value, 0) / dPrimes.length : null,
    };
  };
  const techniques = [...new Set(own.flatMap((student) => Object.keys(student.byTechnique)))].sort();
  return {
    students: own.length,
    rows: [
      row(
        null,
        own.map((student) => student.overall),
      ),
      ...techniques.map((technique) =>
        row(
          technique,
          own.flatMap((student) => student.byTechnique[technique] ?? []),
        ),
      ),
    ],
  };
}

/** `assignment`: which of the article's questions it asks (lib/assignments/questions.ts); the others are left out of every chart. */
export function buildClassCharts(
  article: Article,
  content: Content,
  assignment: QuestionChoice,
  students: readonly ChartStudent[],
  locale: AppLocale,
  otherLabel: string,
): ClassCharts {
  const questions = questionsShownBy(assignment, articleQuestions(content, article.slug));
  const results = students.map((student) => ({ student, results: buildResults(student, article, content, questions) }));
  const scale = questions.find((question) => question.type === "scale");
  // Trust before and after takes both scale questions; an assignment that asks one has no chart of it.
  const trust =
    scale?.type === "scale" && questions.filter((question) => question.type === "scale").length > 1
      ? { min: scale.min, max: scale.max, points: [] as TrustChart["points"] }
      : null;
  for (const { student, results: own } of results) {
    if (trust && own.trust?.before != null && own.trust.after != null)
      trust.points.push({ number: student.number, name: student.name, before: own.trust.before, after: own.trust.after });
  }
  const spans = questions.some((question) => question.type === "technique") ? referenceSpans(article, content) : [];
  const blockNumber = (id: string) => article.blocks.find((block) => block.id === id)?.number ?? null;
  const matches = (spanId: string, match: "technique" | "category") =>
    results.filter(({ results: own }) => own.techniques?.rows.some((row) => row.reference.some((span) => span.id === spanId && span.match === match))).length;
  const techniqueName = (id: string) => content.techniques.techniques.find((candidate) => candidate.id === id)?.[locale].name ?? id;
  const techniques = [...new Set(spans.map((span) => span.label))].map((technique) => ({
    technique,
    name: techniqueName(technique),
    spans: spans
      .filter((span) => span.label === technique)
      .map((span) => ({
        id: span.id,
        number: blockNumber(span.block),
        quote: span.quote,
        exact: matches(span.id, "technique"),
        category: matches(span.id, "category"),
      })),
  }));
  const tagging = questions.find((question) => question.type === "technique");
  const answeredTagging = results.filter(({ student }) => tagging && isAnswered(student.answers[tagging.key]?.value));
  return {
    students: students.length,
    calibration: calibrationChart(
      results.map(({ results: own }) => own.calibration),
      content,
      locale,
    ),
    choices: choiceCharts(questions, students, locale, otherLabel),
    trust,
    techniques,
    discernment: tagging
      ? discernmentChart(
          answeredTagging.flatMap(({ results: own }) => own.techniques?.discernment ?? []),
          techniqueName,
        )
      : null,
    heat: heatmap(article, questions, students),
  };
}
