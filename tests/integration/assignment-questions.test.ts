import { beforeAll, describe, expect, it } from "vitest";
import { saveAnswer } from "@/lib/answers/mutations";
import type { SaveAnswerInput } from "@/lib/answers/schemas";
import { createAssignments, updateAssignment } from "@/lib/assignments/mutations";
import { getAssignmentContext } from "@/lib/assignments/queries";
import { questionKeysOf } from "@/lib/assignments/questions";
import { submitAttempt } from "@/lib/attempts/mutations";
import { getOwnAttemptWithAnswers } from "@/lib/attempts/queries";
import type { Viewer } from "@/lib/auth/viewer";
import { getContent, type Content } from "@/lib/content";
import type { Question } from "@/lib/content/schemas";
import { db } from "@/lib/db";
import { parseCsv } from "@/lib/export/csv";
import { exportCsv } from "@/lib/export/export-csv";
import { getExportTarget } from "@/lib/export/queries";
import { exerciseKeyForArticle } from "@/lib/exercises/keys";
import { buildResults } from "@/lib/results/results";
import { buildClassCharts } from "@/lib/review/charts";
import { getChartsData } from "@/lib/review/charts-query";
import { getAssignmentProgress, getQuestionReview, getStudentReview } from "@/lib/review/queries";
import { reviewQuestions } from "@/lib/review/questions";
import { createClassWithStudents, newSaveId, type TestClass } from "../support/factories";
import { codeOf } from "../support/errors";

/**
 * An assignment that asks some of its article's questions (lib/assignments/questions.ts): stored
 * in the reading method's order, refused saves to the others, and every teacher's screen, the
 * export and the student's results limited to those it asks; answers to a question taken out are
 * kept and come back with it.
 */

let content: Content;
let slug: string;
let questions: readonly Question[];
let exerciseKey: string;

beforeAll(async () => {
  content = await getContent();
  slug = content.articles[2]!.slug;
  exerciseKey = exerciseKeyForArticle(slug);
  questions = content.questionSets[slug]!.questions;
});

const keyOf = (type: Question["type"], nth = 0) => questions.filter((question) => question.type === type)[nth]!.key;
const ticked = (keys: readonly string[]) => ({ chooses: [exerciseKey], questions: keys.map((key) => `${exerciseKey}/${key}`) });

type Assigned = TestClass & { assignmentId: string };

async function assign(keys: readonly string[]): Promise<Assigned> {
  const cls = await createClassWithStudents({ names: ["Léa", "Tom"] });
  const { ids } = await createAssignments(cls.teacher, {
    classId: cls.classId,
    exercises: [exerciseKey],
    dueOn: null,
    revealPolicy: "AFTER_SUBMIT",
    ...ticked(keys),
  });
  return { ...cls, assignmentId: ids[0]! };
}

const save = (viewer: Viewer, assignmentId: string, question: string, value: unknown, overrides: Partial<SaveAnswerInput> = {}) =>
  saveAnswer({ article: slug, question, assignmentId, value, baseRevision: 0, saveId: newSaveId(), ...overrides }, async () => viewer);

const change = (cls: Assigned, keys: readonly string[]) =>
  updateAssignment(cls.teacher, {
    classId: cls.classId,
    assignmentId: cls.assignmentId,
    exercise: exerciseKey,
    dueOn: null,
    revealPolicy: "AFTER_SUBMIT",
    confirmLoss: null,
    ...ticked(keys),
  });

describe("choosing an assignment's questions", () => {
  it("stores the keys ticked in the reading method's order, all of them as none, and the short set as content suggests it", async () => {
    const open = keyOf("open", 1);
    const scale = keyOf("scale");
    const { assignmentId } = await assign([open, scale]);
    const stored = await db().assignment.findUniqueOrThrow({ where: { id: assignmentId } });
    expect(stored.questionKeys).toEqual(questions.map((question) => question.key).filter((key) => key === open || key === scale));
    expect(questionKeysOf(stored, questions)[0]).toBe(scale);

    const all = await assign(questions.map((question) => question.key));
    expect((await db().assignment.findUniqueOrThrow({ where: { id: all.assignmentId } })).questionKeys).toEqual([]);

    const short = content.questionSets[slug]!.sets.short;
    expect(short.length).toBeGreaterThanOrEqual(5);
    expect(short.length).toBeLessThanOrEqual(7);
    const lesson = await assign(short);
    expect((await db().assignment.findUniqueOrThrow({ where: { id: lesson.assignmentId } })).questionKeys).toEqual(short);
  });

  it("refuses an article offered with no question ticked, and a key that is not one of its questions", async () => {
    const cls = await createClassWithStudents({ names: ["Léa"] });
    const create = (choice: { chooses: string[]; questions: string[] }) =>
      codeOf(createAssignments(cls.teacher, { classId: cls.classId, exercises: [exerciseKey], dueOn: null, revealPolicy: "NEVER", ...choice }));
    expect(await create(ticked([]))).toBe("QUESTIONS_REQUIRED");
    expect(await create(ticked(["no-such-question"]))).toBe("INVALID_INPUT");
    expect(await create({ chooses: [exerciseKey], questions: [`${exerciseKeyForArticle(content.articles[0]!.slug)}/${questions[0]!.key}`] })).toBe(
      "QUESTIONS_REQUIRED",
    );
    expect(await db().assignment.count({ where: { classId: cls.classId } })).toBe(0);
  });
});

describe("a student's work on an assignment that asks some questions", () => {
  it("refuses a save to a question it does not ask, first save or into the open attempt, and stores nothing", async () => {
    const asked = keyOf("open", 0);
    const other = keyOf("open", 1);
    const cls = await assign([asked, keyOf("scale")]);
    const [lea] = cls.students;
    expect(await codeOf(save(lea!, cls.assignmentId, other, { text: "hors devoir" }))).toBe("QUESTION_NOT_ASSIGNED");
    expect(await db().attempt.count({ where: { assignmentId: cls.assignmentId } })).toBe(0);
    const first = await save(lea!, cls.assignmentId, asked, { text: "dans le devoir" });
    expect(await codeOf(save(lea!, cls.assignmentId, other, { text: "hors devoir" }, { attemptId: first.attemptId }))).toBe("QUESTION_NOT_ASSIGNED");
    expect(await db().answer.count({ where: { attemptId: first.attemptId } })).toBe(1);
    expect((await getAssignmentContext(lea!, cls.assignmentId))?.questionKeys).toEqual(
      questions.map((question) => question.key).filter((key) => key === asked || key === keyOf("scale")),
    );
  });

  it("keeps an answer to a question taken out, refuses saves to it meanwhile, and shows it again once put back", async () => {
    const kept = keyOf("open", 0);
    const removed = keyOf("open", 1);
    const cls = await assign([kept, removed]);
    const [lea] = cls.students;
    const { attemptId } = await save(lea!, cls.assignmentId, removed, { text: "gardée" });
    await save(lea!, cls.assignmentId, kept, { text: "toujours là" }, { attemptId });

    expect(await change(cls, [kept])).toEqual({ updated: true });
    expect(await codeOf(save(lea!, cls.assignmentId, removed, { text: "changée" }, { attemptId, baseRevision: 1 }))).toBe("QUESTION_NOT_ASSIGNED");
    const grid = (await getAssignmentProgress(cls.teacher, cls.classId, cls.assignmentId))!.grid;
    expect(grid.questions.map((question) => question.key)).toEqual([kept]);
    expect(Object.keys(grid.counts.answered)).toEqual([kept]);
    expect(await getQuestionReview(cls.teacher, cls.classId, cls.assignmentId, removed)).not.toBeNull();
    const review = (await getStudentReview(cls.teacher, cls.classId, cls.assignmentId, (await enrolmentOf(cls, lea!)).id))!;
    expect(reviewQuestions(content, review.assignment, "fr").map((question) => question.key)).toEqual([kept]);

    expect(await change(cls, [kept, removed])).toEqual({ updated: true });
    const back = (await getAssignmentProgress(cls.teacher, cls.classId, cls.assignmentId))!.grid;
    expect(back.questions.map((question) => question.key)).toEqual(questions.map((question) => question.key).filter((key) => key === kept || key === removed));
    expect(back.counts.answered[removed]).toBe(1);
    expect(await db().answer.findFirstOrThrow({ where: { attemptId, question: { key: removed } } })).toMatchObject({ value: { text: "gardée" } });
  });

  it("submits with only the asked questions answered, and the results, charts and export show only those", async () => {
    const asked = [keyOf("scale", 0), keyOf("single"), keyOf("scale", 1)];
    const cls = await assign(asked);
    const [lea] = cls.students;
    const { attemptId } = await save(lea!, cls.assignmentId, asked[0]!, { value: 2 });
    await save(lea!, cls.assignmentId, asked[2]!, { value: 4 }, { attemptId });
    await submitAttempt(lea!, attemptId);

    const attempt = (await getOwnAttemptWithAnswers(lea!, attemptId))!;
    expect(attempt.status).toBe("SUBMITTED");
    const article = content.articles.find((candidate) => candidate.slug === slug)!;
    const shown = questions.filter((question) => asked.includes(question.key));
    const results = buildResults(attempt, article, content, shown);
    expect(results.questions.map((result) => result.question.key)).toEqual(questions.map((question) => question.key).filter((key) => asked.includes(key)));
    expect(results.techniques).toBeNull();
    expect(results.trust).toEqual({ before: 2, after: 4 });

    const charts = buildClassCharts(article, content, (await getChartsData(cls.teacher, cls.assignmentId))!, [], "fr", "Autre");
    expect(charts.choices.map((chart) => chart.key)).toEqual([keyOf("single")]);
    expect(charts.techniques).toEqual([]);

    const target = (await getExportTarget(cls.teacher, { assignmentId: cls.assignmentId }))!;
    let text = "";
    for await (const chunk of exportCsv(cls.teacher, target, { sep: "comma", pseudonymised: false, locale: "fr" })) text += chunk;
    const [, ...rows] = parseCsv(text.slice(1), "comma");
    // Two students × the three questions asked, in the reading method's order.
    expect(rows.map((row) => row[3])).toEqual([...shown.map((question) => question.key), ...shown.map((question) => question.key)]);
  });
});

const enrolmentOf = (cls: TestClass, student: Viewer) => db().enrolment.findFirstOrThrow({ where: { classId: cls.classId, userId: student.id } });
