import { beforeAll, describe, expect, it } from "vitest";
import { saveAnswer } from "@/lib/answers/mutations";
import type { SaveAnswerInput } from "@/lib/answers/schemas";
import { getContent } from "@/lib/content";
import { db } from "@/lib/db";
import { createLearner, newSaveId } from "../support/factories";
import { recordStatements } from "../support/sql-statements";

/**
 * The autosave hot path: a save into an attempt already open is one SQL statement (the revision
 * check and the write together), against the real database. The statements are counted, not replaced.
 */

let base: Pick<SaveAnswerInput, "article" | "question">;

beforeAll(async () => {
  const first = (await getContent()).articles[0]!;
  base = { article: first.slug, question: (await getContent()).questionSets[first.slug]!.questions.find((q) => q.type === "open")!.key };
});

describe("a save into an open attempt", () => {
  it("is one statement, and stores the new revision", async () => {
    const learner = await createLearner();
    const first = await saveAnswer({ ...base, value: { text: "v1" }, baseRevision: 0, saveId: newSaveId() }, async () => learner);

    const { result: saved, statements } = await recordStatements(() =>
      saveAnswer({ ...base, attemptId: first.attemptId, value: { text: "v2" }, baseRevision: 1, saveId: newSaveId() }, async () => learner),
    );

    expect(saved).toMatchObject({ attemptId: first.attemptId, revision: 2, duplicate: false });
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/^\s*WITH target AS/);
    const row = await db().answer.findFirstOrThrow({ where: { attemptId: first.attemptId } });
    expect(row).toMatchObject({ value: { text: "v2" }, revision: 2 });
    expect(row.updatedAt.toISOString()).toBe(saved.savedAt);
  });

  it("writes nothing into another learner's attempt, and says it is not found", async () => {
    const [owner, stranger] = await Promise.all([createLearner(), createLearner()]);
    const first = await saveAnswer({ ...base, value: { text: "à moi" }, baseRevision: 0, saveId: newSaveId() }, async () => owner);
    await expect(
      saveAnswer({ ...base, attemptId: first.attemptId, value: { text: "intrus" }, baseRevision: 1, saveId: newSaveId() }, async () => stranger),
    ).rejects.toMatchObject({ code: "ATTEMPT_NOT_FOUND" });
    expect(await db().answer.findFirstOrThrow({ where: { attemptId: first.attemptId } })).toMatchObject({ value: { text: "à moi" }, revision: 1 });
  });
});
