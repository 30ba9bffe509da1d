import type { PrismaClient, QuestionType as DbQuestionType } from "@/lib/generated/prisma/client";
import { COMPARISON_EXERCISE_KEY, exerciseKeyForArticle } from "@/lib/exercises/keys";
import { sha256, type Content } from "./load";
import type { QuestionType } from "./schemas";

/**
 * Upserts articles, exercises and questions by stable key, so answers keep pointing at the same
 * rows across content edits. A question dropped from content/ is retired if it has answers (they
 * keep their question) and deleted otherwise. Never touches article text, which stays in content/.
 * Takes the client as a parameter: it runs from scripts as well as from tests.
 */

const DB_TYPE: Record<QuestionType, DbQuestionType> = {
  open: "OPEN",
  single: "SINGLE_CHOICE",
  multiple: "MULTIPLE_CHOICE",
  scale: "SCALE",
  evidence: "EVIDENCE",
  technique: "TECHNIQUE",
  lateral: "LATERAL",
  calibration: "CALIBRATION",
};

export type SyncReport = { articles: number; questions: number; retired: number; deleted: number };

export async function syncContent(prisma: PrismaClient, content: Content): Promise<SyncReport> {
  const report: SyncReport = { articles: 0, questions: 0, retired: 0, deleted: 0 };
  for (const article of content.articles) {
    const questions = content.questionSets[article.slug]?.questions ?? [];
    await prisma.$transaction(async (tx) => {
      const row = await tx.article.upsert({
        where: { slug: article.slug },
        create: { slug: article.slug, position: article.meta.position, title: article.title.fr, contentHash: article.contentHash },
        update: { position: article.meta.position, title: article.title.fr, contentHash: article.contentHash },
      });
      const key = exerciseKeyForArticle(article.slug);
      const exercise = await tx.exercise.upsert({
        where: { key },
        create: { key, kind: "ARTICLE", articleId: row.id },
        update: { articleId: row.id },
      });
      for (const [index, question] of questions.entries()) {
        const data = { position: index + 1, type: DB_TYPE[question.type], contentHash: sha256(JSON.stringify(question)), retiredAt: null };
        await tx.question.upsert({
          where: { exerciseId_key: { exerciseId: exercise.id, key: question.key } },
          create: { exerciseId: exercise.id, key: question.key, ...data },
          update: data,
        });
      }
      const keep = questions.map((question) => question.key);
      const gone = await tx.question.findMany({
        where: { exerciseId: exercise.id, key: { notIn: keep } },
        select: { id: true, retiredAt: true, _count: { select: { answers: true } } },
      });
      const answered = gone.filter((question) => question._count.answers > 0);
      const unanswered = gone.filter((question) => question._count.answers === 0);
      const newlyRetired = answered.filter((question) => question.retiredAt === null).map((question) => question.id);
      await tx.question.updateMany({ where: { id: { in: newlyRetired } }, data: { retiredAt: new Date() } });
      await tx.question.deleteMany({ where: { id: { in: unanswered.map((question) => question.id) } } });
      report.articles += 1;
      report.questions += questions.length;
      report.retired += newlyRetired.length;
      report.deleted += unanswered.length;
    });
  }
  await prisma.$transaction(async (tx) => {
    const exercise = await tx.exercise.upsert({
      where: { key: COMPARISON_EXERCISE_KEY },
      create: { key: COMPARISON_EXERCISE_KEY, kind: "COMPARISON" },
      update: {},
    });
    const question = content.comparison.exercise;
    const data = { position: 1, type: "MATRIX" as const, contentHash: sha256(JSON.stringify([question, content.comparison.narratives])), retiredAt: null };
    await tx.question.upsert({
      where: { exerciseId_key: { exerciseId: exercise.id, key: question.key } },
      create: { exerciseId: exercise.id, key: question.key, ...data },
      update: data,
    });
  });
  return report;
}
