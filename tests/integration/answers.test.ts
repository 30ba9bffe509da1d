import { beforeAll, describe, expect, it } from "vitest";
import { saveAnswer } from "@/lib/answers/mutations";
import type { SaveAnswerInput } from "@/lib/answers/schemas";
import type { Viewer } from "@/lib/auth/viewer";
import { getContent } from "@/lib/content";
import { db } from "@/lib/db";
import { createLearner, newSaveId } from "../support/factories";
import { codeOf } from "../support/errors";

/** Save semantics against the real database: revisions, retries, races, ownership, limits. */

let article: string;
let question: string;
let maxLength: number;

beforeAll(async () => {
  const content = await getContent();
  const first = content.articles[0]!;
  const open = content.questionSets[first.slug]!.questions.find((candidate) => candidate.type === "open")!;
  article = first.slug;
  question = open.key;
  maxLength = open.type === "open" ? open.maxLength : 0;
});

const input = (overrides: Partial<SaveAnswerInput>): SaveAnswerInput => ({
  article,
  question,
  value: { text: "réponse" },
  baseRevision: 0,
  saveId: newSaveId(),
  ...overrides,
});

const save = (viewer: Viewer, overrides: Partial<SaveAnswerInput>) => saveAnswer(input(overrides), async () => viewer);

describe("saveAnswer", () => {
  it("opens an attempt on the first save and stores revision 1", async () => {
    const learner = await createLearner();
    const saved = await save(learner, { value: { text: "première" } });
    expect(saved).toMatchObject({ revision: 1, duplicate: false });
    const row = await db().answer.findFirstOrThrow({ where: { attemptId: saved.attemptId }, include: { attempt: true } });
    expect(row).toMatchObject({ value: { text: "première" }, revision: 1 });
    expect(row.attempt).toMatchObject({ userId: learner.id, status: "IN_PROGRESS", number: 1, scope: "self" });
  });

  it("keeps the newest revision and refuses a stale one, returning the newer text", async () => {
    const learner = await createLearner();
    const first = await save(learner, { value: { text: "v1" } });
    await save(learner, { attemptId: first.attemptId, value: { text: "v2" }, baseRevision: 1 });
    const stale = save(learner, { attemptId: first.attemptId, value: { text: "from an old tab" }, baseRevision: 1 });
    await expect(stale).rejects.toMatchObject({ code: "STALE_REVISION", details: { current: { value: { text: "v2" }, revision: 2 } } });
    const row = await db().answer.findFirstOrThrow({ where: { attemptId: first.attemptId } });
    expect(row).toMatchObject({ value: { text: "v2" }, revision: 2 });
  });

  it("applies a retried request once", async () => {
    const learner = await createLearner();
    const saveId = newSaveId();
    const first = await save(learner, { saveId, value: { text: "une fois" } });
    const again = await save(learner, { saveId, attemptId: first.attemptId, value: { text: "une fois" } });
    expect(again).toMatchObject({ revision: 1, duplicate: true, attemptId: first.attemptId });
    expect(await db().answer.count({ where: { attemptId: first.attemptId } })).toBe(1);
  });

  it("lets exactly one of many concurrent saves on the same revision win", async () => {
    const learner = await createLearner();
    const first = await save(learner, { value: { text: "base" } });
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, (_, index) => codeOf(save(learner, { attemptId: first.attemptId, baseRevision: 1, value: { text: `tab ${index}` } }))),
    );
    expect(outcomes.filter((outcome) => outcome === "ok")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === "STALE_REVISION")).toHaveLength(7);
    expect((await db().answer.findFirstOrThrow({ where: { attemptId: first.attemptId } })).revision).toBe(2);
  });

  it("opens a single attempt when first saves race", async () => {
    const learner = await createLearner();
    const saves = await Promise.all(Array.from({ length: 5 }, () => save(learner, { value: { text: "x" } }).catch(() => null)));
    const attempts = new Set(saves.flatMap((saved) => (saved ? [saved.attemptId] : [])));
    expect(attempts.size).toBe(1);
    expect(await db().attempt.count({ where: { userId: learner.id } })).toBe(1);
  });

  it("refuses saves into a submitted attempt", async () => {
    const learner = await createLearner();
    const first = await save(learner, {});
    await db().attempt.update({ where: { id: first.attemptId }, data: { status: "SUBMITTED", submittedAt: new Date() } });
    expect(await codeOf(save(learner, { attemptId: first.attemptId, baseRevision: 1 }))).toBe("ATTEMPT_SUBMITTED");
  });

  it("treats another learner's attempt as not found", async () => {
    const owner = await createLearner();
    const intruder = await createLearner();
    const first = await save(owner, {});
    expect(await codeOf(save(intruder, { attemptId: first.attemptId, baseRevision: 1 }))).toBe("ATTEMPT_NOT_FOUND");
  });

  it.each([
    { name: "unknown article", overrides: { article: "nope" }, code: "UNKNOWN_ARTICLE" },
    { name: "unknown question", overrides: { question: "nope" }, code: "UNKNOWN_QUESTION" },
    { name: "wrong value shape", overrides: { value: { choices: ["a"] } }, code: "WRONG_TYPE" },
  ])("refuses an $name without creating anything", async ({ overrides, code }) => {
    let asked = false;
    const result = await codeOf(saveAnswer(input(overrides), async () => ((asked = true), createLearner())));
    expect(result).toBe(code);
    expect(asked).toBe(false);
  });

  it("refuses a text over the question's limit and says what the limit is", async () => {
    const learner = await createLearner();
    await expect(save(learner, { value: { text: "x".repeat(maxLength + 1) } })).rejects.toMatchObject({ code: "TOO_LONG", details: { max: maxLength } });
  });
});
