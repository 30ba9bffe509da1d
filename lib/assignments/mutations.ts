import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { classesOwnedBy } from "@/lib/classes/policy";
import { getContent } from "@/lib/content";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { exerciseKeyForArticle } from "@/lib/exercises/keys";
import { ownAssignment, type AssignmentRef } from "./policy";
import { articleQuestions, questionKeysToStore } from "./questions";
import type { CreateAssignmentsInput, QuestionChoiceInput, UpdateAssignmentInput } from "./schemas";
import type { RevealPolicy } from "./types";

/**
 * A teacher's assignments: give exercises to a class, change them, close or reopen them, release
 * the commentary, delete. Scoped to classes the viewer owns (./policy.ts): NOT_FOUND otherwise.
 */

/** A form's input as the domain functions take it: the question choice may be left out (every question). */
type FormInput<T> = Omit<T, "locale" | keyof QuestionChoiceInput> & Partial<QuestionChoiceInput>;

/**
 * The question keys to store for one exercise from what its form sent (./questions.ts
 * questionKeysToStore): none (all) when the form offered no choice for it. Throws
 * QUESTIONS_REQUIRED when it offered one and nothing was ticked, INVALID_INPUT for a key that is
 * not one of the exercise's questions.
 */
async function chosenQuestionKeys(exerciseKey: string, { questions = [], chooses = [] }: Partial<QuestionChoiceInput>): Promise<string[]> {
  if (!chooses.includes(exerciseKey)) return [];
  const content = await getContent();
  const article = content.articles.find((candidate) => exerciseKeyForArticle(candidate.slug) === exerciseKey);
  const prefix = `${exerciseKey}/`;
  const ticked = questions.filter((value) => value.startsWith(prefix)).map((value) => value.slice(prefix.length));
  if (ticked.length === 0) throw new AppError("QUESTIONS_REQUIRED");
  const keys = questionKeysToStore(ticked, articleQuestions(content, article?.slug ?? null));
  if (!keys) throw new AppError("INVALID_INPUT");
  return keys;
}

/**
 * One assignment per chosen exercise (each has its own attempts), all with the same due day and
 * reveal policy, in one transaction. The due day is stored at 00:00 UTC and read as a calendar day.
 */
export async function createAssignments(viewer: Viewer, input: FormInput<CreateAssignmentsInput>): Promise<{ ids: string[] }> {
  const cls = await db().class.findFirst({ where: { id: input.classId, ...classesOwnedBy(viewer) }, select: { id: true, archivedAt: true } });
  if (!cls) throw new AppError("NOT_FOUND");
  if (cls.archivedAt) throw new AppError("CLASS_ARCHIVED");
  const keys = [...new Set(input.exercises)];
  const exercises = await db().exercise.findMany({ where: { key: { in: keys } }, select: { id: true, key: true } });
  if (exercises.length !== keys.length) throw new AppError("INVALID_INPUT");
  const dueAt = input.dueOn ? new Date(`${input.dueOn}T00:00:00.000Z`) : null;
  const questionKeys = await Promise.all(keys.map((key) => chosenQuestionKeys(key, input)));
  const created = await db().$transaction(
    keys.map((key, index) =>
      db().assignment.create({
        data: {
          classId: cls.id,
          exerciseId: exercises.find((exercise) => exercise.key === key)!.id,
          dueAt,
          revealPolicy: input.revealPolicy,
          questionKeys: questionKeys[index]!,
        },
        select: { id: true },
      }),
    ),
  );
  return { ids: created.map((row) => row.id) };
}

export type AssignmentUpdate =
  | { updated: true }
  | { updated: false; studentsWithWork: number; asked: { exerciseKey: string; dueOn: string; revealPolicy: RevealPolicy; questions: string[] } };

/**
 * Changes an assignment's exercise, questions, due day and reveal policy, in one transaction.
 * Other questions of the same exercise keep every answer: one taken out is hidden, and shows
 * again with its answers when put back (./questions.ts). Another
 * exercise leaves the work done on the first one without its questions: while students have
 * started, nothing changes until the teacher confirms for that many students (`confirmLoss`), and
 * then their work for this assignment is deleted with the change. A closed class (archived) is not
 * changed.
 */
export async function updateAssignment(viewer: Viewer, input: FormInput<UpdateAssignmentInput>): Promise<AssignmentUpdate> {
  const questionKeys = await chosenQuestionKeys(input.exercise, input);
  return db().$transaction(async (tx) => {
    const assignment = await tx.assignment.findFirst({
      where: ownAssignment(viewer, input),
      select: { id: true, exerciseId: true, class: { select: { archivedAt: true } }, _count: { select: { attempts: true } } },
    });
    if (!assignment) throw new AppError("NOT_FOUND");
    if (assignment.class.archivedAt) throw new AppError("CLASS_ARCHIVED");
    const exercise = await tx.exercise.findUnique({ where: { key: input.exercise }, select: { id: true } });
    if (!exercise) throw new AppError("INVALID_INPUT");
    const studentsWithWork = assignment._count.attempts;
    const changesExercise = exercise.id !== assignment.exerciseId;
    // Confirmed for fewer students than have started by now: ask again with the new number.
    if (changesExercise && studentsWithWork > 0 && (input.confirmLoss === null || input.confirmLoss < studentsWithWork)) {
      return {
        updated: false,
        studentsWithWork,
        asked: { exerciseKey: input.exercise, dueOn: input.dueOn ?? "", revealPolicy: input.revealPolicy, questions: input.questions ?? [] },
      };
    }
    if (changesExercise) await tx.attempt.deleteMany({ where: { assignmentId: assignment.id } });
    await tx.assignment.update({
      where: { id: assignment.id },
      data: {
        exerciseId: exercise.id,
        dueAt: input.dueOn ? new Date(`${input.dueOn}T00:00:00.000Z`) : null,
        revealPolicy: input.revealPolicy,
        questionKeys,
      },
    });
    return { updated: true };
  });
}

async function updateOwnAssignment(viewer: Viewer, requested: AssignmentRef, data: { closedAt?: Date | null; releasedAt?: Date }): Promise<void> {
  const { count } = await db().assignment.updateMany({ where: ownAssignment(viewer, requested), data });
  if (count === 0) throw new AppError("NOT_FOUND");
}

/** Closed: students read their work but change nothing; saves are refused with ASSIGNMENT_CLOSED. */
export const setAssignmentClosed = (viewer: Viewer, requested: AssignmentRef, closed: boolean) =>
  updateOwnAssignment(viewer, requested, { closedAt: closed ? new Date() : null });

/** Shows the commentary to the students who submitted (reveal policy AFTER_RELEASE). */
export const releaseCommentary = (viewer: Viewer, requested: AssignmentRef) => updateOwnAssignment(viewer, requested, { releasedAt: new Date() });

/** Deletes an assignment and every student's work for it. */
export async function deleteAssignment(viewer: Viewer, requested: AssignmentRef): Promise<void> {
  const { count } = await db().assignment.deleteMany({ where: ownAssignment(viewer, requested) });
  if (count === 0) throw new AppError("NOT_FOUND");
}

/** Whom an assignment is for, and the students with a due day of their own (extra time): ./policy.ts inAudienceSql, dueAtSql. */
export type AssignmentAudience = {
  audience: "CLASS" | "GROUPS" | "STUDENTS";
  /** For GROUPS: groups of the assignment's class. */
  groupIds: readonly string[];
  /** For STUDENTS: students (enrolment ids) of the assignment's class. */
  enrolmentIds: readonly string[];
  /** Each student's own due day ("2027-01-15"), by enrolment id: the others keep the assignment's. */
  dueDates: Readonly<Record<string, string>>;
};

/**
 * Sets whom an assignment is for and who has extra time, in one transaction: everything named must
 * be of the assignment's class (INVALID_INPUT otherwise). Work already done by a student left out
 * is kept, unseen, and shows again if they are put back.
 */
export async function setAssignmentAudience(viewer: Viewer, requested: AssignmentRef, input: AssignmentAudience): Promise<void> {
  const groupIds = input.audience === "GROUPS" ? [...new Set(input.groupIds)] : [];
  const enrolmentIds = input.audience === "STUDENTS" ? [...new Set(input.enrolmentIds)] : [];
  const dueDates = Object.entries(input.dueDates).map(([enrolmentId, day]) => [enrolmentId, new Date(`${day}T00:00:00.000Z`)] as const);
  if (dueDates.some(([, dueAt]) => Number.isNaN(dueAt.getTime()))) throw new AppError("DUE_DATE_INVALID");
  await db().$transaction(async (tx) => {
    const assignment = await tx.assignment.findFirst({ where: ownAssignment(viewer, requested), select: { id: true, classId: true } });
    if (!assignment) throw new AppError("NOT_FOUND");
    const named = [...new Set([...enrolmentIds, ...dueDates.map(([enrolmentId]) => enrolmentId)])];
    const [groups, students] = await Promise.all([
      tx.group.count({ where: { id: { in: groupIds }, classId: assignment.classId } }),
      tx.enrolment.count({ where: { id: { in: named }, classId: assignment.classId } }),
    ]);
    if (groups !== groupIds.length || students !== named.length) throw new AppError("INVALID_INPUT");
    const where = { assignmentId: assignment.id };
    await Promise.all([tx.assignmentGroup.deleteMany({ where }), tx.assignmentStudent.deleteMany({ where }), tx.dueDateOverride.deleteMany({ where })]);
    await tx.assignment.update({ where: { id: assignment.id }, data: { audience: input.audience } });
    await tx.assignmentGroup.createMany({ data: groupIds.map((groupId) => ({ ...where, groupId })) });
    await tx.assignmentStudent.createMany({ data: enrolmentIds.map((enrolmentId) => ({ ...where, enrolmentId })) });
    await tx.dueDateOverride.createMany({ data: dueDates.map(([enrolmentId, dueAt]) => ({ ...where, enrolmentId, dueAt })) });
  });
}
