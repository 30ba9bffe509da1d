import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent, type Article, type Content } from "@/lib/content/load";
import type { Question } from "@/lib/content/schemas";
import { answerText, type AnswerWords } from "@/lib/export/answer-text";
import { answeredSql, emptyValue, isAnswered } from "@/lib/question-types/registry";
import { answerView, checkAnswerValue } from "@/lib/question-types/values";
import { buildResults } from "@/lib/results/results";
import { buildClassCharts } from "@/lib/review/charts";
import { pickType, type PickQuestion } from "../../support/fake-question-type";

/**
 * Adding a question type is its module plus its editor: a type registered in this test only goes
 * through the save check, "answered" (in TypeScript and SQL), results, the class charts and the
 * CSV export with no edit to any of them.
 */

const root = path.resolve(import.meta.dirname, "../../..");
const pick: PickQuestion = { type: "pick", key: "sum-up", maxPicks: 2 };

let content: Content;
let article: Article;
let block: { id: string; text: string };
let picked: { block: string; start: number; end: number; quote: string };

beforeAll(async () => {
  const loaded = await loadContent(path.join(root, "content"));
  article = loaded.articles[0]!;
  block = article.blocks.find((candidate) => candidate.id === "p1")!;
  picked = { block: block.id, start: 0, end: 12, quote: block.text.slice(0, 12) };
  // The fake question joins the article's set, as content/ would add it.
  const set = loaded.questionSets[article.slug]!;
  content = { ...loaded, questionSets: { ...loaded.questionSets, [article.slug]: { ...set, questions: [...set.questions, pick as unknown as Question] } } };
});

describe("a question type registered at run time", () => {
  it("has its empty value, a fresh copy each time", () => {
    const empty = emptyValue(pick);
    expect(empty).toEqual({ picks: [] });
    expect(empty).not.toBe(pickType.empty);
  });

  it("is checked by its own rules on save", () => {
    const blocks = new Map([[block.id, block.text]]);
    expect(checkAnswerValue(pick, { picks: [picked] }, { blocks })).toEqual({ ok: true, value: { picks: [picked] } });
    expect(checkAnswerValue(pick, { picks: [picked, picked, picked] }, { blocks })).toEqual({ ok: false, code: "TOO_MANY_PASSAGES", max: 2 });
    expect(checkAnswerValue(pick, { picks: [{ ...picked, quote: "not these words" }] }, { blocks })).toEqual({ ok: false, code: "INVALID_INPUT" });
    expect(checkAnswerValue(pick, { text: "a" })).toEqual({ ok: false, code: "WRONG_TYPE" });
  });

  it("counts as answered by its rule, in TypeScript and in SQL, without changing the others", () => {
    expect(isAnswered({ picks: [] })).toBe(false);
    expect(isAnswered({ picks: [picked] })).toBe(true);
    expect(isAnswered({ text: "oui" })).toBe(true);
    expect(answeredSql("v")).toContain(`WHEN v ? 'picks' THEN jsonb_array_length(v->'picks') > 0`);
  });

  it("reads as passages, so the CSV export shows its words", () => {
    expect(answerView(pick, { picks: [picked] })).toEqual({ as: "passages", passages: [picked] });
    const words: AnswerWords = { locale: "fr", other: "Autre", techniques: new Map(), articles: new Map(), narratives: new Map(), estimate: () => "" };
    expect(answerText(pick, { picks: [picked] }, words)).toBe(`§1 «\u00A0${picked.quote}\u00A0»`);
  });

  it("counts in a learner's results", () => {
    const results = buildResults({ answers: { [pick.key]: { value: { picks: [picked] } } } }, article, content);
    expect(results.questions.find((result) => result.question.key === pick.key)).toMatchObject({ answered: true, correct: undefined });
    expect(results.answered).toBe(1);
  });

  it("shows on the class's heat map of passages", () => {
    const students = [{ id: "s1", name: "A", number: 1, answers: { [pick.key]: { value: { picks: [picked] } } } }];
    const charts = buildClassCharts(article, content, { questionKeys: [] }, students, "fr", "Autre");
    const heat = charts.heat.blocks.find((candidate) => candidate.id === block.id)!;
    expect(heat.segments[0]).toEqual({ text: picked.quote, count: 1 });
    expect(charts.heat.max).toBe(1);
  });
});
