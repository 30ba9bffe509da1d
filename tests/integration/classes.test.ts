import { describe, expect, it } from "vitest";
import { saveAnswer } from "@/lib/answers/mutations";
import { createClass, deleteClass, regenerateJoinCode, renameClass, setClassArchived, setJoiningOpen } from "@/lib/classes/mutations";
import { getClassOverview, getOwnClass, listClasses } from "@/lib/classes/queries";
import { getContent } from "@/lib/content";
import { db } from "@/lib/db";
import { exerciseKeyForArticle } from "@/lib/exercises/keys";
import { createAssignment, createClassWithStudents, createLearner, createTeacher, newSaveId } from "../support/factories";
import { recordStatements } from "../support/sql-statements";
import { codeOf } from "../support/errors";

/** A teacher's classes: their own only, each screen one statement, deletion complete. */

describe("classes", () => {
  it("are created with a six-character join code and listed for their teacher only", async () => {
    const teacher = await createTeacher();
    const { id } = await createClass(teacher, { name: "4e B" });
    const { joinCode } = await db().class.findUniqueOrThrow({ where: { id } });
    expect(joinCode).toMatch(/^[A-Z2-9]{6}$/);
    expect(await listClasses(teacher)).toEqual([{ id, name: "4e B", joinCode, archivedAt: null, students: 0, assignments: 0 }]);
    expect(await listClasses(await createTeacher())).toEqual([]);
    expect(await listClasses(await createLearner({ guest: false }))).toEqual([]);
    expect(await codeOf(createClass(await createLearner({ guest: false }), { name: "pirate" }))).toBe("NOT_FOUND");
  });

  it("change only for their teacher: another teacher gets NOT_FOUND and nothing changes", async () => {
    const cls = await createClassWithStudents({ names: [] });
    const stranger = await createTeacher();
    const before = await db().class.findUniqueOrThrow({ where: { id: cls.classId } });
    const outcomes = await Promise.all(
      [
        renameClass(stranger, cls.classId, "volé"),
        setClassArchived(stranger, cls.classId, true),
        setJoiningOpen(stranger, cls.classId, false),
        regenerateJoinCode(stranger, cls.classId),
        deleteClass(stranger, cls.classId),
      ].map(codeOf),
    );
    expect(outcomes).toEqual(Array(5).fill("NOT_FOUND"));
    expect(await db().class.findUniqueOrThrow({ where: { id: cls.classId } })).toEqual(before);
    expect(await getOwnClass(stranger, cls.classId)).toBeNull();
    expect(await getClassOverview(stranger, cls.classId)).toBeNull();

    await renameClass(cls.teacher, cls.classId, "3e A");
    await setJoiningOpen(cls.teacher, cls.classId, false);
    await regenerateJoinCode(cls.teacher, cls.classId);
    await setClassArchived(cls.teacher, cls.classId, true);
    const after = await db().class.findUniqueOrThrow({ where: { id: cls.classId } });
    expect(after).toMatchObject({ name: "3e A", joiningOpen: false });
    expect(after.joinCode).not.toBe(before.joinCode);
    expect(after.archivedAt).not.toBeNull();
  });

  it("show their roster with last activity and their assignments' progress in one statement", async () => {
    const content = await getContent();
    const slug = content.articles[0]!.slug;
    const question = content.questionSets[slug]!.questions.find((candidate) => candidate.type === "open")!.key;
    const cls = await createClassWithStudents({ names: ["Tom", "Léa", "Zoé"] });
    const assignmentId = await createAssignment(cls, { exerciseKey: exerciseKeyForArticle(slug) });
    const tom = cls.students.find((student) => student.name === "Tom")!;
    await saveAnswer({ article: slug, question, assignmentId, value: { text: "x" }, baseRevision: 0, saveId: newSaveId() }, async () => tom);

    const { result: overview, statements } = await recordStatements(() => getClassOverview(cls.teacher, cls.classId));
    expect(statements).toHaveLength(1);
    expect(overview?.students.map((student) => student.name)).toEqual(["Léa", "Tom", "Zoé"]);
    expect(overview?.students.find((student) => student.name === "Tom")?.lastActiveAt).toMatch(/^\d{4}-\d{2}-\d{2}T.*Z$/);
    expect(overview?.students.find((student) => student.name === "Léa")?.lastActiveAt).toBeNull();
    expect(overview?.assignments).toEqual([expect.objectContaining({ id: assignmentId, articleSlug: slug, started: 1, submitted: 0, closed: false })]);
  });

  it("are deleted with their students' accounts, assignments and work, and nothing of another class", async () => {
    const cls = await createClassWithStudents({ names: ["Léa", "Tom"] });
    const other = await createClassWithStudents({ teacher: cls.teacher, names: ["Léa"] });
    await createAssignment(cls);
    const result = await deleteClass(cls.teacher, cls.classId);
    expect(result).toEqual({ students: 2 });
    expect(await db().class.findUnique({ where: { id: cls.classId } })).toBeNull();
    expect(await db().user.count({ where: { id: { in: cls.students.map((student) => student.id) } } })).toBe(0);
    expect(await db().assignment.count({ where: { classId: cls.classId } })).toBe(0);
    expect(await db().enrolment.count({ where: { classId: other.classId } })).toBe(1);
    expect(await db().user.findUnique({ where: { id: cls.teacher.id } })).not.toBeNull();
  });
});
