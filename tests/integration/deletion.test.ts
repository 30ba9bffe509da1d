import { spawnSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { saveAnswer } from "@/lib/answers/mutations";
import { deleteClassConfirmed } from "@/lib/classes/mutations";
import { purgeArchivedClasses, purgeCutoff } from "@/lib/classes/purge";
import { removeStudent } from "@/lib/classes/students";
import { getContent } from "@/lib/content";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { exerciseKeyForArticle } from "@/lib/exercises/keys";
import { deleteStudentWork, getAssignmentWork } from "@/lib/review/work";
import { createAssignment, createClassWithStudents, newSaveId, type TestClass } from "../support/factories";
import { recordStatements } from "../support/sql-statements";

/**
 * Deleting students' data: one student's work in an assignment, a student with all their work, a
 * class confirmed by its typed name, and the purge of classes archived past the retention period.
 * Checked row by row: answers, attempts, feedback, enrolments, student accounts.
 */

let slug: string;
let question: string;

beforeAll(async () => {
  const content = await getContent();
  slug = content.articles[2]!.slug;
  question = content.questionSets[slug]!.questions.find((candidate) => candidate.type === "open")!.key;
});

/** A class of two whose students both answered, each answer with a draft comment. */
async function workedClass(): Promise<{ cls: TestClass; assignmentId: string }> {
  const cls = await createClassWithStudents({ names: ["Léa", "Tom"] });
  const assignmentId = await createAssignment(cls, { exerciseKey: exerciseKeyForArticle(slug) });
  for (const student of cls.students) {
    await saveAnswer({ article: slug, question, assignmentId, value: { text: `de ${student.name}` }, baseRevision: 0, saveId: newSaveId() }, async () => student);
  }
  const answers = await db().answer.findMany({ where: { attempt: { assignmentId } } });
  await db().feedback.createMany({ data: answers.map((answer) => ({ answerId: answer.id, teacherId: cls.teacher.id, comment: "Bien" })) });
  return { cls, assignmentId };
}

const rowsOf = async (userId: string, classId: string) => ({
  attempts: await db().attempt.count({ where: { userId } }),
  answers: await db().answer.count({ where: { attempt: { userId } } }),
  feedback: await db().feedback.count({ where: { answer: { attempt: { userId } } } }),
  enrolments: await db().enrolment.count({ where: { userId, classId } }),
  users: await db().user.count({ where: { id: userId } }),
});
const codeOf = (promise: Promise<unknown>) => promise.then(() => "ok", (error: unknown) => (error instanceof AppError ? error.code : String(error)));

describe("deleting a student's work in an assignment", () => {
  it("removes their attempt, answers and feedback; they stay in the class; the other student keeps theirs", async () => {
    const { cls, assignmentId } = await workedClass();
    const [lea, tom] = cls.students;
    await deleteStudentWork(cls.teacher, assignmentId, lea!.id);
    expect(await rowsOf(lea!.id, cls.classId)).toEqual({ attempts: 0, answers: 0, feedback: 0, enrolments: 1, users: 1 });
    expect(await rowsOf(tom!.id, cls.classId)).toEqual({ attempts: 1, answers: 1, feedback: 1, enrolments: 1, users: 1 });
    expect(await codeOf(deleteStudentWork(cls.teacher, assignmentId, lea!.id))).toBe("NOT_FOUND");
  });

  it("is refused to another teacher and to the student, and changes nothing", async () => {
    const { cls, assignmentId } = await workedClass();
    const other = await createClassWithStudents({ names: ["Inès"] });
    const [lea] = cls.students;
    expect(await codeOf(deleteStudentWork(other.teacher, assignmentId, lea!.id))).toBe("NOT_FOUND");
    expect(await codeOf(deleteStudentWork(lea!, assignmentId, lea!.id))).toBe("NOT_FOUND");
    expect(await rowsOf(lea!.id, cls.classId)).toEqual({ attempts: 1, answers: 1, feedback: 1, enrolments: 1, users: 1 });
  });

  it("lists who has work for the data page in one statement, for its teacher only", async () => {
    const { cls, assignmentId } = await workedClass();
    const { result, statements } = await recordStatements(() => getAssignmentWork(cls.teacher, assignmentId));
    expect(statements).toHaveLength(1);
    expect(result?.students.map((student) => [student.name, student.status, student.answers])).toEqual([["Léa", "IN_PROGRESS", 1], ["Tom", "IN_PROGRESS", 1]]);
    const other = await createClassWithStudents({ names: ["Inès"] });
    expect(await getAssignmentWork(other.teacher, assignmentId)).toBeNull();
  });
});

describe("removing a student from the class", () => {
  it("deletes their work with their feedback, their enrolment and their account", async () => {
    const { cls } = await workedClass();
    const [lea] = cls.students;
    await removeStudent(cls.teacher, cls.classId, lea!.id);
    expect(await rowsOf(lea!.id, cls.classId)).toEqual({ attempts: 0, answers: 0, feedback: 0, enrolments: 0, users: 0 });
  });
});

describe("deleting a class after typing its name", () => {
  it("deletes nothing when the name typed is another, and everything when it is the class's (case and accents aside)", async () => {
    const { cls, assignmentId } = await workedClass();
    const { name } = await db().class.findUniqueOrThrow({ where: { id: cls.classId } });
    expect(await codeOf(deleteClassConfirmed(cls.teacher, cls.classId, "pas celle-ci"))).toBe("CONFIRM_MISMATCH");
    expect(await db().class.count({ where: { id: cls.classId } })).toBe(1);
    const other = await createClassWithStudents();
    expect(await codeOf(deleteClassConfirmed(other.teacher, cls.classId, name))).toBe("NOT_FOUND");
    await deleteClassConfirmed(cls.teacher, cls.classId, ` ${name.toUpperCase()} `);
    expect(await db().assignment.count({ where: { id: assignmentId } })).toBe(0);
    for (const student of cls.students) expect(await rowsOf(student.id, cls.classId)).toEqual({ attempts: 0, answers: 0, feedback: 0, enrolments: 0, users: 0 });
  });
});

describe("purging archived classes", () => {
  const archiveMonthsAgo = (classId: string, months: number) => db().class.update({ where: { id: classId }, data: { archivedAt: purgeCutoff(new Date(), months) } });

  it("deletes, past the retention period only, archived classes with their students and work; --dry-run deletes nothing", async () => {
    const [old, recent, current] = await Promise.all([workedClass(), workedClass(), workedClass()]);
    await archiveMonthsAgo(old.cls.classId, 13);
    await archiveMonthsAgo(recent.cls.classId, 11);
    const dry = await purgeArchivedClasses(db(), { dryRun: true });
    expect(dry.classes.map((cls) => cls.id)).toContain(old.cls.classId);
    expect(dry.classes.map((cls) => cls.id)).not.toContain(recent.cls.classId);
    expect(await db().class.count({ where: { id: old.cls.classId } })).toBe(1);

    const done = await purgeArchivedClasses(db());
    expect(done.classes.map((cls) => cls.id)).toContain(old.cls.classId);
    expect(await db().class.count({ where: { id: { in: [old.cls.classId, recent.cls.classId, current.cls.classId] } } })).toBe(2);
    for (const student of old.cls.students) expect(await rowsOf(student.id, old.cls.classId)).toEqual({ attempts: 0, answers: 0, feedback: 0, enrolments: 0, users: 0 });
    expect(await db().answer.count({ where: { attempt: { assignmentId: recent.assignmentId } } })).toBe(2);
  });

  it("runs as `npm run purge -- --dry-run` against DATABASE_URL, and says what it would delete", async () => {
    const { cls } = await workedClass();
    await archiveMonthsAgo(cls.classId, 24);
    const result = spawnSync("node_modules/.bin/tsx", ["scripts/purge.ts", "--dry-run"], { encoding: "utf8", timeout: 60_000, env: { ...process.env, DATABASE_URL: env().DATABASE_URL } });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(cls.classId);
    expect(result.stdout).toMatch(/dry run: nothing deleted/);
    expect(await db().class.count({ where: { id: cls.classId } })).toBe(1);
  });
});
