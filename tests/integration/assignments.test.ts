import { beforeAll, describe, expect, it } from "vitest";
import { saveAnswer } from "@/lib/answers/mutations";
import type { SaveAnswerInput } from "@/lib/answers/schemas";
import { createAssignments, deleteAssignment, releaseCommentary, setAssignmentClosed, updateAssignment } from "@/lib/assignments/mutations";
import { getAssignmentContext, listStudentClasses } from "@/lib/assignments/queries";
import { contextOf } from "@/lib/attempts/context";
import { submitAttempt } from "@/lib/attempts/mutations";
import { getLearnerState } from "@/lib/attempts/queries";
import type { Viewer } from "@/lib/auth/viewer";
import { setClassArchived } from "@/lib/classes/mutations";
import { getContent } from "@/lib/content";
import { db } from "@/lib/db";
import { COMPARISON_EXERCISE_KEY, exerciseKeyForArticle } from "@/lib/exercises/keys";
import { createAssignment, createClassWithStudents, createLearner, newSaveId, type TestClass } from "../support/factories";
import { recordStatements } from "../support/sql-statements";
import { codeOf } from "../support/errors";

/** Work for an assignment: its own attempt, refused once closed, in one statement on the hot path and the reader's GET. */

let slug: string;
let question: string;
let otherSlug: string;

beforeAll(async () => {
  const content = await getContent();
  slug = content.articles[0]!.slug;
  otherSlug = content.articles[1]!.slug;
  question = content.questionSets[slug]!.questions.find((candidate) => candidate.type === "open")!.key;
});

const save = (viewer: Viewer, overrides: Partial<SaveAnswerInput> = {}) =>
  saveAnswer({ article: slug, question, value: { text: "ma réponse" }, baseRevision: 0, saveId: newSaveId(), ...overrides }, async () => viewer);

async function classWithAssignment(revealPolicy: "AFTER_SUBMIT" | "AFTER_RELEASE" | "NEVER" = "AFTER_RELEASE"): Promise<TestClass & { assignmentId: string }> {
  const cls = await createClassWithStudents({ names: ["Léa", "Tom"] });
  return { ...cls, assignmentId: await createAssignment(cls, { exerciseKey: exerciseKeyForArticle(slug), revealPolicy, dueOn: "2026-12-18" }) };
}

describe("assignments", () => {
  it("gives one assignment per chosen exercise, with the due day and reveal policy", async () => {
    const cls = await createClassWithStudents({ names: [] });
    const { ids } = await createAssignments(cls.teacher, {
      classId: cls.classId,
      exercises: [exerciseKeyForArticle(slug), COMPARISON_EXERCISE_KEY],
      dueOn: "2026-12-18",
      revealPolicy: "NEVER",
    });
    const rows = await db().assignment.findMany({ where: { id: { in: ids } }, include: { exercise: true } });
    expect(rows.map((row) => row.exercise.key).sort()).toEqual([COMPARISON_EXERCISE_KEY, exerciseKeyForArticle(slug)].sort());
    expect(rows.every((row) => row.revealPolicy === "NEVER" && row.dueAt?.toISOString() === "2026-12-18T00:00:00.000Z")).toBe(true);
  });

  it("refuses an unknown exercise and an archived class", async () => {
    const cls = await createClassWithStudents({ names: [] });
    const create = (exercises: string[]) =>
      codeOf(createAssignments(cls.teacher, { classId: cls.classId, exercises, dueOn: null, revealPolicy: "AFTER_SUBMIT" }));
    expect(await create(["article:nope"])).toBe("INVALID_INPUT");
    await setClassArchived(cls.teacher, cls.classId, true);
    expect(await create([COMPARISON_EXERCISE_KEY])).toBe("CLASS_ARCHIVED");
  });

  it("keeps work for an assignment in its own attempt, apart from self-study", async () => {
    const cls = await classWithAssignment();
    const student = cls.students[0]!;
    const own = await save(student);
    const forTeacher = await save(student, { assignmentId: cls.assignmentId, value: { text: "pour le devoir" } });
    expect(forTeacher.attemptId).not.toBe(own.attemptId);
    const attempt = await db().attempt.findUniqueOrThrow({ where: { id: forTeacher.attemptId } });
    expect(attempt).toMatchObject({ scope: cls.assignmentId, assignmentId: cls.assignmentId, number: 1, userId: student.id });
    // A save naming the assignment cannot land in the self-study attempt, nor the reverse.
    expect(await codeOf(save(student, { assignmentId: cls.assignmentId, attemptId: own.attemptId, baseRevision: 1 }))).toBe("ATTEMPT_NOT_FOUND");
    expect(await codeOf(save(student, { attemptId: forTeacher.attemptId, baseRevision: 1 }))).toBe("ATTEMPT_NOT_FOUND");
  });

  it("saves into an open assignment's attempt in one statement", async () => {
    const cls = await classWithAssignment();
    const student = cls.students[0]!;
    const first = await save(student, { assignmentId: cls.assignmentId });
    const { result, statements } = await recordStatements(() =>
      save(student, { assignmentId: cls.assignmentId, attemptId: first.attemptId, baseRevision: 1, value: { text: "v2" } }),
    );
    expect(result).toMatchObject({ attemptId: first.attemptId, revision: 2 });
    expect(statements).toHaveLength(1);
  });

  it("refuses a save after closing with ASSIGNMENT_CLOSED, and keeps the stored answer", async () => {
    const cls = await classWithAssignment();
    const [lea, tom] = [cls.students[0]!, cls.students[1]!];
    const first = await save(lea, { assignmentId: cls.assignmentId, value: { text: "avant" } });
    await setAssignmentClosed(cls.teacher, cls, true);
    expect(await codeOf(save(lea, { assignmentId: cls.assignmentId, attemptId: first.attemptId, baseRevision: 1, value: { text: "après" } }))).toBe(
      "ASSIGNMENT_CLOSED",
    );
    expect(await codeOf(save(tom, { assignmentId: cls.assignmentId }))).toBe("ASSIGNMENT_CLOSED");
    expect(await db().answer.findFirstOrThrow({ where: { attemptId: first.attemptId } })).toMatchObject({ value: { text: "avant" }, revision: 1 });
    expect(await codeOf(submitAttempt(lea, first.attemptId))).toBe("ASSIGNMENT_CLOSED");
    await setAssignmentClosed(cls.teacher, cls, false);
    expect(await codeOf(save(lea, { assignmentId: cls.assignmentId, attemptId: first.attemptId, baseRevision: 1, value: { text: "rouvert" } }))).toBe("ok");
    await setClassArchived(cls.teacher, cls.classId, true);
    expect(await codeOf(save(lea, { assignmentId: cls.assignmentId, attemptId: first.attemptId, baseRevision: 2 }))).toBe("ASSIGNMENT_CLOSED");
  });

  it("reads as not found to anyone outside the class, and for another exercise", async () => {
    const cls = await classWithAssignment();
    const outsider = (await createClassWithStudents({ names: ["Inès"] })).students[0]!;
    const guest = await createLearner({ guest: true });
    for (const viewer of [outsider, guest, cls.teacher]) {
      expect(await codeOf(save(viewer, { assignmentId: cls.assignmentId }))).toBe("ASSIGNMENT_NOT_FOUND");
      expect(await getAssignmentContext(viewer, cls.assignmentId)).toBeNull();
    }
    expect(
      await codeOf(
        save(cls.students[0]!, {
          assignmentId: cls.assignmentId,
          article: otherSlug,
          question: (await getContent()).questionSets[otherSlug]!.questions.find((q) => q.type === "open")!.key,
        }),
      ),
    ).toBe("ASSIGNMENT_NOT_FOUND");
    expect(await db().attempt.count({ where: { assignmentId: cls.assignmentId } })).toBe(0);
  });

  it("allows one attempt per student: submitted, it is read-only and no second one opens", async () => {
    const cls = await classWithAssignment();
    const student = cls.students[0]!;
    const first = await save(student, { assignmentId: cls.assignmentId });
    await submitAttempt(student, first.attemptId);
    expect(await codeOf(save(student, { assignmentId: cls.assignmentId }))).toBe("ATTEMPT_SUBMITTED");
    expect(await db().attempt.count({ where: { assignmentId: cls.assignmentId } })).toBe(1);
    await expect(
      db().attempt.create({
        data: {
          userId: student.id,
          exerciseId: (await db().attempt.findUniqueOrThrow({ where: { id: first.attemptId } })).exerciseId,
          assignmentId: cls.assignmentId,
          scope: cls.assignmentId,
          number: 2,
        },
      }),
    ).rejects.toThrow();
  });
});

describe("the assignment's context, as the reader and My work read it", () => {
  it("says which assignment, in one statement, and follows the student from not started to returned", async () => {
    const cls = await classWithAssignment("AFTER_RELEASE");
    const student = cls.students[0]!;
    const { result: before, statements } = await recordStatements(() => getAssignmentContext(student, cls.assignmentId));
    expect(statements).toHaveLength(1);
    expect(before).toMatchObject({
      id: cls.assignmentId,
      exerciseKey: exerciseKeyForArticle(slug),
      articleSlug: slug,
      dueAt: "2026-12-18T00:00:00.000Z",
      closed: false,
      revealPolicy: "AFTER_RELEASE",
      released: false,
      attempt: null,
      status: "notStarted",
    });
    expect(before?.className).toMatch(/^Classe /);
    const first = await save(student, { assignmentId: cls.assignmentId });
    expect((await getAssignmentContext(student, cls.assignmentId))?.status).toBe("inProgress");
    await submitAttempt(student, first.attemptId);
    expect(await getAssignmentContext(student, cls.assignmentId)).toMatchObject({ status: "submitted", attempt: { id: first.attemptId, status: "SUBMITTED" } });
    await releaseCommentary(cls.teacher, cls);
    expect(await getAssignmentContext(student, cls.assignmentId)).toMatchObject({ status: "returned", released: true });
  });

  it("serves the reader's learner state in the assignment's context in one statement, and nothing to anyone else", async () => {
    const cls = await classWithAssignment();
    const [lea, tom] = [cls.students[0]!, cls.students[1]!];
    const first = await save(lea, { assignmentId: cls.assignmentId, value: { text: "pour le devoir" } });
    await save(lea, { value: { text: "pour moi" } });
    const context = contextOf(cls.assignmentId);
    const { result: state, statements } = await recordStatements(() => getLearnerState(lea, exerciseKeyForArticle(slug), context));
    expect(statements).toHaveLength(1);
    expect(state?.attempt).toEqual({
      id: first.attemptId,
      answers: { [question]: expect.objectContaining({ value: { text: "pour le devoir" }, revision: 1 }) },
    });
    expect(state?.assignment).toMatchObject({ id: cls.assignmentId, status: "inProgress" });
    expect(await getLearnerState(tom, exerciseKeyForArticle(slug), context)).toMatchObject({ attempt: null, lastSubmitted: null });
    expect(await getLearnerState(lea, exerciseKeyForArticle(otherSlug), context)).toBeNull();
    expect(await getLearnerState(cls.teacher, exerciseKeyForArticle(slug), context)).toBeNull();
    // Self-study is untouched by the assignment.
    expect((await getLearnerState(lea, exerciseKeyForArticle(slug)))?.attempt?.answers[question]?.value).toEqual({ text: "pour moi" });
  });

  it("lists the student's classes and assignments in one statement, soonest due first", async () => {
    const cls = await classWithAssignment();
    const later = await createAssignment(cls, { exerciseKey: COMPARISON_EXERCISE_KEY, dueOn: "2027-01-10" });
    const undated = await createAssignment(cls, { exerciseKey: exerciseKeyForArticle(otherSlug) });
    const { result, statements } = await recordStatements(() => listStudentClasses(cls.students[0]!));
    expect(statements).toHaveLength(1);
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ id: cls.classId, studentName: "Léa" });
    expect(result[0]!.assignments.map((assignment) => assignment.id)).toEqual([cls.assignmentId, later, undated]);
    expect(await listStudentClasses(await createLearner({ guest: true }))).toEqual([]);
  });
});

// Issue: due date, reveal policy and article were fixed at creation; the only fix was deleting, with the students' work.
describe("changing an assignment", () => {
  const edit = (cls: TestClass & { assignmentId: string }, changes: Partial<Parameters<typeof updateAssignment>[1]> = {}) =>
    updateAssignment(cls.teacher, {
      classId: cls.classId,
      assignmentId: cls.assignmentId,
      exercise: exerciseKeyForArticle(slug),
      dueOn: "2027-01-08",
      revealPolicy: "NEVER",
      confirmLoss: null,
      ...changes,
    });

  it("changes the due day and the reveal policy, and keeps the work", async () => {
    const cls = await classWithAssignment();
    await save(cls.students[0]!, { assignmentId: cls.assignmentId });
    expect(await edit(cls)).toEqual({ updated: true });
    const row = await db().assignment.findUniqueOrThrow({ where: { id: cls.assignmentId }, include: { attempts: true } });
    expect(row).toMatchObject({ dueAt: new Date("2027-01-08T00:00:00.000Z"), revealPolicy: "NEVER" });
    expect(row.attempts).toHaveLength(1);
    expect(await edit(cls, { dueOn: null })).toEqual({ updated: true });
    expect((await db().assignment.findUniqueOrThrow({ where: { id: cls.assignmentId } })).dueAt).toBeNull();
  });

  it("asks before another exercise drops students' work, changes nothing until confirmed for that many, then deletes that work", async () => {
    const cls = await classWithAssignment();
    await save(cls.students[0]!, { assignmentId: cls.assignmentId });
    const other = exerciseKeyForArticle(otherSlug);
    expect(await edit(cls, { exercise: other })).toEqual({
      updated: false,
      studentsWithWork: 1,
      asked: { exerciseKey: other, dueOn: "2027-01-08", revealPolicy: "NEVER", questions: [] },
    });
    const unchanged = await db().assignment.findUniqueOrThrow({ where: { id: cls.assignmentId }, include: { exercise: true, attempts: true } });
    expect(unchanged).toMatchObject({ revealPolicy: "AFTER_RELEASE", exercise: { key: exerciseKeyForArticle(slug) } });
    expect(unchanged.attempts).toHaveLength(1);
    // A second student starts meanwhile: confirming for one is not enough.
    await save(cls.students[1]!, { assignmentId: cls.assignmentId });
    expect(await edit(cls, { exercise: other, confirmLoss: 1 })).toMatchObject({ updated: false, studentsWithWork: 2 });
    expect(await edit(cls, { exercise: other, confirmLoss: 2 })).toEqual({ updated: true });
    const changed = await db().assignment.findUniqueOrThrow({ where: { id: cls.assignmentId }, include: { exercise: true, attempts: true } });
    expect(changed).toMatchObject({ revealPolicy: "NEVER", exercise: { key: other } });
    expect(changed.attempts).toHaveLength(0);
  });

  it("is the class's teacher's alone, and not for an archived class", async () => {
    const cls = await classWithAssignment();
    const stranger = await createClassWithStudents({ names: [] });
    expect(
      await codeOf(
        updateAssignment(stranger.teacher, {
          classId: cls.classId,
          assignmentId: cls.assignmentId,
          exercise: exerciseKeyForArticle(slug),
          dueOn: null,
          revealPolicy: "NEVER",
          confirmLoss: null,
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(await codeOf(edit(cls, { classId: stranger.classId }))).toBe("NOT_FOUND");
    await setClassArchived(cls.teacher, cls.classId, true);
    expect(await codeOf(edit(cls))).toBe("CLASS_ARCHIVED");
  });
});

/**
 * Closing, releasing and deleting took the assignment's id alone and ignored the class the form
 * sent (issue 22): an assignment of another of the teacher's classes, or a class and an
 * assignment that do not go together, was acted on. Now they are refused like a stranger's.
 */
describe("closing, releasing and deleting an assignment", () => {
  const ACTIONS = [
    { name: "close", run: (viewer: Viewer, ref: { classId: string; assignmentId: string }) => setAssignmentClosed(viewer, ref, true) },
    { name: "release", run: (viewer: Viewer, ref: { classId: string; assignmentId: string }) => releaseCommentary(viewer, ref) },
    { name: "delete", run: (viewer: Viewer, ref: { classId: string; assignmentId: string }) => deleteAssignment(viewer, ref) },
  ];

  it.each(ACTIONS)("$name: only with the assignment's own class, and only by its teacher", async ({ run }) => {
    const cls = await classWithAssignment();
    const sameTeachersOtherClass = await createClassWithStudents({ teacher: cls.teacher, names: [] });
    const stranger = await createClassWithStudents({ names: [] });
    const before = await db().assignment.findUniqueOrThrow({ where: { id: cls.assignmentId } });
    const refused: Array<[Viewer, string]> = [
      [cls.teacher, sameTeachersOtherClass.classId],
      [cls.teacher, stranger.classId],
      [stranger.teacher, stranger.classId],
      [stranger.teacher, cls.classId],
    ];
    for (const [viewer, classId] of refused) expect(await codeOf(run(viewer, { classId, assignmentId: cls.assignmentId }))).toBe("NOT_FOUND");
    expect(await db().assignment.findUnique({ where: { id: cls.assignmentId } })).toEqual(before);
    expect(await codeOf(run(cls.teacher, { classId: cls.classId, assignmentId: cls.assignmentId }))).toBe("ok");
  });
});
