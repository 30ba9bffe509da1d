import { verifyPassword } from "better-auth/crypto";
import { describe, expect, it } from "vitest";
import { setClassArchived, setJoiningOpen } from "@/lib/classes/mutations";
import { joinClass } from "@/lib/classes/join";
import { findStudentLogin } from "@/lib/classes/student-sign-in";
import { addStudents, removeStudent, resetStudentPassword, studentEmail } from "@/lib/classes/students";
import { db } from "@/lib/db";
import { createAssignment, createClassWithStudents, createLearner, createTeacher, testAddress } from "../support/factories";
import { codeOf } from "../support/errors";

/** Student accounts without e-mail: joining, the teacher's roster, password resets, removal. */

const credential = (userId: string) => db().account.findFirstOrThrow({ where: { userId, providerId: "credential" } });

describe("joining a class", () => {
  it("makes a student account with no e-mail address: a placeholder on a reserved domain, a hashed password, the name on the enrolment", async () => {
    const cls = await createClassWithStudents({ names: [] });
    const { email } = await joinClass(null, { code: cls.joinCode, name: "  Zoé  ", password: "tigre-nuage-pomme-vent" }, testAddress());
    const user = await db().user.findUniqueOrThrow({ where: { email }, include: { enrolments: true } });
    expect(email).toBe(studentEmail(user.id));
    expect(email).toMatch(/@students\.invalid$/);
    expect(user).toMatchObject({ role: "LEARNER", isAnonymous: false, emailVerified: false });
    expect(user.enrolments).toEqual([expect.objectContaining({ classId: cls.classId, name: "Zoé", nameKey: "zoe" })]);
    const account = await credential(user.id);
    expect(account.password).not.toContain("tigre");
    expect(await verifyPassword({ hash: account.password!, password: "tigre-nuage-pomme-vent" })).toBe(true);
  });

  it.each([
    { name: "the same name", other: "Léa" },
    { name: "another case", other: "LÉA" },
    { name: "no accent", other: "lea" },
    { name: "extra spaces", other: " Léa " },
    { name: "punctuation", other: "Lé-a." },
  ])("refuses a name already in the class ($name), and creates nothing", async ({ other }) => {
    const cls = await createClassWithStudents({ names: ["Léa"] });
    const users = await db().user.count();
    expect(await codeOf(joinClass(null, { code: cls.joinCode, name: other, password: "girafe-piano-nuage-sel" }, testAddress()))).toBe("NAME_TAKEN");
    expect(await db().user.count()).toBe(users);
  });

  it("allows the same name in another class", async () => {
    const [first, second] = await Promise.all([createClassWithStudents({ names: ["Léa"] }), createClassWithStudents({ names: [] })]);
    expect(await codeOf(joinClass(null, { code: second.joinCode, name: "Léa", password: "girafe-piano-nuage-sel" }, testAddress()))).toBe("ok");
    expect(first.students).toHaveLength(1);
  });

  it("tells a wrong code, a class not taking students and someone already signed in apart", async () => {
    const cls = await createClassWithStudents({ names: [] });
    const join = (viewer: Parameters<typeof joinClass>[0], code = cls.joinCode) =>
      codeOf(joinClass(viewer, { code, name: `N${Math.random()}`, password: "girafe-piano-nuage-sel" }, testAddress()));
    expect(await join(null, "ZZZZZZ")).toBe("JOIN_CODE_UNKNOWN");
    expect(await join(cls.teacher)).toBe("SIGNED_IN_ALREADY");
    const student = (await createClassWithStudents({ names: ["Ana"] })).students[0]!;
    expect(await join(student)).toBe("SIGNED_IN_ALREADY");
    expect(await join(await createLearner({ guest: true }))).toBe("ok");
    await setJoiningOpen(cls.teacher, cls.classId, false);
    expect(await join(null)).toBe("JOINING_CLOSED");
    await setJoiningOpen(cls.teacher, cls.classId, true);
    await setClassArchived(cls.teacher, cls.classId, true);
    expect(await join(null)).toBe("JOINING_CLOSED");
  });

  it("finds a student's login by class code and name, however the name is typed", async () => {
    const cls = await createClassWithStudents({ names: ["Noé Martin"] });
    const student = cls.students[0]!;
    expect(await findStudentLogin(cls.joinCode, "noe   MARTIN")).toEqual({ classFound: true, email: studentEmail(student.id) });
    expect(await findStudentLogin(cls.joinCode, "Noé")).toEqual({ classFound: true, email: null });
    // Punctuation and spaces do not matter either, when only one name matches without them.
    expect(await findStudentLogin(cls.joinCode, "noe-martin.")).toEqual({ classFound: true, email: studentEmail(student.id) });
    expect(await findStudentLogin("ZZZZZZ", "Noé Martin")).toEqual({ classFound: false, email: null });
  });
});

describe("the teacher's roster", () => {
  it("creates every student of a pasted list with a passphrase shown once and stored hashed", async () => {
    const cls = await createClassWithStudents({ names: [] });
    const { students: created, problems, remaining } = await addStudents(cls.teacher, cls.classId, "Inès\nHugo\n", "fr");
    expect(created.map((student) => student.name)).toEqual(["Inès", "Hugo"]);
    expect({ problems, remaining }).toEqual({ problems: [], remaining: "" });
    for (const student of created) expect(student.password).toMatch(/^[a-z]+(-[a-z]+){3}$/);
    const enrolments = await db().enrolment.findMany({ where: { classId: cls.classId }, include: { user: { include: { accounts: true } } } });
    expect(enrolments).toHaveLength(2);
    const hugo = enrolments.find((row) => row.name === "Hugo")!;
    expect(await verifyPassword({ hash: hugo.user.accounts[0]!.password!, password: created[1]!.password })).toBe(true);
  });

  // Issue: one duplicate in 30 pasted names refused the whole list, emptied the box and named only the first.
  it("names every problem of a list at once, creates nobody, and keeps the list", async () => {
    const cls = await createClassWithStudents({ names: ["Léa"] });
    const text = "Ana\nLéo\nana@example.org\nHugo\nleo\nLÉA\nInès";
    const outcome = await addStudents(cls.teacher, cls.classId, text, "fr");
    expect(outcome.students).toEqual([]);
    expect(outcome.remaining).toBe(text);
    expect(outcome.ready).toBe(3);
    expect(outcome.problems).toEqual([
      { kind: "repeated", lines: [2, 5], name: "Léo" },
      { kind: "invalid", line: 3, name: "ana@example.org", fault: "email" },
      { kind: "inClass", line: 6, name: "LÉA", existing: "Léa" },
    ]);
    expect(await db().enrolment.count({ where: { classId: cls.classId } })).toBe(1);
  });

  it("creates the valid entries on request and leaves the problem lines, renumbered, in the box", async () => {
    const cls = await createClassWithStudents({ names: ["Léa"] });
    const outcome = await addStudents(cls.teacher, cls.classId, "Ana\nLéo\nHugo\nleo.\nLea", "fr", { createValid: true });
    expect(outcome.students.map((student) => student.name)).toEqual(["Ana", "Hugo"]);
    expect(outcome.remaining).toBe("Léo\nleo.\nLea");
    expect(outcome.problems).toEqual([
      { kind: "repeated", lines: [1, 2], name: "Léo" },
      { kind: "inClass", line: 3, name: "Lea", existing: "Léa" },
    ]);
    expect(await db().enrolment.count({ where: { classId: cls.classId } })).toBe(3);
  });

  it("creates at most 60 students per send; the others wait in the box", async () => {
    const cls = await createClassWithStudents({ names: [] });
    const names = Array.from({ length: 62 }, (_, index) => `Élève ${index + 1}`);
    const checked = await addStudents(cls.teacher, cls.classId, names.join("\n"), "fr");
    expect(checked.problems).toEqual([{ kind: "overLimit", lines: [61, 62], max: 60 }]);
    expect(checked.students).toEqual([]);
  });

  it("refuses the roster of an archived class", async () => {
    const cls = await createClassWithStudents({ names: [] });
    await db().class.update({ where: { id: cls.classId }, data: { archivedAt: new Date() } });
    expect(await codeOf(addStudents(cls.teacher, cls.classId, "Ana", "fr"))).toBe("CLASS_ARCHIVED");
  });

  it("resets a forgotten password: the new one works, the old one not, and the student's sessions end", async () => {
    const cls = await createClassWithStudents({ names: ["Léa"] });
    const student = cls.students[0]!;
    await db().session.create({ data: { id: `s-${student.id}`, token: `t-${student.id}`, userId: student.id, expiresAt: new Date(Date.now() + 60_000) } });
    const reset = await resetStudentPassword(cls.teacher, cls.classId, student.id, "en");
    expect(reset.name).toBe("Léa");
    const { password: hash } = await credential(student.id);
    expect(await verifyPassword({ hash: hash!, password: reset.password })).toBe(true);
    expect(await verifyPassword({ hash: hash!, password: student.password })).toBe(false);
    expect(await db().session.count({ where: { userId: student.id } })).toBe(0);
  });

  it("removes a student with their account and their work for the class", async () => {
    const cls = await createClassWithStudents({ names: ["Léa", "Tom"] });
    const [lea, tom] = [cls.students[0]!, cls.students[1]!];
    const assignmentId = await createAssignment(cls);
    const exerciseId = (await db().assignment.findUniqueOrThrow({ where: { id: assignmentId } })).exerciseId;
    await db().attempt.create({ data: { userId: lea.id, exerciseId, assignmentId, scope: assignmentId, number: 1 } });
    await removeStudent(cls.teacher, cls.classId, lea.id);
    expect(await db().user.findUnique({ where: { id: lea.id } })).toBeNull();
    expect(await db().attempt.count({ where: { userId: lea.id } })).toBe(0);
    expect(await db().enrolment.count({ where: { classId: cls.classId } })).toBe(1);
    expect(await db().user.findUnique({ where: { id: tom.id } })).not.toBeNull();
  });

  it("lets no other teacher see, reset or remove a student", async () => {
    const cls = await createClassWithStudents({ names: ["Léa"] });
    const stranger = await createTeacher();
    const student = cls.students[0]!;
    expect(await codeOf(addStudents(stranger, cls.classId, "Intrus", "fr"))).toBe("NOT_FOUND");
    expect(await codeOf(resetStudentPassword(stranger, cls.classId, student.id, "fr"))).toBe("NOT_FOUND");
    expect(await codeOf(removeStudent(stranger, cls.classId, student.id))).toBe("NOT_FOUND");
    // A student id paired with one of the stranger's own classes is not theirs either.
    const own = await createClassWithStudents({ teacher: stranger, names: [] });
    expect(await codeOf(removeStudent(stranger, own.classId, student.id))).toBe("NOT_FOUND");
    expect(await db().enrolment.count({ where: { classId: cls.classId } })).toBe(1);
  });
});
