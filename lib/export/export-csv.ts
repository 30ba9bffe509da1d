import "server-only";
import { createTranslator } from "next-intl";
import type { Viewer } from "@/lib/auth/viewer";
import { feedbackSeen } from "@/lib/assignments/policy";
import type { AppLocale } from "@/lib/config";
import { formatSpreadsheetDateTime } from "@/lib/format/dates";
import { getContent, type Content } from "@/lib/content";
import { COMPARISON_EXERCISE_KEY, exerciseKeyForArticle } from "@/lib/exercises/keys";
import { exerciseNames } from "@/lib/exercises/names";
import { minutesAndSeconds } from "@/lib/question-types/lateral";
import { messagesFor } from "@/i18n/messages";
import { claimOutcome } from "@/lib/claims/outcome";
import { answerText, type AnswerWords, type ExportQuestion } from "./answer-text";
import { isAnswered } from "@/lib/question-types/registry";
import { techniqueValueSchema } from "@/lib/question-types/technique-value";
import { discernmentOf } from "@/lib/results/results";
import { BOM, csvLine } from "./csv";
import { exportRows, type ExportRow, type ExportTarget } from "./queries";
import type { ExportOptions } from "./schemas";

/**
 * The CSV of an assignment (or of every assignment of a class): one line per student × question,
 * written batch by batch as the cursor yields them, so memory stays flat whatever the class size.
 */

const COLUMNS = [
  "class",
  "assignment",
  "student",
  "question",
  "prompt",
  "answer",
  "score",
  "maxScore",
  "feedback",
  "released",
  "seenScore",
  "seenFeedback",
  "startedAt",
  "submittedAt",
  "updatedAt",
] as const;
/** The technique question's discernment (issue 27), on its line only: enough to recompute d′ and c (lib/scoring/discernment.ts). */
const DISCERNMENT_COLUMNS = ["hits", "signal", "falseAlarms", "noise", "dPrime", "bias"] as const;

/** What the student sees of the feedback (lib/assignments/policy.ts feedbackSeen), as the "released" column says it. */
/** How a lateral-reading trail reads in a cell: the same words as the review cards (messages lateralReview). */
function trailWords(
  t: ReturnType<typeof createTranslator<ReturnType<typeof messagesFor>, "lateralReview">>,
  levels: Record<string, string>,
  content: Content,
): NonNullable<AnswerWords["trail"]> {
  return {
    verdict: t("verdict"),
    offline: t("offline"),
    card: (name) => t("cardSource", { name }),
    trust: (level) => (level === null ? t("noTrust") : t("trust", { level: levels[String(level)] ?? String(level) })),
    why: (text) => t("why", { text }),
    time: (seconds) => (seconds === null ? t("noTime") : t("timeToVerdict", { duration: t("duration", minutesAndSeconds(seconds)) })),
    cards: new Map(content.sourceCards.map((card) => [card.id, card.name])),
  };
}

const SEEN_WORD = { none: "no", current: "yes", earlier: "earlier" } as const;

type Question = { question: ExportQuestion; prompt: string };

/** Prompts and readable answers come from content/, in the export's language. */
function questionsByExercise(content: Content, locale: AppLocale): Map<string, Map<string, Question>> {
  const byExercise = new Map<string, Map<string, Question>>();
  for (const article of content.articles) {
    const questions = content.questionSets[article.slug]?.questions ?? [];
    byExercise.set(exerciseKeyForArticle(article.slug), new Map(questions.map((question) => [question.key, { question, prompt: question[locale].prompt }])));
  }
  const matrix = content.comparison.exercise;
  byExercise.set(COMPARISON_EXERCISE_KEY, new Map([[matrix.key, { question: { type: "matrix" }, prompt: matrix[locale].prompt }]]));
  return byExercise;
}

export async function* exportCsv(
  viewer: Viewer,
  target: ExportTarget,
  options: ExportOptions & { locale: AppLocale; batchSize?: number },
): AsyncGenerator<string> {
  const { locale, sep } = options;
  const content = await getContent();
  const messages = messagesFor(locale);
  const t = createTranslator({ locale, messages, namespace: "export" });
  const titles = new Map(exerciseNames(content, locale, messages.exercise.title).map((name) => [name.key, name.text]));
  const questions = questionsByExercise(content, locale);
  const statuses = new Map(Object.values(content.claims).flatMap((file) => file.claims.map((claim) => [claim.id, claim.status])));
  const words: AnswerWords = {
    locale,
    other: messages.results.other,
    techniques: new Map(content.techniques.techniques.map((technique) => [technique.id, technique[locale].name])),
    articles: new Map(content.articles.map((article) => [article.slug, article.title[locale]])),
    narratives: new Map(content.comparison.narratives.map((narrative) => [narrative.id, narrative[locale].name])),
    trail: trailWords(createTranslator({ locale, messages, namespace: "lateralReview" }), messages.lateral.trustLevels, content),
    estimate: ({ claim, before, after }) => {
      const status = statuses.get(claim);
      const outcome = status ? claimOutcome(status) : null;
      return t("estimate", { claim, before: before ?? "none", after: after ?? "none", outcome: outcome === null ? "none" : String(outcome) });
    },
  };
  const articles = new Map(content.articles.map((article) => [exerciseKeyForArticle(article.slug), article]));
  // Numbers, not text: a text cell starting with "-" would be defused as a formula (./csv.ts), and a negative c is common.
  const decimal = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);
  const detection = (row: ExportRow, question: ExportQuestion | undefined) => {
    const article = articles.get(row.exerciseKey);
    const tags = question?.type === "technique" && article && isAnswered(row.value) ? techniqueValueSchema.safeParse(row.value).data?.tags : undefined;
    if (!article || !tags) return DISCERNMENT_COLUMNS.map(() => null);
    const { hits, signal, falseAlarms, noise, dPrime, bias } = discernmentOf(tags, article, content).overall;
    return [hits, signal, falseAlarms, noise, decimal(dPrime), decimal(bias)];
  };
  const seen = (row: ExportRow) => feedbackSeen(row.status === null ? null : { status: row.status, releasedAt: row.releasedAt });
  const line = (row: ExportRow) => {
    const question = questions.get(row.exerciseKey)?.get(row.questionKey);
    return csvLine(
      [
        target.className,
        titles.get(row.exerciseKey) ?? row.exerciseKey,
        row.name ?? t("pseudonym", { number: row.number }),
        row.questionKey,
        question?.prompt ?? "",
        question ? answerText(question.question, row.value, words) : "",
        row.score,
        row.maxScore,
        row.comment,
        row.status === null ? "" : t(SEEN_WORD[seen(row)]),
        seen(row) === "none" ? null : row.releasedScore,
        seen(row) === "none" ? null : row.releasedComment,
        formatSpreadsheetDateTime(row.startedAt, locale),
        formatSpreadsheetDateTime(row.submittedAt, locale),
        formatSpreadsheetDateTime(row.updatedAt, locale),
        ...detection(row, question?.question),
      ],
      sep,
    );
  };
  yield BOM + csvLine([...COLUMNS.map((column) => t(`columns.${column}`)), ...DISCERNMENT_COLUMNS.map((column) => messages.discernment.csv[column])], sep);
  const questionsOf = (exerciseKey: string) => [...(questions.get(exerciseKey)?.keys() ?? [])].map((key) => ({ key }));
  for await (const batch of exportRows(viewer, target, options.pseudonymised, questionsOf, options.batchSize)) yield batch.map(line).join("");
}

/** A file name a teacher recognises, ASCII only (the header also carries it in UTF-8). */
export function exportFileName(target: ExportTarget): { ascii: string; utf8: string } {
  const base = [target.className, target.exerciseKey?.replace(/^article:/, "")].filter(Boolean).join(" - ");
  const ascii =
    base
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase() || "export";
  return { ascii: `${ascii}.csv`, utf8: `${base.replace(/["\\/\r\n]/g, "")}.csv` };
}
