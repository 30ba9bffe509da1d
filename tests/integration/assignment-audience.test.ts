import { beforeAll, describe, expect, it } from "vitest";
import { saveAnswer } from "@/lib/answers/mutations";
import type { SaveAnswerInput } from "@/lib/answers/schemas";
import { createAssignments, setAssignmentAudience, updateAssignment, type AssignmentAudience } from "@/lib/assignments/mutations";
import { getAssignmentContext, listStudentClasses } from "@/lib/assignments/queries";
import type { Viewer } from "@/lib/auth/viewer";
import { createGroup, deleteGroup, listGroups, renameGroup, setGroupMembers } from "@/lib/classes/groups";
import { getContent } from "@/lib/content";
import { db } from "@/lib/db";
import { parseCsv } from "@/lib/export/csv";
import { exportCsv } from "@/lib/export/export-csv";
import { getExportTarget } from "@/lib/export/queries";
import { exerciseKeyForArticle } from "@/lib/exercises/keys";
import { getChartsData } from "@/lib/review/charts-query";
import { getAssignmentProgress, getQuestionReview, getStudentReview } from "@/lib/review/queries";
import { createAssignment, createClassWithStudents, newSaveId, type TestClass } from "../support/factories";
import { recordStatements } from "../support/sql-statements";
import { codeOf } from "../support/errors";

/**
 * Whom an assignment is for (lib/assignments/policy.ts inAudienceSql, dueAtSql): the whole class,
 * chosen groups or chosen students, each with their own due day; a student outside does not see
 * it or save into it, and the teacher's screens and export count only its audience, by group too.
 */

let slug: string;
let question: string;

beforeAll(async () => {
  const content = await getContent();
  slug = content.articles[0]!.slug;
  question = content.questionSets[slug]!.questions.find((candidate) => candidate.type === "open")!.key;
});

const save = (viewer: Viewer, assignmentId: string, overrides: Partial<SaveAnswerInput> = {}) =>
  saveAnswer({ article: slug, question, assignmentId, value: { text: "ma réponse" }, baseRevision: 0, saveId: newSaveId(), ...overrides }, async () => viewer);

type Room = TestClass & { assignmentId: string; enrolments: Record<string, string>; groupA: string; groupB: string };

/** Léa, Tom and Inès; group A = Léa and Tom, group B = Tom and Inès; an assignment due 15 January. */
async function room(): Promise<Room> {
  const cls = await createClassWithStudents({ names: ["Léa", "Tom", "Inès"] });
  const assignmentId = await createAssignment(cls, { exerciseKey: exerciseKeyForArticle(slug), dueOn: "2027-01-15" });
  const rows = await db().enrolment.findMany({ where: { classId: cls.classId }, select: { id: true, name: true } });
  const enrolments = Object.fromEntries(rows.map((row) => [row.name, row.id]));
  const { id: groupA } = await createGroup(cls.teacher, cls.classId, "Groupe A");
  const { id: groupB } = await createGroup(cls.teacher, cls.classId, "Groupe B");
  await setGroupMembers(cls.teacher, cls.classId, groupA, [enrolments["Léa"]!, enrolments["Tom"]!]);
  await setGroupMembers(cls.teacher, cls.classId, groupB, [enrolments["Tom"]!, enrolments["Inès"]!]);
  return { ...cls, assignmentId, enrolments, groupA, groupB };
}

const student = (r: Room, name: string) => r.students.find((candidate) => candidate.name === name)!;
const audience = (r: Room, input: Partial<AssignmentAudience>) =>
  setAssignmentAudience(r.teacher, r, { audience: "CLASS", groupIds: [], enrolmentIds: [], dueDates: {}, ...input });
const dueFor = async (r: Room, name: string) =>
  (await listStudentClasses(student(r, name))).flatMap((cls) => cls.assignments).find((assignment) => assignment.id === r.assignmentId)?.dueAt ?? "absent";

describe("a class's groups", () => {
  it("are created, renamed, filled and deleted by the class's teacher only, names unique in the class", async () => {
    const r = await room();
    expect(await listGroups(r.teacher, r.classId)).toEqual([
      { id: r.groupA, name: "Groupe A", members: expect.arrayContaining([r.enrolments["Léa"], r.enrolments["Tom"]]) },
      { id: r.groupB, name: "Groupe B", members: expect.arrayContaining([r.enrolments["Tom"], r.enrolments["Inès"]]) },
    ]);
    expect(await codeOf(createGroup(r.teacher, r.classId, "Groupe A"))).toBe("GROUP_NAME_TAKEN");
    expect(await codeOf(renameGroup(r.teacher, r.classId, r.groupB, "Groupe A"))).toBe("GROUP_NAME_TAKEN");
    await renameGroup(r.teacher, r.classId, r.groupB, "Atelier");
    const stranger = await createClassWithStudents({ names: ["Zoé"] });
    expect(await listGroups(stranger.teacher, r.classId)).toEqual([]);
    expect(await codeOf(createGroup(stranger.teacher, r.classId, "Intrus"))).toBe("NOT_FOUND");
    expect(await codeOf(renameGroup(stranger.teacher, r.classId, r.groupA, "Intrus"))).toBe("NOT_FOUND");
    expect(await codeOf(setGroupMembers(stranger.teacher, r.classId, r.groupA, []))).toBe("NOT_FOUND");
    expect(await codeOf(deleteGroup(r.students[0]!, r.classId, r.groupA))).toBe("NOT_FOUND");
    const zoe = (await db().enrolment.findFirstOrThrow({ where: { classId: stranger.classId } })).id;
    expect(await codeOf(setGroupMembers(r.teacher, r.classId, r.groupA, [zoe]))).toBe("INVALID_INPUT");
    await deleteGroup(r.teacher, r.classId, r.groupB);
    expect((await listGroups(r.teacher, r.classId)).map((group) => group.name)).toEqual(["Groupe A"]);
  });
});

describe("an assignment's audience", () => {
  it("given to a group: its students see it, each with their own due day; the others neither see it nor save into it", async () => {
    const r = await room();
    await audience(r, { audience: "GROUPS", groupIds: [r.groupA], dueDates: { [r.enrolments["Tom"]!]: "2027-02-01" } });
    expect(await dueFor(r, "Léa")).toBe("2027-01-15T00:00:00.000Z");
    expect(await dueFor(r, "Tom")).toBe("2027-02-01T00:00:00.000Z");
    expect(await dueFor(r, "Inès")).toBe("absent");
    expect((await getAssignmentContext(student(r, "Tom"), r.assignmentId))?.dueAt).toBe("2027-02-01T00:00:00.000Z");
    expect(await getAssignmentContext(student(r, "Inès"), r.assignmentId)).toBeNull();
    expect(await codeOf(save(student(r, "Inès"), r.assignmentId))).toBe("ASSIGNMENT_NOT_FOUND");
    expect(await codeOf(save(student(r, "Léa"), r.assignmentId))).toBe("ok");
  });

  it("given to chosen students, then changed: a student left out saves nothing more, and their work is kept", async () => {
    const r = await room();
    const tom = student(r, "Tom");
    const { attemptId } = await save(tom, r.assignmentId);
    await audience(r, { audience: "STUDENTS", enrolmentIds: [r.enrolments["Inès"]!] });
    expect(await dueFor(r, "Inès")).toBe("2027-01-15T00:00:00.000Z");
    expect(await dueFor(r, "Tom")).toBe("absent");
    expect(await codeOf(save(tom, r.assignmentId, { attemptId, baseRevision: 1 }))).toBe("ASSIGNMENT_NOT_FOUND");
    expect(await db().answer.count({ where: { attemptId } })).toBe(1);
    await audience(r, { audience: "CLASS" });
    expect(await codeOf(save(tom, r.assignmentId, { attemptId, baseRevision: 1 }))).toBe("ok");
  });

  it("refuses a group or a student of another class, and a due day that is not a date; changes nothing then", async () => {
    const r = await room();
    const other = await room();
    expect(await codeOf(audience(r, { audience: "GROUPS", groupIds: [other.groupA] }))).toBe("INVALID_INPUT");
    expect(await codeOf(audience(r, { audience: "STUDENTS", enrolmentIds: [other.enrolments["Léa"]!] }))).toBe("INVALID_INPUT");
    expect(await codeOf(audience(r, { dueDates: { [other.enrolments["Léa"]!]: "2027-02-01" } }))).toBe("INVALID_INPUT");
    expect(await codeOf(audience(r, { dueDates: { [r.enrolments["Léa"]!]: "demain" } }))).toBe("DUE_DATE_INVALID");
    expect(await codeOf(setAssignmentAudience(other.teacher, r, { audience: "CLASS", groupIds: [], enrolmentIds: [], dueDates: {} }))).toBe("NOT_FOUND");
    expect(await db().assignment.findUniqueOrThrow({ where: { id: r.assignmentId } })).toMatchObject({ audience: "CLASS" });
  });

  it("is made with the assignment, in one transaction: a refused audience leaves no assignment given to the whole class, nor an edit half made", async () => {
    const r = await room();
    const other = await room();
    const foreign = { audience: "GROUPS", groupIds: [other.groupA], enrolmentIds: [], dueDates: {} } as const;
    const given = { classId: r.classId, exercises: [exerciseKeyForArticle(slug)], dueOn: "2027-03-01", revealPolicy: "AFTER_SUBMIT" as const };
    expect(await codeOf(createAssignments(r.teacher, given, foreign))).toBe("INVALID_INPUT");
    expect(await db().assignment.count({ where: { classId: r.classId } })).toBe(1);
    const edit = {
      classId: r.classId,
      assignmentId: r.assignmentId,
      exercise: exerciseKeyForArticle(slug),
      dueOn: "2027-03-01",
      revealPolicy: "AFTER_SUBMIT",
      confirmLoss: null,
    } as const;
    expect(await codeOf(updateAssignment(r.teacher, edit, foreign))).toBe("INVALID_INPUT");
    expect(await db().assignment.findUniqueOrThrow({ where: { id: r.assignmentId } })).toMatchObject({
      audience: "CLASS",
      dueAt: new Date("2027-01-15T00:00:00.000Z"),
    });
    // Accepted: made with its audience and a student's own day.
    const { ids } = await createAssignments(r.teacher, given, {
      audience: "GROUPS",
      groupIds: [r.groupB],
      enrolmentIds: [],
      dueDates: { [r.enrolments["Inès"]!]: "2027-04-01" },
    });
    expect(await db().assignment.findUniqueOrThrow({ where: { id: ids[0]! }, select: { audience: true, groups: { select: { groupId: true } } } })).toEqual({
      audience: "GROUPS",
      groups: [{ groupId: r.groupB }],
    });
    expect(await db().dueDateOverride.findMany({ where: { assignmentId: ids[0]! }, select: { enrolmentId: true } })).toEqual([
      { enrolmentId: r.enrolments["Inès"] },
    ]);
  });

  it("the teacher's grid, reviews, charts and export count only its audience, by group on request, in one statement each", async () => {
    const r = await room();
    await audience(r, { audience: "GROUPS", groupIds: [r.groupA] });
    await save(student(r, "Léa"), r.assignmentId);
    const names = (grid: { students: Array<{ name: string }> }) => grid.students.map((entry) => entry.name);
    const { result: progress, statements } = await recordStatements(() => getAssignmentProgress(r.teacher, r.classId, r.assignmentId));
    expect(statements).toHaveLength(1);
    expect(names(progress!.grid)).toEqual(["Léa", "Tom"]);
    expect(progress!.grid.counts).toMatchObject({ students: 2, started: 1 });
    expect(names((await getAssignmentProgress(r.teacher, r.classId, r.assignmentId, r.groupB))!.grid)).toEqual(["Tom"]);
    // A group of another class filters everyone out, never in.
    const other = await room();
    expect(names((await getAssignmentProgress(r.teacher, r.classId, r.assignmentId, other.groupA))!.grid)).toEqual([]);
    const byQuestion = (await getQuestionReview(r.teacher, r.classId, r.assignmentId, question, r.groupB))!;
    expect(byQuestion.answers.map((answer) => answer.name)).toEqual(["Tom"]);
    expect(await getStudentReview(r.teacher, r.classId, r.assignmentId, r.enrolments["Inès"]!)).toBeNull();
    expect((await getChartsData(r.teacher, r.assignmentId))!).toMatchObject({ enrolled: 2 });
    const target = (await getExportTarget(r.teacher, { assignmentId: r.assignmentId }))!;
    let text = "";
    for await (const chunk of exportCsv(r.teacher, target, { sep: "comma", pseudonymised: false, locale: "fr" })) text += chunk;
    const [, ...rows] = parseCsv(text.slice(1), "comma");
    expect(new Set(rows.map((row) => row[2]))).toEqual(new Set(["Léa", "Tom"]));
  });

  it("lists a student's assignments in one statement, whatever the audiences", async () => {
    const r = await room();
    await audience(r, { audience: "GROUPS", groupIds: [r.groupA, r.groupB], dueDates: { [r.enrolments["Léa"]!]: "2027-03-01" } });
    const { result, statements } = await recordStatements(() => listStudentClasses(student(r, "Tom")));
    expect(statements).toHaveLength(1);
    // Tom is in both groups: the assignment once.
    expect(result.flatMap((cls) => cls.assignments).filter((assignment) => assignment.id === r.assignmentId)).toHaveLength(1);
  });
});
