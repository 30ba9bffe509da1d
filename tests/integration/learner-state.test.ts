import { beforeAll, describe, expect, it } from "vitest";
import { saveAnswer } from "@/lib/answers/mutations";
import { submitAttempt } from "@/lib/attempts/mutations";
import { getLearnerState } from "@/lib/attempts/queries";
import { getContent } from "@/lib/content";
import { exerciseKeyForArticle } from "@/lib/exercises/keys";
import { createLearner, newSaveId } from "../support/factories";
import { recordStatements } from "../support/sql-statements";

/** What the static reader fetches: the viewer's own attempt and answers, in one query, and no one else's. */

let slug: string;
let keys: string[];

beforeAll(async () => {
  const article = (await getContent()).articles[1]!;
  slug = article.slug;
  keys = (await getContent()).questionSets[slug]!.questions.filter((q) => q.type === "open").map((q) => q.key);
});

const save = (viewer: Awaited<ReturnType<typeof createLearner>>, question: string, text: string, attemptId?: string) =>
  saveAnswer({ article: slug, question, value: { text }, baseRevision: 0, saveId: newSaveId(), ...(attemptId ? { attemptId } : {}) }, async () => viewer);

describe("getLearnerState", () => {
  it("returns the attempt in progress with its answers, in one query", async () => {
    const learner = await createLearner();
    const first = await save(learner, keys[0]!, "un");
    await save(learner, keys[1]!, "deux", first.attemptId);
    const { result: state, statements } = await recordStatements(() => getLearnerState(learner, exerciseKeyForArticle(slug)));
    expect(statements).toHaveLength(1);
    expect(state.lastSubmitted).toBeNull();
    expect(state.attempt?.id).toBe(first.attemptId);
    expect(state.attempt?.answers[keys[0]!]).toMatchObject({ value: { text: "un" }, revision: 1 });
    expect(state.attempt?.answers[keys[1]!]).toMatchObject({ value: { text: "deux" }, revision: 1 });
  });

  it("after a submit, has no attempt in progress and names the submitted one", async () => {
    const learner = await createLearner();
    const first = await save(learner, keys[0]!, "rendu");
    await submitAttempt(learner, first.attemptId);
    const state = await getLearnerState(learner, exerciseKeyForArticle(slug));
    expect(state.attempt).toBeNull();
    expect(state.lastSubmitted).toMatchObject({ id: first.attemptId, number: 1 });
    expect(state.lastSubmitted?.submittedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("shows another learner nothing", async () => {
    const [owner, stranger] = await Promise.all([createLearner(), createLearner()]);
    await save(owner, keys[0]!, "à moi");
    expect(await getLearnerState(stranger, exerciseKeyForArticle(slug))).toEqual({ attempt: null, lastSubmitted: null });
  });
});
