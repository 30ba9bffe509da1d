import { beforeAll, describe, expect, it } from "vitest";
import { saveAnswer } from "@/lib/answers/mutations";
import { getAssignmentContext } from "@/lib/assignments/queries";
import { contextOf } from "@/lib/attempts/context";
import { getAttemptResultsView, getLearnerState } from "@/lib/attempts/queries";
import { exerciseKeyForArticle } from "@/lib/exercises/keys";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { addToCommentBank, releaseFeedback, returnAttempt, saveFeedback } from "@/lib/review/mutations";
import { answeredSql, isAnswered } from "@/lib/question-types/registry";
import "../support/fake-question-type";
import { sql } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { getAssignmentProgress, getQuestionReview, getStudentReview } from "@/lib/review/queries";
import { cellState } from "@/lib/review/progress";
import { createTeacher, newSaveId } from "../support/factories";
import { seedReviewClass, type ReviewClass } from "../support/review-factories";
import { recordStatements } from "../support/sql-statements";
import { codeOf } from "../support/errors";

/** The teacher's review screens against real PostgreSQL: one statement each for a 35 × 12 class, scoped to the class's teacher. */

let big: ReviewClass;

beforeAll(async () => {
  big = await seedReviewClass({ size: 35, answered: 12 });
}, 180_000);

describe("progress grid", () => {
  it("reads 35 students × 12 answered questions in one statement", async () => {
    const { result, statements } = await recordStatements(() => getAssignmentProgress(big.teacher, big.classId, big.assignmentId));
    expect(statements).toHaveLength(1);
    const grid = result!.grid;
    expect(grid.students).toHaveLength(35);
    expect(grid.questions.map((question) => question.key)).toEqual(big.questions.map((question) => question.key));
    expect(grid.counts).toMatchObject({ students: 35, started: 35, submitted: 0 });
    expect(grid.counts.answered[big.questions[0]!.key]).toBe(35);
    expect(grid.counts.answered[big.questions[12]!.key]).toBe(0);
    const first = grid.students[0]!;
    expect(cellState(first, big.questions[0]!.key)).toBe("answered");
    expect(cellState(first, big.questions[12]!.key)).toBe("inProgress");
  });

  it("shows a student who has not started, and nothing to another teacher or a wrong class", async () => {
    const small = await seedReviewClass({ size: 2, answered: 0 });
    const grid = (await getAssignmentProgress(small.teacher, small.classId, small.assignmentId))!.grid;
    expect(grid.counts).toMatchObject({ students: 2, started: 2 });
    expect(await getAssignmentProgress(await createTeacher(), small.classId, small.assignmentId)).toBeNull();
    expect(await getAssignmentProgress(small.teacher, big.classId, small.assignmentId)).toBeNull();
    expect(await getAssignmentProgress(small.students[0]!, small.classId, small.assignmentId)).toBeNull();
  });
});

describe("answered, in SQL", () => {
  it.each([
    { text: "  " },
    { text: "Oui" },
    { choice: null, other: "x" },
    { choice: "a" },
    { choices: [] },
    { choices: ["a"] },
    { value: null },
    { value: 0 },
    { highlights: [] },
    { highlights: [{ block: "p1", start: 0, end: 2, quote: "Le" }] },
    { tags: [] },
    { cells: { a: { n: { uses: false } } } },
    { cells: { a: { n: { uses: true } } } },
    // A type registered by a test only (tests/support/fake-question-type.ts): SQL learns its rule from the registry.
    { picks: [] },
    { picks: [{ block: "p1", start: 0, end: 2, quote: "Le" }] },
    {},
  ])("agrees with isAnswered for %j", async (value) => {
    const [row] = await sql<{ answered: boolean }>(
      "test-answered-sql",
      Prisma.sql`SELECT (${Prisma.raw(answeredSql('v."value"'))}) AS "answered" FROM (SELECT ${JSON.stringify(value)}::jsonb AS "value") v`,
    );
    expect(row!.answered).toBe(isAnswered(value));
  });
});

describe("review screens", () => {
  it("reads a question's 35 answers, names and feedback drafts in one statement", async () => {
    const key = big.questions[0]!.key;
    const { result, statements } = await recordStatements(() => getQuestionReview(big.teacher, big.classId, big.assignmentId, key));
    expect(statements).toHaveLength(1);
    expect(result!.answers).toHaveLength(35);
    expect(result!.answers[0]).toMatchObject({ name: "Élève 01", answerId: expect.any(String), value: { text: `Réponse de Élève 01 à ${key}` } });
    // Each student's number: one each, not their place in the roll call (lib/review/pseudonyms.ts).
    const numbers = result!.answers.map((answer) => answer.number);
    expect(new Set(numbers).size).toBe(35);
    expect(numbers).not.toEqual(Array.from({ length: 35 }, (_, index) => index + 1));
  });

  it("reads one student's whole attempt and the class's roster, each under the same number as by question, in one statement", async () => {
    const second = big.enrolments[1]!;
    const { result, statements } = await recordStatements(() => getStudentReview(big.teacher, big.classId, big.assignmentId, second.id));
    expect(statements).toHaveLength(1);
    const byQuestion = (await getQuestionReview(big.teacher, big.classId, big.assignmentId, big.questions[0]!.key))!;
    expect(result!.student).toMatchObject({ name: second.name, number: byQuestion.answers.find((answer) => answer.enrolmentId === second.id)!.number });
    expect(result!.roster.map((entry) => [entry.enrolmentId, entry.number])).toEqual(byQuestion.answers.map((answer) => [answer.enrolmentId, answer.number]));
    expect(Object.keys(result!.student.answers)).toHaveLength(12);
  });

  it("gives nothing to another teacher, a student, or for a student of another class", async () => {
    const other = await createTeacher();
    const key = big.questions[0]!.key;
    expect(await getQuestionReview(other, big.classId, big.assignmentId, key)).toBeNull();
    expect(await getQuestionReview(big.students[0]!, big.classId, big.assignmentId, key)).toBeNull();
    const small = await seedReviewClass({ size: 1, answered: 1 });
    expect(await getStudentReview(big.teacher, big.classId, big.assignmentId, small.enrolments[0]!.id)).toBeNull();
  });
});

describe("feedback", () => {
  const answerOf = async (cls: ReviewClass, student = 0, question = 0) =>
    (await getStudentReview(cls.teacher, cls.classId, cls.assignmentId, cls.enrolments[student]!.id))!.student.answers[cls.questions[question]!.key]!.answerId;

  it("autosaves a draft in one statement; a retried save is applied once, a stale one refused with the newer draft", async () => {
    const cls = await seedReviewClass({ size: 1, answered: 1 });
    const answerId = await answerOf(cls);
    const saveId = newSaveId();
    const first = { answerId, value: { comment: "Bien vu", score: 2 }, baseRevision: 0, saveId };
    const { result, statements } = await recordStatements(() => saveFeedback(cls.teacher, first));
    expect(statements).toHaveLength(1);
    expect(result).toMatchObject({ revision: 1, duplicate: false });
    expect(await saveFeedback(cls.teacher, first)).toMatchObject({ revision: 1, duplicate: true });
    await saveFeedback(cls.teacher, { answerId, value: { comment: "Bien vu, précisez", score: 2 }, baseRevision: 1, saveId: newSaveId() });
    const stale = await saveFeedback(cls.teacher, { answerId, value: { comment: "autre onglet", score: 1 }, baseRevision: 1, saveId: newSaveId() }).catch(
      (error: unknown) => error,
    );
    expect(stale).toBeInstanceOf(AppError);
    expect((stale as AppError).code).toBe("STALE_REVISION");
    expect((stale as AppError).details.current).toMatchObject({ value: { comment: "Bien vu, précisez", score: 2 }, revision: 2 });
    expect(await db().feedback.findUniqueOrThrow({ where: { answerId } })).toMatchObject({
      comment: "Bien vu, précisez",
      revision: 2,
      status: "DRAFT",
      releasedComment: null,
    });
  });

  it("refuses a save on someone else's answer as not found, and changes nothing", async () => {
    const cls = await seedReviewClass({ size: 1, answered: 1 });
    const answerId = await answerOf(cls);
    const input = { answerId, value: { comment: "intrus", score: 0 }, baseRevision: 0, saveId: newSaveId() };
    expect(await codeOf(saveFeedback(await createTeacher(), input))).toBe("NOT_FOUND");
    expect(await codeOf(saveFeedback(cls.students[0]!, input))).toBe("NOT_FOUND");
    expect(await db().feedback.count({ where: { answerId } })).toBe(0);
  });

  it("releases a copy of the drafts, per student or for the whole assignment; a later edit is a draft again", async () => {
    const cls = await seedReviewClass({ size: 2, answered: 1 });
    const [a, b] = [await answerOf(cls, 0), await answerOf(cls, 1)];
    await saveFeedback(cls.teacher, { answerId: a, value: { comment: "Pour A", score: 3 }, baseRevision: 0, saveId: newSaveId() });
    await saveFeedback(cls.teacher, { answerId: b, value: { comment: "Pour B", score: 1 }, baseRevision: 0, saveId: newSaveId() });
    const { result, statements } = await recordStatements(() =>
      releaseFeedback(cls.teacher, { classId: cls.classId, assignmentId: cls.assignmentId, enrolmentId: cls.enrolments[0]!.id }),
    );
    expect(statements).toHaveLength(1);
    expect(result).toEqual({ released: 1 });
    expect(await db().feedback.findUniqueOrThrow({ where: { answerId: a } })).toMatchObject({
      releasedComment: "Pour A",
      releasedScore: 3,
      status: "RELEASED",
    });
    expect(await db().feedback.findUniqueOrThrow({ where: { answerId: b } })).toMatchObject({ releasedComment: null, status: "DRAFT" });
    await saveFeedback(cls.teacher, { answerId: a, value: { comment: "Pour A, revu", score: 3 }, baseRevision: 1, saveId: newSaveId() });
    expect(await db().feedback.findUniqueOrThrow({ where: { answerId: a } })).toMatchObject({
      comment: "Pour A, revu",
      releasedComment: "Pour A",
      status: "DRAFT",
    });
    expect(await releaseFeedback(cls.teacher, { classId: cls.classId, assignmentId: cls.assignmentId, enrolmentId: null })).toEqual({ released: 2 });
    expect(await db().feedback.findUniqueOrThrow({ where: { answerId: b } })).toMatchObject({
      releasedComment: "Pour B",
      releasedScore: 1,
      status: "RELEASED",
    });
    expect(await codeOf(releaseFeedback(await createTeacher(), { classId: cls.classId, assignmentId: cls.assignmentId, enrolmentId: null }))).toBe("NOT_FOUND");
  });

  it("returns a submitted attempt for revision: open again, with the date", async () => {
    const cls = await seedReviewClass({ size: 1, answered: 1, submitted: true });
    const target = { classId: cls.classId, assignmentId: cls.assignmentId, enrolmentId: cls.enrolments[0]!.id };
    expect(await codeOf(returnAttempt(await createTeacher(), target))).toBe("NOT_FOUND");
    await returnAttempt(cls.teacher, target);
    const attempt = await db().attempt.findFirstOrThrow({ where: { assignmentId: cls.assignmentId } });
    expect(attempt.status).toBe("IN_PROGRESS");
    expect(attempt.returnedAt).not.toBeNull();
    // The student sees it to revise, and can save into it again.
    const student = cls.students[0]!;
    expect(await getAssignmentContext(student, cls.assignmentId)).toMatchObject({ status: "revising", attempt: { status: "IN_PROGRESS" } });
    const saved = await saveAnswer(
      {
        article: cls.slug,
        question: cls.questions[0]!.key,
        assignmentId: cls.assignmentId,
        attemptId: attempt.id,
        value: { text: "Revu." },
        baseRevision: 1,
        saveId: newSaveId(),
      },
      async () => student,
    );
    expect(saved.revision).toBe(2);
    // Only a submitted attempt can be returned.
    expect(await codeOf(returnAttempt(cls.teacher, target))).toBe("NOT_FOUND");
  });

  // Issue: the attempt reopened, but the reader showed no notice and no feedback.
  it("returns work with a message and the comments released, which the student's reader state carries", async () => {
    const cls = await seedReviewClass({ size: 1, answered: 1, submitted: true });
    const key = cls.questions[0]!.key;
    const answerId = (await getStudentReview(cls.teacher, cls.classId, cls.assignmentId, cls.enrolments[0]!.id))!.student.answers[key]!.answerId;
    await saveFeedback(cls.teacher, { answerId, value: { comment: "Citez le paragraphe.", score: 1 }, baseRevision: 0, saveId: newSaveId() });
    const target = { classId: cls.classId, assignmentId: cls.assignmentId, enrolmentId: cls.enrolments[0]!.id };
    await returnAttempt(cls.teacher, target, { message: "Reprenez la question 1.", publish: true });
    const state = await getLearnerState(cls.students[0]!, exerciseKeyForArticle(cls.slug), contextOf(cls.assignmentId));
    expect(state).toMatchObject({
      assignment: { status: "revising" },
      returned: { at: expect.any(String), message: "Reprenez la question 1." },
      feedback: { [key]: { comment: "Citez le paragraphe.", score: 1 } },
    });
  });

  it("returns work without releasing the comments when asked so", async () => {
    const cls = await seedReviewClass({ size: 1, answered: 1, submitted: true });
    const key = cls.questions[0]!.key;
    const answerId = (await getStudentReview(cls.teacher, cls.classId, cls.assignmentId, cls.enrolments[0]!.id))!.student.answers[key]!.answerId;
    await saveFeedback(cls.teacher, { answerId, value: { comment: "Pas encore.", score: null }, baseRevision: 0, saveId: newSaveId() });
    await returnAttempt(
      cls.teacher,
      { classId: cls.classId, assignmentId: cls.assignmentId, enrolmentId: cls.enrolments[0]!.id },
      { message: null, publish: false },
    );
    const state = await getLearnerState(cls.students[0]!, exerciseKeyForArticle(cls.slug), contextOf(cls.assignmentId));
    expect(state).toMatchObject({ returned: { message: null }, feedback: {} });
  });

  it("keeps a comment once in the teacher's bank and shows it on the review screens", async () => {
    const cls = await seedReviewClass({ size: 1, answered: 1 });
    await addToCommentBank(cls.teacher, "Citez le texte.");
    await addToCommentBank(cls.teacher, "Citez le texte.");
    expect(await db().commentBankEntry.findMany({ where: { teacherId: cls.teacher.id }, select: { text: true, uses: true } })).toEqual([
      { text: "Citez le texte.", uses: 2 },
    ]);
    expect((await getQuestionReview(cls.teacher, cls.classId, cls.assignmentId, cls.questions[0]!.key))!.bank).toEqual(["Citez le texte."]);
  });
});

describe("what the student reads", () => {
  it("never a draft: nothing before release, then the released copy, not the draft edited since", async () => {
    const cls = await seedReviewClass({ size: 1, answered: 1, submitted: true });
    const student = cls.students[0]!;
    const key = cls.questions[0]!.key;
    const attemptId = (await db().attempt.findFirstOrThrow({ where: { assignmentId: cls.assignmentId } })).id;
    const answerId = (await getStudentReview(cls.teacher, cls.classId, cls.assignmentId, cls.enrolments[0]!.id))!.student.answers[key]!.answerId;
    await saveFeedback(cls.teacher, { answerId, value: { comment: "BROUILLON-1", score: 1 }, baseRevision: 0, saveId: newSaveId() });
    const before = await getAttemptResultsView(student, attemptId);
    expect(before!.attempt.feedback).toEqual({});
    expect(JSON.stringify(before)).not.toContain("BROUILLON");
    await releaseFeedback(cls.teacher, { classId: cls.classId, assignmentId: cls.assignmentId, enrolmentId: null });
    await saveFeedback(cls.teacher, { answerId, value: { comment: "BROUILLON-2", score: 3 }, baseRevision: 1, saveId: newSaveId() });
    const after = await getAttemptResultsView(student, attemptId);
    expect(after!.attempt.feedback[key]).toMatchObject({ comment: "BROUILLON-1", score: 1 });
    expect(JSON.stringify(after)).not.toContain("BROUILLON-2");
  });
});
