import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent, type Content } from "@/lib/content/load";
import { hasDate, isHedged, isSpecific, labelLength, stemEcho } from "@/lib/content/shape";
import { LOCALES, questionSetSchema, type Locale, type Question, type QuestionSet } from "@/lib/content/schemas";

/** A question file names its suggested sets (content/questions/*.yaml); whether their keys exist is lib/content/check.ts's, not these checks'. */
const SETS = { short: ["a", "b", "c", "d", "e"] };

/**
 * The shape-only test (issue 23, acceptance). A test-wise learner who has read neither the text nor
 * the background answers every closed question by the shape of its options alone:
 *
 * - hedged: the hedged option ("environ", "selon", "according to"…), at random among them if several;
 * - longest: the longest option; shortest: the shortest (the round-2 correction made right answers
 *   shorter than the longest distractor, which can turn length into the opposite cue);
 * - dated: the option with a date;
 * - stem-echo: the option that repeats most of the stem's words;
 * - stem-and-hint-echo: the option that repeats most of the words of the stem and its hint (a hint
 *   that names the words setting the key apart, content-round3 Q5);
 * - vague: the option that gives no date, number, name or provenance ("tick everything vague");
 * - unhedged: the option with no hedge (the opposite cue, once every distractor is hedged).
 *
 * For a multiple-choice question the learner ticks every option with the cue (for "longest" and
 * "shortest": every option longer, or shorter, than the question's mean). Over all closed questions
 * of the five articles, in each language, no strategy may score better than picking at random.
 *
 * Scores, computed exactly (no sampling):
 * - single choice: 1 for the reference option; a strategy that leaves t candidates, r of them right,
 *   scores r/t; random scores 1/n. A cue that marks no option, or all of them, is no cue: random.
 * - multiple choice: the share of options judged right (ticked if and only if in the reference).
 *   Random ticks as many options as the strategy, chosen at random: with n options, k in the
 *   reference and m ticked, it scores (m·k/n + (n−m)·(n−k)/n) / n. So a strategy gains nothing by
 *   the number of its ticks, only by which options it ticks.
 *
 * "No better than random": a strategy's total may exceed random's total by at most TOLERANCE per
 * closed question (5 percentage points on average), so that one borderline option among two dozen
 * questions does not fail the run, while a cue that works on a handful of questions does.
 */

const TOLERANCE = 0.05;

type Closed = Extract<Question, { type: "single" | "multiple" }>;
type Strategy = { name: string; marks: (question: Closed, locale: Locale) => string[] };

const byCue = (cue: (label: string, question: Closed, locale: Locale) => boolean) => (question: Closed, locale: Locale) =>
  question.options.filter((option) => cue(option[locale], question, locale)).map((option) => option.key);

/**
 * Single choice: the longest (sign 1) or shortest (sign -1) option. Multiple choice: every option
 * longer (or shorter) than the question's mean length.
 */
function byLength(question: Closed, locale: Locale, sign: 1 | -1): string[] {
  const lengths = question.options.map((option) => sign * labelLength(option[locale]));
  const limit = question.type === "single" ? Math.max(...lengths) : lengths.reduce((sum, length) => sum + length, 0) / lengths.length;
  return question.options.filter((_, at) => (question.type === "single" ? lengths[at]! >= limit : lengths[at]! > limit)).map((option) => option.key);
}

/**
 * The option(s) that repeat most of the words of `cue` (the stem, or the stem and its hint). For
 * a multiple-choice question, every option that repeats at least one of them: a hint that lists
 * the kinds of the right options ("un chiffre, une comparaison…") is ticked through.
 */
function byEcho(question: Closed, locale: Locale, cue: string): string[] {
  const echoes = question.options.map((option) => stemEcho(option[locale], cue));
  const most = Math.max(...echoes);
  if (most === 0) return [];
  return question.options.filter((_, at) => (question.type === "single" ? echoes[at] === most : echoes[at]! > 0)).map((option) => option.key);
}

const STRATEGIES: Strategy[] = [
  { name: "hedged", marks: byCue((label, _, locale) => isHedged(label, locale)) },
  { name: "longest", marks: (question, locale) => byLength(question, locale, 1) },
  { name: "shortest", marks: (question, locale) => byLength(question, locale, -1) },
  { name: "dated", marks: byCue((label, _, locale) => hasDate(label, locale)) },
  { name: "stem-echo", marks: (question, locale) => byEcho(question, locale, question[locale].prompt) },
  { name: "stem-and-hint-echo", marks: (question, locale) => byEcho(question, locale, `${question[locale].prompt} ${question[locale].hint ?? ""}`) },
  { name: "vague", marks: byCue((label, _, locale) => !isSpecific(label, locale)) },
  { name: "unhedged", marks: byCue((label, _, locale) => !isHedged(label, locale)) },
];

/** Expected score of a strategy that marks `marked` on this question, and of random play. */
function expectedScores(question: Closed, marked: readonly string[]): { strategy: number; random: number } {
  const n = question.options.length;
  const right = new Set(question.reference.answer);
  const k = right.size;
  const hits = marked.filter((key) => right.has(key)).length;
  const m = marked.length;
  if (question.type === "single") {
    const random = 1 / n;
    return { strategy: m === 0 || m === n ? random : hits / m, random };
  }
  const strategy = (hits + (n - m - (k - hits))) / n;
  const random = ((m * k) / n + ((n - m) * (n - k)) / n) / n;
  return { strategy, random };
}

type Row = { strategy: string; locale: Locale; questions: number; score: number; random: number; excess: number; limit: number };

function closedQuestions(sets: readonly QuestionSet[]): Closed[] {
  return sets.flatMap((set) => set.questions.filter((question): question is Closed => question.type === "single" || question.type === "multiple"));
}

/** Each strategy's total against random's, per language, over every closed question given. */
function shapeOnlyScores(sets: readonly QuestionSet[]): Row[] {
  const questions = closedQuestions(sets);
  return STRATEGIES.flatMap((strategy) =>
    LOCALES.map((locale) => {
      const totals = questions.map((question) => expectedScores(question, strategy.marks(question, locale)));
      const score = totals.reduce((sum, total) => sum + total.strategy, 0);
      const random = totals.reduce((sum, total) => sum + total.random, 0);
      const round = (value: number) => Math.round(value * 100) / 100;
      return { strategy: strategy.name, locale, questions: questions.length, score: round(score), random: round(random), excess: round(score - random), limit: round(TOLERANCE * questions.length) };
    }),
  );
}

const failing = (rows: readonly Row[]) => rows.filter((row) => row.excess > row.limit);

// ───────────── The test can fail ─────────────

const option = (key: string, fr: string, en: string) => ({ key, fr, en });
const closed = (key: string, type: "single" | "multiple", options: ReturnType<typeof option>[], answer: string[], prompt = "Que montrent les chiffres ?") => ({
  key,
  stage: "figure",
  type,
  options,
  reference: { answer, fr: "Réponse.", en: "Answer." },
  fr: { prompt, teacherNotes: "Notes." },
  en: { prompt: "What do the figures show?", teacherNotes: "Notes." },
});

/** The pattern of the round-2 content: the key alone hedged, dated and long; every distractor absolute. */
const giveaway = questionSetSchema.parse({
  article: "giveaway",
  sets: SETS,
  questions: [1, 2, 3, 4].map((n) =>
    closed(`figure-${n}`, "single", [
      option("confirmed", "Le chiffre est confirmé", "The figure is confirmed"),
      option("key", "Environ 2 030 pour toute la force, chiffre officiel du 10 janvier", "About 2,030 for the whole force, official figure of 10 January"),
      option("never", "Aucun chiffre n'a jamais été donné", "No figure was ever given"),
      option("invented", "Le texte l'a inventé", "The text made it up"),
    ], ["key"]),
  ),
});

/** Options that give nothing away, and a hint that repeats the words of the key alone (content-round3, Q5). */
const hinted = questionSetSchema.parse({
  article: "hinted",
  sets: SETS,
  questions: [1, 2, 3, 4].map((n) => {
    const question = closed(`figure-${n}`, "single", [
      option("moscow", "Vingt mille hommes envoyés par Moscou", "Twenty thousand troops sent by Moscow"),
      option("key", "Deux mille militaires de cinq pays", "Two thousand troops from five countries"),
      option("secret", "Un total resté secret jusqu'ici", "A total kept secret to this day"),
    ], ["key"]);
    return { ...question, fr: { ...question.fr, hint: "Pour quels pays ?" }, en: { ...question.en, hint: "For which countries?" } };
  }),
});

/** The same questions with the cues spread over right and wrong options alike. */
const balanced = questionSetSchema.parse({
  article: "balanced",
  sets: SETS,
  questions: [
    closed("one", "single", [
      option("a", "Environ 2 030 pour toute la force, chiffre officiel du 10 janvier", "About 2,030 for the whole force, official figure of 10 January"),
      option("b", "Environ 20 000 selon Moscou, chiffre officiel du 7 janvier", "About 20,000 according to Moscow, official figure of 7 January"),
    ], ["a"]),
    closed("two", "single", [
      option("a", "Environ 20 000 selon Moscou, chiffre officiel du 7 janvier", "About 20,000 according to Moscow, official figure of 7 January"),
      option("b", "Environ 2 030 pour toute la force, chiffre officiel du 10 janvier", "About 2,030 for the whole force, official figure of 10 January"),
    ], ["a"]),
    closed("three", "single", [
      option("a", "Environ 100, le 6 janvier", "About 100, on 6 January"),
      option("b", "Environ 300, le 9 janvier", "About 300, on 9 January"),
    ], ["b"]),
  ],
});

describe("the shape-only test itself", () => {
  it("scores a single question exactly, ties and all", () => {
    const [question] = closedQuestions([giveaway]);
    expect(expectedScores(question!, ["key"])).toEqual({ strategy: 1, random: 0.25 });
    expect(expectedScores(question!, ["key", "never"])).toEqual({ strategy: 0.5, random: 0.25 });
    expect(expectedScores(question!, [])).toEqual({ strategy: 0.25, random: 0.25 });
  });

  it("scores a multiple question against random play with as many ticks", () => {
    const question = closedQuestions([questionSetSchema.parse({ article: "x", sets: SETS, questions: [
      closed("m", "multiple", ["a", "b", "c", "d"].map((key) => option(key, key, key)), ["a", "b"]),
      closed("n", "single", [option("a", "a", "a"), option("b", "b", "b")], ["a"]),
      closed("o", "single", [option("a", "a", "a"), option("b", "b", "b")], ["a"]),
    ] })])[0]!;
    // Ticking exactly the reference: 4 of 4 right; random with two ticks: 2 right on average.
    expect(expectedScores(question, ["a", "b"])).toEqual({ strategy: 1, random: 0.5 });
    // Ticking everything: 2 of 4 right, and random ticking everything does just as well.
    expect(expectedScores(question, ["a", "b", "c", "d"])).toEqual({ strategy: 0.5, random: 0.5 });
  });

  it("fails on options whose key stands out by its shape", () => {
    const rows = shapeOnlyScores([giveaway]);
    expect(failing(rows).map((row) => `${row.strategy}/${row.locale}`)).toEqual(
      expect.arrayContaining(["hedged/fr", "hedged/en", "longest/fr", "longest/en", "dated/fr", "dated/en"]),
    );
  });

  it("fails on a hint that repeats the words of the key alone", () => {
    expect(failing(shapeOnlyScores([hinted])).map((row) => `${row.strategy}/${row.locale}`)).toEqual(
      expect.arrayContaining(["stem-and-hint-echo/fr", "stem-and-hint-echo/en"]),
    );
  });

  it("passes when the same cues mark right and wrong options alike", () => {
    expect(failing(shapeOnlyScores([balanced]))).toEqual([]);
  });
});

// ───────────── content/questions/ ─────────────

let content: Content;
beforeAll(async () => {
  content = await loadContent(path.resolve(import.meta.dirname, "../../../content"));
});

describe("content/questions/, answered by shape alone", () => {
  it("has closed questions in all five articles", () => {
    expect(content.articles).toHaveLength(5);
    for (const article of content.articles) expect(closedQuestions([content.questionSets[article.slug]!]).length, article.slug).toBeGreaterThan(0);
  });

  it("scores no better than random with any strategy, in either language", () => {
    const rows = shapeOnlyScores(Object.values(content.questionSets));
    console.table(rows);
    expect(failing(rows)).toEqual([]);
  });
});
