import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { classesOwnedBy } from "@/lib/classes/policy";
import { getContent } from "@/lib/content";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { exerciseKeyForArticle } from "@/lib/exercises/keys";
import type { Prisma } from "@/lib/generated/prisma/client";
import { copyableAssignmentsOf, mayCopyAssignments, ownAssignment, ownClassForCopy, type AssignmentRef } from "./policy";
import { articleQuestions, questionKeysToStore } from "./questions";
import type { AudienceFields, CreateAssignmentsInput, QuestionChoiceInput, UpdateAssignmentInput } from "./schemas";
import { COPIED_SETTINGS, copiedSettings } from "./settings";
import type { RevealPolicy } from "./types";

/**
 * A teacher's assignments: give exercises to a class, change them, close or reopen them, release
 * the commentary, delete, copy them to another class. Scoped to classes the viewer owns
 * (./policy.ts): NOT_FOUND otherwise.
 */

/** A form's input as the domain functions take it: the question choice may be left out (every question); whom it is for is setAssignmentAudience's. */
type FormInput<T> = Omit<T, "locale" | keyof QuestionChoiceInput | keyof AudienceFields> & Partial<QuestionChoiceInput>;
type Tx = Prisma.TransactionClient;

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

/** A due day as the assignment forms send it ("2027-01-15"), stored at 00:00 UTC; none for null. */
const dueAtOf = (dueOn: string | null | undefined): Date | null => (dueOn ? new Date(`${dueOn}T00:00:00.000Z`) : null);

/**
 * One assignment per chosen exercise (each has its own attempts), all with the same due day,
 * reveal policy and audience (the whole class unless `audience` says otherwise), in one
 * transaction: a refused audience leaves nothing given. The due day is stored at 00:00 UTC and
 * read as a calendar day.
 */

export async function createAssignments(viewer: Viewer, input: FormInput<CreateAssignmentsInput>, audience?: AssignmentAudience): Promise<{ ids: string[] }> {
  const cls = await db().class.findFirst({ where: { id: input.classId, ...classesOwnedBy(viewer) }, select: { id: true, archivedAt: true } });
  if (!cls) throw new AppError("NOT_FOUND");
  if (cls.archivedAt) throw new AppError("CLASS_ARCHIVED");
  const keys = [...new Set(input.exercises)];
  const exercises = await db().exercise.findMany({ where: { key: { in: keys } }, select: { id: true, key: true } });
  if (exercises.length !== keys.length) throw new AppError("INVALID_INPUT");
  const dueAt = dueAtOf(input.dueOn);
  const questionKeys = await Promise.all(keys.map((key) => chosenQuestionKeys(key, input)));
  return db().$transaction(async (tx) => {
    const ids: string[] = [];
    for (const [index, key] of keys.entries()) {
      const { id } = await tx.assignment.create({
        data: {
          classId: cls.id,
          exerciseId: exercises.find((exercise) => exercise.key === key)!.id,
          dueAt,
          revealPolicy: input.revealPolicy,
          questionKeys: questionKeys[index]!,
        },
        select: { id: true },
      });
      ids.push(id);
      // A new assignment is for the whole class: nothing more to write unless the form says otherwise.
      if (audience && (audience.audience !== "CLASS" || Object.keys(audience.dueDates).length > 0)) {
        await setAssignmentAudience(viewer, { classId: cls.id, assignmentId: id }, audience, tx);
      }
    }
    return { ids };
  });
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
export async function updateAssignment(viewer: Viewer, input: FormInput<UpdateAssignmentInput>, audience?: AssignmentAudience): Promise<AssignmentUpdate> {
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
      data: { exerciseId: exercise.id, dueAt: dueAtOf(input.dueOn), revealPolicy: input.revealPolicy, questionKeys },
    });
    if (audience) await setAssignmentAudience(viewer, input, audience, tx);
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

// ───────────── Copies ─────────────

/**
 * Next year's class, a colleague's group taught by the same teacher: an assignment copied to
 * another class of the viewer's, or all of a class's assignments at once. A copy takes the
 * assignment's settings (./settings.ts: the exercise, the reveal policy…) and nothing of its life:
 * no due date unless one is chosen for the copy, open, commentary not released, no attempts. Who
 * may copy what: ./policy.ts mayCopyAssignments (only between the viewer's own classes, into one
 * not archived); anything else reads NOT_FOUND, or CLASS_ARCHIVED, and nothing is made.
 */

/**
 * One new assignment in the destination class per source assignment (read through `sources`, a
 * scope of the policy's), in the sources' order: each is a millisecond younger than the one before,
 * so the class page lists the copies as the source class lists them.
 */
async function copyInto(tx: Tx, viewer: Viewer, sources: Prisma.AssignmentWhereInput, destinationClassId: string, dueAt: Date | null): Promise<string[]> {
  const destination = await tx.class.findFirst({ where: ownClassForCopy(viewer, destinationClassId), select: { id: true, teacherId: true, archivedAt: true } });
  if (!destination) throw new AppError("NOT_FOUND");
  const rows = await tx.assignment.findMany({
    where: sources,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { ...COPIED_SETTINGS, class: { select: { teacherId: true } } },
  });
  if (destination.archivedAt) throw new AppError("CLASS_ARCHIVED");
  if (!rows.every((row) => mayCopyAssignments(viewer, row.class, destination))) throw new AppError("NOT_FOUND");
  const now = Date.now();
  const ids: string[] = [];
  for (const [index, row] of rows.entries()) {
    const copy = await tx.assignment.create({
      data: { ...copiedSettings(row), classId: destination.id, dueAt, createdAt: new Date(now + index) },
      select: { id: true },
    });
    ids.push(copy.id);
  }
  return ids;
}

/**
 * A copy of one of the viewer's assignments (`requested`, named with its class) in another class
 * of theirs, due on `dueOn` or never. One transaction.
 */
export async function copyAssignment(
  viewer: Viewer,
  requested: AssignmentRef,
  input: { destinationClassId: string; dueOn: string | null },
): Promise<{ id: string; classId: string }> {
  if (input.destinationClassId === requested.classId) throw new AppError("INVALID_INPUT");
  return db().$transaction(async (tx) => {
    const source = await tx.assignment.findFirst({ where: ownAssignment(viewer, requested), select: { id: true } });
    if (!source) throw new AppError("NOT_FOUND");
    const [id] = await copyInto(tx, viewer, { id: source.id }, input.destinationClassId, dueAtOf(input.dueOn));
    return { id: id!, classId: input.destinationClassId };
  });
}

/**
 * A copy of every assignment of one of the viewer's classes (`sourceClassId`) in another
 * (`destinationClassId`), none due. In its own transaction, or in `within`: a class created with
 * the assignments of another (lib/classes/mutations.ts createClass) is made whole or not at all.
 */
export async function copyClassAssignments(
  viewer: Viewer,
  input: { sourceClassId: string; destinationClassId: string },
  within?: Tx,
): Promise<{ ids: string[] }> {
  if (input.sourceClassId === input.destinationClassId) throw new AppError("INVALID_INPUT");
  const run = async (tx: Tx) => {
    const source = await tx.class.findFirst({ where: ownClassForCopy(viewer, input.sourceClassId), select: { id: true } });
    if (!source) throw new AppError("NOT_FOUND");
    return { ids: await copyInto(tx, viewer, copyableAssignmentsOf(viewer, source.id), input.destinationClassId, null) };
  };
  return within ? run(within) : db().$transaction(run);
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
export async function setAssignmentAudience(viewer: Viewer, requested: AssignmentRef, input: AssignmentAudience, within?: Tx): Promise<void> {
  const groupIds = input.audience === "GROUPS" ? [...new Set(input.groupIds)] : [];
  const enrolmentIds = input.audience === "STUDENTS" ? [...new Set(input.enrolmentIds)] : [];
  const dueDates = Object.entries(input.dueDates).map(([enrolmentId, day]) => [enrolmentId, dueAtOf(day) ?? new Date(Number.NaN)] as const);
  if (dueDates.some(([, dueAt]) => Number.isNaN(dueAt.getTime()))) throw new AppError("DUE_DATE_INVALID");
  const run = async (tx: Tx) => {
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
  };
  await (within ? run(within) : db().$transaction(run));
}
