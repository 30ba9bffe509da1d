import { randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import * as answersRoute from "@/app/api/answers/route";
import * as assignmentExportRoute from "@/app/api/teach/assignments/[assignmentId]/export/route";
import { saveAnswer } from "@/lib/answers/mutations";
import { claimsById } from "@/lib/claims/outcome";
import { getContent, type Content } from "@/lib/content";
import type { Question } from "@/lib/content/schemas";
import { db } from "@/lib/db";
import { parseCsv } from "@/lib/export/csv";
import { exerciseKeyForArticle } from "@/lib/exercises/keys";
import { answeredSql } from "@/lib/question-types/registry";
import { buildResults } from "@/lib/results/results";
import { brierScore, type Estimate } from "@/lib/scoring/calibration";
import { createAssignment, createClassWithStudents, createLearner, newSaveId } from "../support/factories";
import { callRoute } from "../support/routes";
import { sessionCookie } from "../support/sessions";

/**
 * The calibration question through the real save path: stored as sent, counted as answered by the
 * same rule in SQL, refused with a message in the learner's language when it breaks a rule, and
 * exported so that a learner's Brier score can be recomputed from the CSV alone.
 */

let content: Content;
let slug: string;
let question: Extract<Question, { type: "calibration" }>;

beforeAll(async () => {
  content = await getContent();
  slug = content.articles[0]!.slug;
  question = content.questionSets[slug]!.questions.find((candidate) => candidate.type === "calibration") as typeof question;
});

const claimWith = (supported: 0 | 1 | null) => question.claims.find((claim) => claimsById(content).get(claim)!.outcome === supported)!;

async function post(value: unknown, language: "fr" | "en") {
  const response = await callRoute(answersRoute, "http://school.test:3000/api/answers", {
    method: "POST",
    headers: {
      host: "school.test:3000",
      "x-forwarded-for": `198.51.100.${randomInt(1, 255)}`,
      "x-forwarded-proto": "http",
      "accept-language": language,
      "content-type": "application/json",
    },
    body: JSON.stringify({ article: slug, question: question.key, value, baseRevision: 0, saveId: newSaveId() }),
  });
  return { status: response.status, body: (await response.json()) as { ok: boolean; code?: string; message?: string } };
}

describe("calibration answers", () => {
  it("covers every claim card of its article when it lists none", () => {
    expect(question.claims).toEqual(content.claims[slug]!.claims.map((claim) => claim.id));
  });

  it("saves through the answer path and counts as answered once one estimate before reading is given, in SQL too", async () => {
    const learner = await createLearner();
    const value = { estimates: { [question.claims[0]!]: { before: 70, after: 90 }, [question.claims[1]!]: { before: 20, after: null } } };
    const saved = await saveAnswer({ article: slug, question: question.key, value, baseRevision: 0, saveId: newSaveId() }, async () => learner);
    const row = await db().answer.findFirstOrThrow({ where: { attemptId: saved.attemptId } });
    expect(row.value).toEqual(value);
    const answered = async (v: unknown) =>
      (await db().$queryRawUnsafe<Array<{ answered: boolean }>>(`SELECT ${answeredSql("v")} AS answered FROM (SELECT $1::jsonb AS v) x`, JSON.stringify(v)))[0]!
        .answered;
    expect(await answered(value)).toBe(true);
    expect(await answered({ estimates: {} })).toBe(false);
    expect(await answered({ estimates: { [question.claims[0]!]: { before: 0, after: null } } })).toBe(true);
  });

  it.each([
    {
      name: "an estimate after reading with none before",
      value: () => ({ estimates: { [question.claims[0]!]: { before: null, after: 40 } } }),
      code: "ESTIMATE_BEFORE_FIRST",
      fr: "Donnez d'abord votre estimation",
      en: "Give your estimate before reading",
    },
    {
      name: "a claim the question does not cover",
      value: () => ({ estimates: { "not-a-claim": { before: 50, after: null } } }),
      code: "INVALID_INPUT",
      fr: "La réponse envoyée n'est pas valide",
      en: "The answer sent is not valid",
    },
    {
      name: "a probability over 100",
      value: () => ({ estimates: { [question.claims[0]!]: { before: 150, after: null } } }),
      code: "INVALID_INPUT",
      fr: "La réponse envoyée n'est pas valide",
      en: "The answer sent is not valid",
    },
    {
      name: "a fraction of a percent",
      value: () => ({ estimates: { [question.claims[0]!]: { before: 12.5, after: null } } }),
      code: "WRONG_TYPE",
      fr: "ne correspond pas au type",
      en: "does not match the question's type",
    },
  ])("refuses $name with a message in the learner's language, storing nothing", async ({ value, code, fr, en }) => {
    const before = await db().answer.count();
    for (const [language, words] of [
      ["fr", fr],
      ["en", en],
    ] as const) {
      const { status, body } = await post(value(), language);
      expect(status).toBe(422);
      expect(body).toMatchObject({ ok: false, code, message: expect.stringContaining(words) });
    }
    expect(await db().answer.count()).toBe(before);
  });

  it("exports one line per claim with the record's verdict, from which the learner's Brier scores are recomputed", async () => {
    const cls = await createClassWithStudents({ names: ["Inès", "Paul"] });
    const assignmentId = await createAssignment(cls, { exerciseKey: exerciseKeyForArticle(slug) });
    const [supported, unsupported, unscored] = [claimWith(1), claimWith(0), claimWith(null)];
    const value = { estimates: { [supported]: { before: 30, after: 90 }, [unsupported]: { before: 80, after: 10 }, [unscored]: { before: 60, after: 50 } } };
    await saveAnswer({ article: slug, question: question.key, assignmentId, value, baseRevision: 0, saveId: newSaveId() }, async () => cls.students[0]!);

    const url = `http://school.test:3000/api/teach/assignments/${assignmentId}/export?locale=en`;
    const response = await callRoute(
      assignmentExportRoute,
      url,
      { headers: { host: "school.test:3000", cookie: await sessionCookie(cls.teacher) } },
      { assignmentId },
    );
    const rows = parseCsv(new TextDecoder().decode(await response.arrayBuffer()), "comma").slice(1);
    const cell = rows.find((row) => row[2] === "Inès" && row[3] === question.key)![5]!;
    expect(cell.split("\n")).toHaveLength(3);

    // Read back as a spreadsheet user would: "<claim>: before 30%, after 90%, the record supports the claim: 1 (yes)".
    const line = /^(.+): before (–|\d+)%?, after (–|\d+)%?, the record supports the claim: (1|0|not scored)/;
    const fromCsv: Estimate[] = cell.split("\n").map((text) => {
      const [, claim, before, after, outcome] = line.exec(text)!;
      const number = (figure: string) => (figure === "–" ? null : Number(figure));
      return { claim: claim!, before: number(before!), after: number(after!), outcome: outcome === "not scored" ? null : (Number(outcome) as 0 | 1) };
    });
    // By hand: (0.3 − 1)² = 0.49 and (0.8 − 0)² = 0.64 before; (0.9 − 1)² = 0.01 and 0.1² = 0.01 after.
    expect(brierScore(fromCsv, "before")).toEqual({ score: expect.closeTo((0.49 + 0.64) / 2, 10), count: 2 });
    expect(brierScore(fromCsv, "after")).toEqual({ score: expect.closeTo(0.01, 10), count: 2 });
    // The same figures the learner's results show.
    const article = content.articles.find((candidate) => candidate.slug === slug)!;
    const results = buildResults({ answers: { [question.key]: { value } } }, article, content);
    expect(results.calibration?.report.brier).toEqual({ before: brierScore(fromCsv, "before"), after: brierScore(fromCsv, "after") });
  });
});
