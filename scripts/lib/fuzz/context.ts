import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";
import type { Content } from "@/lib/content/load";
import { seedBenchClass } from "../bench-class";
import { signInCookie } from "../bench-export";
import { ROOT } from "../paths";
import { CookieJar } from "../proof/node-deps";

/**
 * What the fuzzer's endpoints build their requests from: a real article and question, and
 * learners made through the app itself (guests with a session and an attempt), so that payloads
 * can carry a viewer's own ids, another viewer's, and save ids already applied.
 */

export type FuzzLearner = { cookie: string; attemptId: string; revision: number; appliedSaveIds: string[] };

/** A teacher signed in, with a class whose students answered an assignment: what the review endpoints act on. */
export type FuzzTeacher = { cookie: string; classId: string; assignmentId: string; answerIds: string[] };

export type FuzzContext = {
  base: string;
  article: string;
  /** An open-text question of `article`. */
  question: string;
  /** Other questions of `article`, by type, for values of the wrong shape. */
  questionKeys: string[];
  /** The viewer whose requests the fuzzer sends. */
  me: FuzzLearner;
  /** Another learner: their ids must never work with my session. */
  other: FuzzLearner;
  /** The teacher whose requests the review endpoints' fuzz sends, and another: their ids must never work for mine. */
  teacher: FuzzTeacher;
  otherTeacher: FuzzTeacher;
  /** The submit action's id, from the build's server reference manifest, and a page that calls it. */
  submitActionId: string;
  actionPage: string;
};

/** A new guest who has saved one answer: their cookies and attempt. */
export async function makeLearner(base: string, article: string, question: string): Promise<FuzzLearner> {
  const jar = new CookieJar();
  const learner: FuzzLearner = { cookie: "", attemptId: "", revision: 0, appliedSaveIds: [] };
  // The second request is the client's confirmation that the new guest's cookie came back.
  for (const expectSession of [false, true]) {
    const saveId = learner.appliedSaveIds[0] ?? randomUUID();
    const response = await fetch(`${base}/api/answers`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: jar.header() },
      body: JSON.stringify({ article, question, value: { text: "Première réponse" }, baseRevision: 0, saveId, ...(learner.attemptId ? { attemptId: learner.attemptId, expectSession } : {}) }),
    });
    jar.take(response.headers.getSetCookie());
    const body = (await response.json()) as { ok?: boolean; attemptId?: string; revision?: number };
    if (!response.ok || !body.attemptId) throw new Error(`making a learner: POST /api/answers answered ${response.status}`);
    Object.assign(learner, { cookie: jar.header(), attemptId: body.attemptId, revision: body.revision ?? 1, appliedSaveIds: [saveId] });
  }
  return learner;
}

export async function submitActionId(): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(ROOT, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, action]) => action.exportedName === "submitAttemptAction");
  if (!entry) throw new Error("submitAttemptAction is not in .next/server/server-reference-manifest.json: rebuild");
  return entry[0];
}

/** A teacher and a class of two students who answered one article, seeded in SQL, signed in over HTTP. */
async function makeTeacher(base: string, db: pg.Client, content: Content): Promise<FuzzTeacher> {
  const seeded = await seedBenchClass(db, content, { students: 2, articles: 1 });
  const assignmentId = seeded.assignmentIds[0]!;
  const { rows } = await db.query<{ id: string }>(`SELECT an."id" FROM "Answer" an JOIN "Attempt" at ON at."id" = an."attemptId" WHERE at."assignmentId" = $1 ORDER BY an."id"`, [assignmentId]);
  return { cookie: await signInCookie(base, seeded.teacher.email, seeded.teacher.password), classId: seeded.classId, assignmentId, answerIds: rows.map((row) => row.id) };
}

export async function makeContext(base: string, content: Content, db: pg.Client): Promise<FuzzContext> {
  const article = content.articles[0]!;
  const questions = content.questionSets[article.slug]!.questions;
  const question = questions.find((candidate) => candidate.type === "open")!.key;
  return {
    base,
    article: article.slug,
    question,
    questionKeys: questions.map((candidate) => candidate.key),
    me: await makeLearner(base, article.slug, question),
    other: await makeLearner(base, article.slug, question),
    teacher: await makeTeacher(base, db, content),
    otherTeacher: await makeTeacher(base, db, content),
    submitActionId: await submitActionId(),
    actionPage: `/fr/articles/${article.slug}`,
  };
}
