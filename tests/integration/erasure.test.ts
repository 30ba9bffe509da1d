import { randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { saveAnswer } from "@/lib/answers/mutations";
import { checkOwnPassword } from "@/lib/auth/password-check";
import { getContent } from "@/lib/content";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { deleteTeacherAccount, eraseGuest } from "@/lib/erasure/mutations";
import { exerciseKeyForArticle } from "@/lib/exercises/keys";
import { createAssignment, createClassWithStudents, createLearner, createTeacher, newSaveId, type TestClass } from "../support/factories";
import { sessionCookie } from "../support/sessions";
import { codeOf } from "../support/errors";

/**
 * Deleting one's own data (issue 22): a teacher's account with everything of theirs, confirmed by
 * their password (checked by better-auth, and limited per client address like sign-ins); a guest's
 * work with the guest. Checked row by row, and nothing of anyone else's is touched.
 */

let slug: string;
let question: string;

beforeAll(async () => {
  const content = await getContent();
  slug = content.articles[3]!.slug;
  question = content.questionSets[slug]!.questions.find((candidate) => candidate.type === "open")!.key;
});

const answer = (viewer: { id: string; role: "LEARNER" | "TEACHER"; isGuest: boolean }, assignmentId?: string) =>
  saveAnswer(
    { article: slug, question, ...(assignmentId ? { assignmentId } : {}), value: { text: "une réponse" }, baseRevision: 0, saveId: newSaveId() },
    async () => viewer,
  );

/** A class whose students answered an assignment, each answer with the teacher's comment; the teacher also keeps a comment to reuse. */
async function workedClass(options: Parameters<typeof createClassWithStudents>[0] = {}): Promise<TestClass> {
  const cls = await createClassWithStudents(options);
  const assignmentId = await createAssignment(cls, { exerciseKey: exerciseKeyForArticle(slug) });
  for (const student of cls.students) await answer(student, assignmentId);
  const answers = await db().answer.findMany({ where: { attempt: { assignmentId } } });
  await db().feedback.createMany({ data: answers.map((row) => ({ answerId: row.id, teacherId: cls.teacher.id, comment: "Bien vu" })) });
  await db().commentBankEntry.upsert({
    where: { teacherId_text: { teacherId: cls.teacher.id, text: "Bien vu" } },
    create: { teacherId: cls.teacher.id, text: "Bien vu" },
    update: {},
  });
  return cls;
}

/** Every row a teacher and their classes own, counted. */
async function rowsOf(cls: TestClass) {
  const people = [cls.teacher.id, ...cls.students.map((student) => student.id)];
  return {
    users: await db().user.count({ where: { id: { in: people } } }),
    sessions: await db().session.count({ where: { userId: { in: people } } }),
    accounts: await db().account.count({ where: { userId: { in: people } } }),
    classes: await db().class.count({ where: { teacherId: cls.teacher.id } }),
    enrolments: await db().enrolment.count({ where: { userId: { in: people } } }),
    attempts: await db().attempt.count({ where: { userId: { in: people } } }),
    answers: await db().answer.count({ where: { attempt: { userId: { in: people } } } }),
    feedback: await db().feedback.count({ where: { teacherId: cls.teacher.id } }),
    commentBank: await db().commentBankEntry.count({ where: { teacherId: cls.teacher.id } }),
  };
}

describe("a teacher deleting their account", () => {
  it("deletes the account, every class of theirs, their students' accounts and all their work, and nothing of another teacher's", async () => {
    const cls = await workedClass({ names: ["Léa", "Tom"] });
    const second = await workedClass({ teacher: cls.teacher, names: ["Inès"] });
    await sessionCookie(cls.teacher);
    await answer(cls.teacher);
    const other = await workedClass({ names: ["Noé"] });
    const otherBefore = await rowsOf(other);

    expect(await deleteTeacherAccount(cls.teacher)).toEqual({ classes: 2, students: 3 });
    const nothing = { users: 0, sessions: 0, accounts: 0, classes: 0, enrolments: 0, attempts: 0, answers: 0, feedback: 0, commentBank: 0 };
    expect(await rowsOf(cls)).toEqual(nothing);
    expect(await rowsOf(second)).toEqual(nothing);
    expect(await rowsOf(other)).toEqual(otherBefore);
  });

  it("is refused to a student and a guest, and deletes nothing", async () => {
    const cls = await workedClass({ names: ["Léa"] });
    const before = await rowsOf(cls);
    expect(await codeOf(deleteTeacherAccount(cls.students[0]!))).toBe("NOT_FOUND");
    expect(await codeOf(deleteTeacherAccount(await createLearner({ guest: true })))).toBe("NOT_FOUND");
    expect(await rowsOf(cls)).toEqual(before);
  });
});

describe("confirming with one's password", () => {
  const headersWith = (cookie: string, address: string) =>
    new Headers({ host: "school.test:3000", "x-forwarded-for": address, "x-forwarded-proto": "http", cookie });
  const newAddress = () => `198.51.100.${randomInt(1, 255)}`;

  it("accepts the account's password and refuses another, through better-auth", async () => {
    const teacher = await createTeacher();
    const cookie = await sessionCookie(teacher);
    expect(await codeOf(checkOwnPassword(headersWith(cookie, newAddress()), "pas-le-bon"))).toBe("WRONG_PASSWORD");
    expect(await codeOf(checkOwnPassword(headersWith(cookie, newAddress()), teacher.password))).toBe("ok");
    expect(await codeOf(checkOwnPassword(headersWith("", newAddress()), teacher.password))).toBe("SIGNED_OUT");
  });

  it("is limited per client address as sign-ins are: guessing stops after SIGN_INS_PER_MINUTE tries", async () => {
    const teacher = await createTeacher();
    const cookie = await sessionCookie(teacher);
    const address = `203.0.113.${randomInt(1, 255)}`;
    const codes: string[] = [];
    for (let batch = 0; batch < Math.ceil((env().SIGN_INS_PER_MINUTE + 5) / 10); batch += 1) {
      codes.push(...(await Promise.all(Array.from({ length: 10 }, () => codeOf(checkOwnPassword(headersWith(cookie, address), "une-supposition"))))));
    }
    expect(codes.filter((code) => code === "WRONG_PASSWORD")).toHaveLength(env().SIGN_INS_PER_MINUTE);
    expect(codes.filter((code) => code === "SIGN_IN_RATE_LIMITED").length).toBeGreaterThan(0);
    // Even the right password waits out the minute from that address.
    expect(await codeOf(checkOwnPassword(headersWith(cookie, address), teacher.password))).toBe("SIGN_IN_RATE_LIMITED");
  });
});

describe("a guest erasing their work", () => {
  const guestRows = async (userId: string) => ({
    users: await db().user.count({ where: { id: userId } }),
    sessions: await db().session.count({ where: { userId } }),
    attempts: await db().attempt.count({ where: { userId } }),
    answers: await db().answer.count({ where: { attempt: { userId } } }),
  });
  const withSession = async (userId: string) =>
    db().session.create({
      data: { id: `s-${userId}`, token: `t-${userId}`, userId, expiresAt: new Date(Date.now() + 60_000), ipAddress: "203.0.113.7", userAgent: "test" },
    });

  it("deletes their attempts, answers, sessions and the guest; another guest keeps theirs", async () => {
    const [guest, other] = await Promise.all([createLearner({ guest: true }), createLearner({ guest: true })]);
    for (const viewer of [guest, other]) {
      await answer(viewer);
      await withSession(viewer.id);
    }
    await eraseGuest(guest);
    expect(await guestRows(guest.id)).toEqual({ users: 0, sessions: 0, attempts: 0, answers: 0 });
    expect(await guestRows(other.id)).toEqual({ users: 1, sessions: 1, attempts: 1, answers: 1 });
  });

  it("is refused to a student and a teacher, whose work belongs to a class", async () => {
    const cls = await workedClass({ names: ["Léa"] });
    const before = await rowsOf(cls);
    expect(await codeOf(eraseGuest(cls.students[0]!))).toBe("NOT_FOUND");
    expect(await codeOf(eraseGuest(cls.teacher))).toBe("NOT_FOUND");
    // A viewer claiming to be a guest whose account is not one changes nothing either.
    expect(await codeOf(eraseGuest({ ...cls.students[0]!, isGuest: true }))).toBe("NOT_FOUND");
    expect(await rowsOf(cls)).toEqual(before);
  });
});
