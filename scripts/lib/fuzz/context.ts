import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";
import { generateRecoveryCode, hashRecoveryCode, normaliseRecoveryCode } from "@/lib/auth/recovery-code-format";
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

/**
 * A teacher signed in, with a class whose two students answered two assignments: what the review
 * endpoints and the teacher's forms act on. The second assignment and a spare empty class are
 * there for the forms that delete.
 */
export type FuzzTeacher = {
  cookie: string;
  email: string;
  password: string;
  classId: string;
  joinCode: string;
  assignmentId: string;
  spareAssignmentId: string;
  spareClassId: string;
  answerIds: string[];
  /** The students' user ids and their enrolments, in the same order. */
  studentIds: string[];
  enrolmentIds: string[];
  /** A group of the class, and a spare one for the form that deletes. */
  groupId: string;
  spareGroupId: string;
};

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
  /** A teacher for the password change only: a change ends every other session of its account. */
  passwordTeacher: FuzzTeacher;
  /** A teacher for the forgotten password only, with one recovery code: a reset ends every session of its account. */
  recoveryTeacher: FuzzTeacher & { recoveryCode: string };
  /** Every server action's id by its exported name, from the build's server reference manifest. */
  actionIds: Record<string, string>;
  /** A page that calls the submit action. */
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
      body: JSON.stringify({
        article,
        question,
        value: { text: "Première réponse" },
        baseRevision: 0,
        saveId,
        ...(learner.attemptId ? { attemptId: learner.attemptId, expectSession } : {}),
      }),
    });
    jar.take(response.headers.getSetCookie());
    const body = (await response.json()) as { ok?: boolean; attemptId?: string; revision?: number };
    if (!response.ok || !body.attemptId) throw new Error(`making a learner: POST /api/answers answered ${response.status}`);
    Object.assign(learner, { cookie: jar.header(), attemptId: body.attemptId, revision: body.revision ?? 1, appliedSaveIds: [saveId] });
  }
  return learner;
}

export async function actionIdsByName(): Promise<Record<string, string>> {
  const manifest = JSON.parse(await readFile(path.join(ROOT, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const ids = Object.fromEntries(Object.entries(manifest.node).map(([id, action]) => [action.exportedName ?? id, id]));
  if (!ids.submitAttemptAction) throw new Error("submitAttemptAction is not in .next/server/server-reference-manifest.json: rebuild");
  return ids;
}

/** A teacher and a class of two students who answered two articles, seeded in SQL, signed in over HTTP. */
async function makeTeacher(base: string, db: pg.Client, content: Content): Promise<FuzzTeacher> {
  const seeded = await seedBenchClass(db, content, { students: 2, articles: 2 });
  const [assignmentId, spareAssignmentId] = seeded.assignmentIds as [string, string];
  const { rows: answers } = await db.query<{ id: string }>(
    `SELECT an."id" FROM "Answer" an JOIN "Attempt" at ON at."id" = an."attemptId" WHERE at."assignmentId" = $1 ORDER BY an."id"`,
    [assignmentId],
  );
  const { rows: students } = await db.query<{ id: string; userId: string }>(
    `SELECT "id", "userId" FROM "Enrolment" WHERE "classId" = $1 ORDER BY "createdAt"`,
    [seeded.classId],
  );
  const { rows: classes } = await db.query<{ joinCode: string }>(`SELECT "joinCode" FROM "Class" WHERE "id" = $1`, [seeded.classId]);
  const spareClassId = `${seeded.classId}-spare`;
  await db.query(`INSERT INTO "Class" ("id", "name", "joinCode", "teacherId", "updatedAt") VALUES ($1, 'Classe de rechange', $2, $3, now())`, [
    spareClassId,
    randomUUID().slice(0, 8).toUpperCase(),
    seeded.teacher.id,
  ]);
  const [groupId, spareGroupId] = [`${seeded.classId}-group`, `${seeded.classId}-spare-group`];
  for (const [id, name] of [
    [groupId, "Groupe"],
    [spareGroupId, "Groupe de rechange"],
  ])
    await db.query(`INSERT INTO "Group" ("id", "classId", "name", "updatedAt") VALUES ($1, $2, $3, now())`, [id, seeded.classId, name]);
  return {
    cookie: await signInCookie(base, seeded.teacher.email, seeded.teacher.password),
    email: seeded.teacher.email,
    password: seeded.teacher.password,
    classId: seeded.classId,
    joinCode: classes[0]!.joinCode,
    assignmentId,
    spareAssignmentId,
    spareClassId,
    answerIds: answers.map((row) => row.id),
    studentIds: students.map((row) => row.userId),
    enrolmentIds: students.map((row) => row.id),
    groupId,
    spareGroupId,
  };
}

/** A teacher (makeTeacher) given one recovery code, stored as the server stores one (keyed with its secret). */
async function makeRecoveryTeacher(base: string, db: pg.Client, content: Content, secret: string): Promise<FuzzContext["recoveryTeacher"]> {
  const teacher = await makeTeacher(base, db, content);
  const recoveryCode = generateRecoveryCode();
  const { rows } = await db.query<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = $1`, [teacher.email]);
  const userId = rows[0]!.id;
  await db.query(`INSERT INTO "RecoveryCode" ("id", "userId", "hash") VALUES ($1, $2, $3)`, [
    randomUUID(),
    userId,
    hashRecoveryCode(secret, userId, normaliseRecoveryCode(recoveryCode)!),
  ]);
  return { ...teacher, recoveryCode };
}

export async function makeContext(base: string, content: Content, db: pg.Client, secret: string): Promise<FuzzContext> {
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
    passwordTeacher: await makeTeacher(base, db, content),
    recoveryTeacher: await makeRecoveryTeacher(base, db, content, secret),
    actionIds: await actionIdsByName(),
    actionPage: `/fr/articles/${article.slug}`,
  };
}
