import { beforeAll, describe, expect, it } from "vitest";
import { saveAnswer } from "@/lib/answers/mutations";
import { decideSave, updatesStoredSql, type IncomingSave, type StoredRevision } from "@/lib/answers/revision";
import type { SaveAnswerInput } from "@/lib/answers/schemas";
import { getContent } from "@/lib/content";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
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

describe("the revision rule in SQL", () => {
  // What the one-statement saves (answers and feedback drafts) write must be decideSave's "update", and nothing else.
  it.each<{ stored: NonNullable<StoredRevision>; incoming: IncomingSave }>([
    { stored: { revision: 3, lastSaveId: "x" }, incoming: { baseRevision: 3, saveId: "y" } },
    { stored: { revision: 4, lastSaveId: "y" }, incoming: { baseRevision: 3, saveId: "y" } },
    { stored: { revision: 3, lastSaveId: "y" }, incoming: { baseRevision: 3, saveId: "y" } },
    { stored: { revision: 4, lastSaveId: "x" }, incoming: { baseRevision: 3, saveId: "z" } },
    { stored: { revision: 2, lastSaveId: "x" }, incoming: { baseRevision: 5, saveId: "z" } },
    { stored: { revision: 0, lastSaveId: null }, incoming: { baseRevision: 0, saveId: "z" } },
  ])("updates exactly when decideSave says update: %j", async ({ stored, incoming }) => {
    for (const table of ["Answer", "Feedback"] as const) {
      const [row] = await db().$queryRaw<Array<{ updates: boolean }>>`
        SELECT ${updatesStoredSql(table, incoming)} AS "updates"
          FROM (SELECT ${stored.revision}::int AS "revision", ${stored.lastSaveId}::text AS "lastSaveId") AS ${Prisma.raw(`"${table}"`)}`;
      expect(row!.updates, table).toBe(decideSave(stored, incoming) === "update");
    }
  });
});
