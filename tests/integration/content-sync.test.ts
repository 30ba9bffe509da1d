import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { migrate } from "@/scripts/lib/database";
import { createPrisma } from "@/scripts/lib/prisma";
import { freshDatabase } from "../support/databases";

/** content/ → database by stable keys; questions with answers are retired, never deleted. */
describe("syncContent", () => {
  it("creates every article, exercise and question, and a second run changes nothing", async () => {
    const url = await freshDatabase("sync");
    await migrate(url);
    const prisma = createPrisma(url);
    try {
      const content = await loadContent();
      const first = await syncContent(prisma, content);
      const expectedQuestions = Object.values(content.questionSets).reduce((sum, set) => sum + set.questions.length, 0);
      expect(first).toEqual({ articles: content.articles.length, questions: expectedQuestions, retired: 0, deleted: 0 });
      // One more: the comparison exercise's matrix question.
      expect(await prisma.question.count()).toBe(expectedQuestions + 1);
      const ids = (await prisma.question.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((row) => row.id);

      await syncContent(prisma, content);
      const again = (await prisma.question.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((row) => row.id);
      expect(again).toEqual(ids);
    } finally {
      await prisma.$disconnect();
    }
  });

  it("retires a removed question that has answers and deletes one that has none", async () => {
    const url = await freshDatabase("sync");
    await migrate(url);
    const prisma = createPrisma(url);
    try {
      const content = await loadContent();
      await syncContent(prisma, content);
      const slug = content.articles[0]!.slug;
      const [answered, unanswered] = content.questionSets[slug]!.questions;
      const answeredRow = await prisma.question.findFirstOrThrow({ where: { key: answered!.key, exercise: { key: `article:${slug}` } } });
      await prisma.user.create({ data: { id: "u1", name: "u", email: "u1@guest.invalid" } });
      const attempt = await prisma.attempt.create({ data: { userId: "u1", exerciseId: answeredRow.exerciseId, scope: "self", number: 1 } });
      await prisma.answer.create({
        data: { attemptId: attempt.id, questionId: answeredRow.id, value: { text: "x" }, revision: 1, lastSaveId: "s", questionHash: "h" },
      });

      const trimmed = {
        ...content,
        questionSets: {
          ...content.questionSets,
          [slug]: { ...content.questionSets[slug]!, questions: content.questionSets[slug]!.questions.slice(2) },
        },
      };
      expect(await syncContent(prisma, trimmed)).toMatchObject({ retired: 1, deleted: 1 });
      expect(await prisma.question.findUnique({ where: { id: answeredRow.id } })).toMatchObject({ retiredAt: expect.any(Date) });
      expect(await prisma.question.count({ where: { key: unanswered!.key, exercise: { key: `article:${slug}` } } })).toBe(0);

      await syncContent(prisma, content);
      expect(await prisma.question.findUnique({ where: { id: answeredRow.id } })).toMatchObject({ retiredAt: null });
    } finally {
      await prisma.$disconnect();
    }
  });
});
