import { describe, expect, it } from "vitest";
import { saveAnswer } from "@/lib/answers/mutations";
import { copyAssignment, copyClassAssignments, releaseCommentary, setAssignmentClosed } from "@/lib/assignments/mutations";
import { resolveSession } from "@/lib/auth/session";
import { createClass, setClassArchived } from "@/lib/classes/mutations";
import { getClassOverview } from "@/lib/classes/queries";
import { signInStudent } from "@/lib/classes/student-sign-in";
import { resetStudentPasswords } from "@/lib/classes/students";
import { getContent } from "@/lib/content";
import { db } from "@/lib/db";
import { COMPARISON_EXERCISE_KEY, exerciseKeyForArticle } from "@/lib/exercises/keys";
import { createAssignment, createClassWithStudents, newSaveId, testAddress, type TestClass } from "../support/factories";
import { sessionCookie } from "../support/sessions";
import { codeOf } from "../support/errors";

/**
 * Next year and colleagues: an assignment copied to another class of the same teacher, all of a
 * class's assignments copied at once (from the class page, or as a new class is made), and sign-in
 * slips reprinted for chosen students. Only between a teacher's own classes; a copy takes the
 * settings, never the due date, the closing, the release or the work.
 */

const assignmentsOf = (classId: string) => db().assignment.findMany({ where: { classId }, orderBy: { createdAt: "asc" }, include: { exercise: true } });
const headersFrom = (cookie?: string) =>
  new Headers({ host: "school.test:3000", "x-forwarded-for": testAddress(), "x-forwarded-proto": "http", ...(cookie ? { cookie } : {}) });

/** A class of `cls`'s teacher's, empty. */
const otherClassOf = async (cls: TestClass, name = "Autre classe") => (await createClass(cls.teacher, { name })).id;

async function articleKeys() {
  const content = await getContent();
  return content.articles.map((article) => exerciseKeyForArticle(article.slug));
}

/** An assignment with everything a copy must leave behind: a due date, closed, released, a student's work. */
async function livedAssignment(cls: TestClass): Promise<string> {
  const content = await getContent();
  const slug = content.articles[1]!.slug;
  const question = content.questionSets[slug]!.questions.find((candidate) => candidate.type === "open")!.key;
  const assignmentId = await createAssignment(cls, { exerciseKey: exerciseKeyForArticle(slug), revealPolicy: "AFTER_RELEASE", dueOn: "2027-03-12" });
  await saveAnswer(
    { article: slug, question, assignmentId, value: { text: "Mon travail" }, baseRevision: 0, saveId: newSaveId() },
    async () => cls.students[0]!,
  );
  await releaseCommentary(cls.teacher, { classId: cls.classId, assignmentId });
  await setAssignmentClosed(cls.teacher, { classId: cls.classId, assignmentId }, true);
  return assignmentId;
}

describe("copying an assignment to another class", () => {
  it("takes its exercise and reveal policy, and no due date, closing, release or work", async () => {
    const cls = await createClassWithStudents({ names: ["Léa"] });
    const sourceId = await livedAssignment(cls);
    const before = await db().assignment.findUniqueOrThrow({ where: { id: sourceId } });
    const destination = await otherClassOf(cls);

    const { id, classId } = await copyAssignment(
      cls.teacher,
      { classId: cls.classId, assignmentId: sourceId },
      { destinationClassId: destination, dueOn: null },
    );
    expect(classId).toBe(destination);
    const copy = await db().assignment.findUniqueOrThrow({ where: { id }, include: { _count: { select: { attempts: true } } } });
    expect(copy).toMatchObject({
      classId: destination,
      exerciseId: before.exerciseId,
      revealPolicy: "AFTER_RELEASE",
      dueAt: null,
      closedAt: null,
      releasedAt: null,
    });
    expect(copy._count.attempts).toBe(0);
    // The source is as it was, its student's work with it.
    expect(await db().assignment.findUniqueOrThrow({ where: { id: sourceId } })).toEqual(before);
    expect(await db().attempt.count({ where: { assignmentId: sourceId } })).toBe(1);
    // The class page shows it open, as any new assignment.
    const overview = await getClassOverview(cls.teacher, destination);
    expect(overview?.assignments).toEqual([expect.objectContaining({ id, closed: false, dueAt: null, releasedAt: null, started: 0, submitted: 0 })]);
  });

  it("takes the due date chosen for the copy", async () => {
    const cls = await createClassWithStudents({ names: [] });
    const sourceId = await createAssignment(cls, { dueOn: "2027-01-10" });
    const destination = await otherClassOf(cls);
    const { id } = await copyAssignment(
      cls.teacher,
      { classId: cls.classId, assignmentId: sourceId },
      { destinationClassId: destination, dueOn: "2027-09-20" },
    );
    expect((await db().assignment.findUniqueOrThrow({ where: { id } })).dueAt).toEqual(new Date("2027-09-20T00:00:00.000Z"));
  });

  it("copies from an archived class (last year's), never into one", async () => {
    const cls = await createClassWithStudents({ names: [] });
    const sourceId = await createAssignment(cls);
    const destination = await otherClassOf(cls);
    await setClassArchived(cls.teacher, cls.classId, true);
    expect(await codeOf(copyAssignment(cls.teacher, { classId: cls.classId, assignmentId: sourceId }, { destinationClassId: destination, dueOn: null }))).toBe(
      "ok",
    );
    await setClassArchived(cls.teacher, destination, true);
    await setClassArchived(cls.teacher, cls.classId, false);
    expect(await codeOf(copyAssignment(cls.teacher, { classId: cls.classId, assignmentId: sourceId }, { destinationClassId: destination, dueOn: null }))).toBe(
      "CLASS_ARCHIVED",
    );
    expect(await db().assignment.count({ where: { classId: destination } })).toBe(1);
  });

  it("only between the teacher's own classes: another teacher's assignment or class reads as not found, and nothing is made", async () => {
    const [mine, theirs] = await Promise.all([createClassWithStudents({ names: [] }), createClassWithStudents({ names: [] })]);
    const [myAssignment, theirAssignment] = await Promise.all([createAssignment(mine), createAssignment(theirs)]);
    const myOther = await otherClassOf(mine);
    const attempts = [
      // Their assignment into my class.
      copyAssignment(mine.teacher, { classId: theirs.classId, assignmentId: theirAssignment }, { destinationClassId: myOther, dueOn: null }),
      // My assignment into their class.
      copyAssignment(mine.teacher, { classId: mine.classId, assignmentId: myAssignment }, { destinationClassId: theirs.classId, dueOn: null }),
      // My assignment named with a class it is not of.
      copyAssignment(mine.teacher, { classId: myOther, assignmentId: myAssignment }, { destinationClassId: mine.classId, dueOn: null }),
      // A student of mine.
      copyAssignment(
        { id: "student", role: "LEARNER", isGuest: false },
        { classId: mine.classId, assignmentId: myAssignment },
        { destinationClassId: myOther, dueOn: null },
      ),
    ];
    expect(await Promise.all(attempts.map(codeOf))).toEqual(["NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND"]);
    expect(
      await codeOf(copyAssignment(mine.teacher, { classId: mine.classId, assignmentId: myAssignment }, { destinationClassId: mine.classId, dueOn: null })),
    ).toBe("INVALID_INPUT");
    expect(await db().assignment.count({ where: { classId: { in: [mine.classId, myOther, theirs.classId] } } })).toBe(2);
  });
});

describe("copying all of a class's assignments", () => {
  it("copies each, in the source's order, with its settings and without due dates, from the class page", async () => {
    const cls = await createClassWithStudents({ names: ["Léa"] });
    const keys = await articleKeys();
    await createAssignment(cls, { exerciseKey: keys[2], revealPolicy: "NEVER", dueOn: "2027-02-01" });
    await livedAssignment(cls);
    await createAssignment(cls, { exerciseKey: COMPARISON_EXERCISE_KEY, revealPolicy: "AFTER_SUBMIT" });
    const destination = await otherClassOf(cls);
    await createAssignment({ ...cls, classId: destination }, { exerciseKey: keys[0] });

    const { ids } = await copyClassAssignments(cls.teacher, { sourceClassId: cls.classId, destinationClassId: destination });
    expect(ids).toHaveLength(3);
    const [source, copied] = await Promise.all([assignmentsOf(cls.classId), assignmentsOf(destination)]);
    expect(copied).toHaveLength(4);
    const copies = copied.filter((row) => ids.includes(row.id));
    expect(copies.map((row) => [row.exercise.key, row.revealPolicy])).toEqual(source.map((row) => [row.exercise.key, row.revealPolicy]));
    for (const copy of copies) expect(copy).toMatchObject({ dueAt: null, closedAt: null, releasedAt: null });
    expect(await db().attempt.count({ where: { assignmentId: { in: ids } } })).toBe(0);
    // The class page lists them newest first, as the source class does.
    const overview = await getClassOverview(cls.teacher, destination);
    expect(overview!.assignments.slice(0, 3).map((row) => row.exerciseKey)).toEqual(source.map((row) => row.exercise.key).reverse());
  });

  it("makes a new class with another class's assignments, whole or not at all", async () => {
    const [mine, theirs] = await Promise.all([createClassWithStudents({ names: [] }), createClassWithStudents({ names: [] })]);
    await createAssignment(mine, { revealPolicy: "AFTER_RELEASE" });
    await createAssignment(theirs);
    const made = await createClass(mine.teacher, { name: "4e B, l'an prochain", copyAssignmentsFrom: mine.classId });
    expect(made.copied).toBe(1);
    expect((await assignmentsOf(made.id)).map((row) => row.revealPolicy)).toEqual(["AFTER_RELEASE"]);

    const classes = await db().class.count({ where: { teacherId: mine.teacher.id } });
    expect(await codeOf(createClass(mine.teacher, { name: "Avec ceux d'un collègue", copyAssignmentsFrom: theirs.classId }))).toBe("NOT_FOUND");
    expect(await db().class.count({ where: { teacherId: mine.teacher.id } })).toBe(classes);
  });

  it("refuses another teacher's class, either way, and an archived destination", async () => {
    const [mine, theirs] = await Promise.all([createClassWithStudents({ names: [] }), createClassWithStudents({ names: [] })]);
    await Promise.all([createAssignment(mine), createAssignment(theirs)]);
    expect(await codeOf(copyClassAssignments(mine.teacher, { sourceClassId: theirs.classId, destinationClassId: mine.classId }))).toBe("NOT_FOUND");
    expect(await codeOf(copyClassAssignments(mine.teacher, { sourceClassId: mine.classId, destinationClassId: theirs.classId }))).toBe("NOT_FOUND");
    const archived = await otherClassOf(mine);
    await setClassArchived(mine.teacher, archived, true);
    expect(await codeOf(copyClassAssignments(mine.teacher, { sourceClassId: mine.classId, destinationClassId: archived }))).toBe("CLASS_ARCHIVED");
    expect(await db().assignment.count({ where: { classId: { in: [mine.classId, theirs.classId, archived] } } })).toBe(2);
  });
});

describe("reprinting sign-in slips", () => {
  it("gives the chosen students new passphrases: the old ones are refused, the new ones work, their sessions end, the others keep theirs", async () => {
    const cls = await createClassWithStudents({ names: ["Léa", "Tom", "Inès"] });
    const [lea, tom, ines] = cls.students as [TestClass["students"][number], TestClass["students"][number], TestClass["students"][number]];
    const [leaSession, inesSession] = await Promise.all([sessionCookie(lea), sessionCookie(ines)]);
    const slips = await resetStudentPasswords(cls.teacher, cls.classId, [lea.id, tom.id], "fr");
    expect(slips.map((slip) => slip.name)).toEqual(["Léa", "Tom"]);
    for (const slip of slips) expect(slip.password).toMatch(/^[a-z]+(-[a-z]+){3}$/);
    const signIn = (name: string, password: string) => codeOf(signInStudent(headersFrom(), { code: cls.joinCode, name, password }));

    expect(await signIn("Léa", lea.password)).toBe("WRONG_NAME_OR_PASSWORD");
    expect(await signIn("Tom", tom.password)).toBe("WRONG_NAME_OR_PASSWORD");
    expect(await signIn("Léa", slips[0]!.password)).toBe("ok");
    expect(await signIn("Tom", slips[1]!.password)).toBe("ok");
    expect(await signIn("Inès", ines.password)).toBe("ok");
    expect((await resolveSession(headersFrom(leaSession), { live: true })).viewer).toBeNull();
    expect((await resolveSession(headersFrom(inesSession), { live: true })).viewer?.id).toBe(ines.id);
  });

  it("changes nobody's password when a student named is not of the class, or the class not the teacher's", async () => {
    const [cls, other] = await Promise.all([createClassWithStudents({ names: ["Léa"] }), createClassWithStudents({ names: ["Noé"] })]);
    const before = await db().account.findMany({ where: { userId: { in: [cls.students[0]!.id, other.students[0]!.id] } }, orderBy: { id: "asc" } });
    expect(await codeOf(resetStudentPasswords(cls.teacher, cls.classId, [cls.students[0]!.id, other.students[0]!.id], "fr"))).toBe("NOT_FOUND");
    expect(await codeOf(resetStudentPasswords(other.teacher, cls.classId, [cls.students[0]!.id], "fr"))).toBe("NOT_FOUND");
    expect(await codeOf(resetStudentPasswords(cls.teacher, cls.classId, [], "fr"))).toBe("NOT_FOUND");
    expect(await db().account.findMany({ where: { userId: { in: [cls.students[0]!.id, other.students[0]!.id] } }, orderBy: { id: "asc" } })).toEqual(before);
  });
});
