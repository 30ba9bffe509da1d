import { randomBytes } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type pg from "pg";
import type { Article, Content } from "@/lib/content/load";
import { locatePassage } from "@/lib/content/passages";
import type { Question } from "@/lib/content/schemas";
import { exerciseKeyForArticle } from "@/lib/exercises/keys";

/**
 * A teacher with a class whose students have all answered, written in a few bulk statements
 * (generate_series and one insert per table), for the benchmark and for tests that need a full
 * class: 35 students × 5 articles in well under a second, 100,000 answers in a few seconds. Every
 * value is one the app itself would have saved (choices from the question, passages at their real
 * offsets), varied from student to student so that charts and exports have something to show.
 */

export type BenchClass = {
  teacher: { id: string; email: string; password: string };
  classId: string;
  assignmentIds: string[];
  students: number;
  answers: number;
};

const OPEN_TEXTS = [
  "L'article cite « des sources » sans les nommer ; je me demande qui parle vraiment.",
  "Le titre promet plus que le texte : les chiffres viennent d'une seule source, officielle.",
  '=SOMME(A1) — réponse qui commence comme une formule, virgule, "guillemets" et retour\nà la ligne.',
  "Je ne sais pas.",
];

type Passage = { block: string; start: number; end: number; quote: string };

/** Passages of the article a student could have highlighted: the reference annotation's spans, with their technique. */
function annotatedPassages(article: Article, content: Content): Array<Passage & { technique: string }> {
  return (content.annotations[article.slug]?.spans ?? []).flatMap((span) => {
    const located = locatePassage(article.blocks, span);
    return located ? [{ block: span.block, start: located.start, end: located.end, quote: span.quote, technique: span.technique }] : [];
  });
}

/** A few values per question, as the reader saves them; student n gets variant n mod their number. */
export function answerVariants(question: Question, article: Article, content: Content): unknown[] {
  const passages = annotatedPassages(article, content);
  const slices = [passages.slice(0, 3), passages.slice(1, 5), passages.slice(0, 1), []].filter((slice, index) => index === 3 || slice.length > 0);
  switch (question.type) {
    case "open":
      return OPEN_TEXTS.map((text) => ({ text: text.slice(0, question.maxLength) }));
    case "single":
      return question.options.map((option) => ({ choice: option.key }));
    case "multiple":
      return [[0], [0, 1], [1]].map((keys) => ({ choices: keys.flatMap((index) => question.options[index]?.key ?? []) }));
    case "scale":
      return Array.from({ length: question.max - question.min + 1 }, (_, index) => ({ value: question.min + index }));
    case "evidence":
      return slices.map((slice) => ({
        highlights: slice.slice(0, question.maxHighlights).map(({ block, start, end, quote }) => ({ block, start, end, quote })),
      }));
    case "technique":
      return slices.map((slice) => ({ tags: slice.slice(0, question.maxTags) }));
    case "lateral":
      return OPEN_TEXTS.map((text, index) => ({
        trail: [
          {
            url: `https://fr.wikipedia.org/wiki/${encodeURIComponent(question.search)}`,
            says: text.slice(0, 200),
            trust: 3,
            why: "",
            at: "2026-01-05T09:01:00.000Z",
          },
        ].slice(0, index % 2),
        verdict: text.slice(0, 300),
        startedAt: "2026-01-05T09:00:00.000Z",
        verdictAt: "2026-01-05T09:05:00.000Z",
        offline: false,
      }));
    case "calibration":
      return [20, 50, 80].map((before, index) => ({
        estimates: Object.fromEntries(
          question.claims.map((claim, at) => [claim, { before: (before + at * 10) % 110, after: index === 2 ? null : 100 - before }]),
        ),
      }));
  }
}

/**
 * Seeds one class: `students` students, one assignment per article among the first `articles`,
 * every question of each answered. The database must hold content already (npm run content:load).
 */
export async function seedBenchClass(db: pg.Pool | pg.Client, content: Content, options: { students: number; articles: number }): Promise<BenchClass> {
  const tag = randomBytes(5).toString("hex");
  const teacher = { id: `bench-teacher-${tag}`, email: `bench-${tag}@example.org`, password: `bench-${tag}-password` };
  const classId = `bench-class-${tag}`;
  await db.query(
    `WITH t AS (INSERT INTO "User" ("id", "name", "email", "role", "emailVerified", "updatedAt") VALUES ($1, 'Enseignante banc', $2, 'TEACHER', true, now()) RETURNING "id")
     INSERT INTO "Account" ("id", "accountId", "providerId", "userId", "password", "updatedAt") SELECT $1 || '-account', $1, 'credential', "id", $3, now() FROM t`,
    [teacher.id, teacher.email, await hashPassword(teacher.password)],
  );
  await db.query(`INSERT INTO "Class" ("id", "name", "joinCode", "teacherId", "updatedAt") VALUES ($1, $2, $3, $4, now())`, [
    classId,
    `Classe banc ${tag}`,
    tag.toUpperCase().slice(0, 8),
    teacher.id,
  ]);
  // Students joined one after another (createdAt), which fixes their pseudonym numbers.
  await db.query(
    `WITH s AS (SELECT n, $1 || '-s' || n AS "id", 'Élève accentué·e ' || n AS "name" FROM generate_series(1, $2::int) n),
          u AS (INSERT INTO "User" ("id", "name", "email", "updatedAt") SELECT "id", "name", "id" || '@students.invalid', now() FROM s)
     INSERT INTO "Enrolment" ("id", "classId", "userId", "name", "nameKey", "createdAt")
     SELECT "id" || '-e', $1, "id", "name", lower("name"), now() - make_interval(secs => ($2 - n)::double precision) FROM s`,
    [classId, options.students],
  );
  const articles = content.articles.slice(0, options.articles);
  const { rows: assignments } = await db.query<{ id: string }>(
    `INSERT INTO "Assignment" ("id", "classId", "exerciseId", "revealPolicy", "updatedAt", "createdAt")
     SELECT $1 || '-a' || k.ord, $1, e."id", 'AFTER_RELEASE', now(), now() + make_interval(secs => k.ord::double precision)
       FROM unnest($2::text[]) WITH ORDINALITY AS k("key", ord) JOIN "Exercise" e ON e."key" = k."key"
     RETURNING "id"`,
    [classId, articles.map((article) => exerciseKeyForArticle(article.slug))],
  );
  await db.query(
    `INSERT INTO "Attempt" ("id", "userId", "exerciseId", "assignmentId", "scope", "number", "status", "startedAt", "submittedAt", "updatedAt")
     SELECT asg."id" || '-' || en."userId", en."userId", asg."exerciseId", asg."id", asg."id", 1, 'SUBMITTED', now() - interval '1 hour', now(), now()
       FROM "Assignment" asg JOIN "Enrolment" en ON en."classId" = asg."classId" WHERE asg."classId" = $1`,
    [classId],
  );
  const specs = articles.flatMap((article) =>
    (content.questionSets[article.slug]?.questions ?? []).map((question) => ({
      exercise: exerciseKeyForArticle(article.slug),
      key: question.key,
      variants: answerVariants(question, article, content),
    })),
  );
  // Variant by the student's number (the digits after "-s"), so neighbours answer differently.
  const { rowCount } = await db.query(
    `INSERT INTO "Answer" ("id", "attemptId", "questionId", "value", "revision", "lastSaveId", "questionHash", "updatedAt")
     SELECT at."id" || '-' || q."key", at."id", q."id",
            spec->'variants'->(substring(at."userId" from '-s([0-9]+)$')::int % jsonb_array_length(spec->'variants')), 1, 'bench', q."contentHash", now()
       FROM "Attempt" at
       JOIN "Assignment" asg ON asg."id" = at."assignmentId"
       JOIN "Exercise" e ON e."id" = asg."exerciseId"
       JOIN jsonb_array_elements($2::jsonb) spec ON spec->>'exercise' = e."key"
       JOIN "Question" q ON q."exerciseId" = e."id" AND q."key" = spec->>'key'
      WHERE asg."classId" = $1`,
    [classId, JSON.stringify(specs)],
  );
  return { teacher, classId, assignmentIds: assignments.map((row) => row.id), students: options.students, answers: rowCount ?? 0 };
}

/** How many students one article assignment needs to hold `answers` answers. */
export const studentsFor = (answers: number, content: Content, articleIndex = 0): number =>
  Math.ceil(answers / (content.questionSets[content.articles[articleIndex]!.slug]?.questions.length ?? 1));
