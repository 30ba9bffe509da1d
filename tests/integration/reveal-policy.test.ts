import { beforeAll, describe, expect, it } from "vitest";
import { saveAnswer } from "@/lib/answers/mutations";
import { releaseCommentary } from "@/lib/assignments/mutations";
import type { RevealPolicy } from "@/lib/assignments/types";
import { submitAttempt } from "@/lib/attempts/mutations";
import { getAttemptResultsView, getLearnerState } from "@/lib/attempts/queries";
import type { Viewer } from "@/lib/auth/viewer";
import { getContent } from "@/lib/content";
import { db } from "@/lib/db";
import { exerciseKeyForArticle } from "@/lib/exercises/keys";
import { createAssignment, createClassWithStudents, createLearner, newSaveId, type TestClass } from "../support/factories";

/**
 * Issue 22: a student whose assignment holds the commentary back (reveal policy "when I release
 * it" before the release, or "never") read it all the same by opening the article outside the
 * assignment, submitting a self-study attempt and reading its results. Inside a class, an article
 * given with the commentary held back keeps it held back in self-study too, for that class's
 * students, until the teacher releases it; the reader and the results say why.
 */

let slug: string;
let otherSlug: string;
let question: string;

beforeAll(async () => {
  const content = await getContent();
  slug = content.articles[3]!.slug;
  otherSlug = content.articles[4]!.slug;
  question = content.questionSets[slug]!.questions.find((candidate) => candidate.type === "open")!.key;
});

/** A self-study attempt on `article`, submitted: what the student does outside the assignment. */
async function selfStudySubmitted(viewer: Viewer, article = slug): Promise<string> {
  const articleQuestion = (await getContent()).questionSets[article]!.questions.find((candidate) => candidate.type === "open")!.key;
  const { attemptId } = await saveAnswer(
    { article, question: articleQuestion, value: { text: "seul" }, baseRevision: 0, saveId: newSaveId() },
    async () => viewer,
  );
  await submitAttempt(viewer, attemptId);
  return attemptId;
}

async function classGiven(revealPolicy: RevealPolicy): Promise<TestClass & { assignmentId: string }> {
  const cls = await createClassWithStudents({ names: ["Léa", "Tom"] });
  return { ...cls, assignmentId: await createAssignment(cls, { exerciseKey: exerciseKeyForArticle(slug), revealPolicy }) };
}

const className = async (cls: TestClass) => (await db().class.findUniqueOrThrow({ where: { id: cls.classId } })).name;

describe("the commentary of an article a class was given, in its students' self-study", () => {
  it("is held back until the teacher releases it (reveal when released), and says by which class", async () => {
    const cls = await classGiven("AFTER_RELEASE");
    const student = cls.students[0]!;
    const attemptId = await selfStudySubmitted(student);
    expect(await getAttemptResultsView(student, attemptId)).toMatchObject({
      visibility: "waiting",
      hold: { revealPolicy: "AFTER_RELEASE", className: await className(cls) },
    });
    expect((await getLearnerState(student, exerciseKeyForArticle(slug))).commentaryHold).toEqual({
      revealPolicy: "AFTER_RELEASE",
      className: await className(cls),
    });
    await releaseCommentary(cls.teacher, cls);
    expect(await getAttemptResultsView(student, attemptId)).toMatchObject({ visibility: "commentary", hold: null });
    expect((await getLearnerState(student, exerciseKeyForArticle(slug))).commentaryHold ?? null).toBeNull();
  });

  it("is never shown when the assignment never shows it", async () => {
    const cls = await classGiven("NEVER");
    const student = cls.students[1]!;
    const attemptId = await selfStudySubmitted(student);
    expect(await getAttemptResultsView(student, attemptId)).toMatchObject({
      visibility: "handedIn",
      hold: { revealPolicy: "NEVER", className: await className(cls) },
    });
  });

  it("shows as usual when the assignment shows it on handing in, for another article, to a guest, and to a student of another class", async () => {
    const shown = await classGiven("AFTER_SUBMIT");
    const withheld = await classGiven("NEVER");
    const stranger = await createClassWithStudents({ names: ["Inès"] });
    const guest = await createLearner({ guest: true });
    for (const [viewer, article] of [
      [shown.students[0]!, slug],
      [withheld.students[0]!, otherSlug],
      [guest, slug],
      [stranger.students[0]!, slug],
    ] as const) {
      const attemptId = await selfStudySubmitted(viewer, article);
      expect(await getAttemptResultsView(viewer, attemptId)).toMatchObject({ visibility: "commentary", hold: null });
    }
  });

  it("takes the strictest of the learner's classes", async () => {
    const released = await classGiven("AFTER_RELEASE");
    const never = await classGiven("NEVER");
    const student = released.students[0]!;
    await db().enrolment.create({ data: { classId: never.classId, userId: student.id, name: "Léa B", nameKey: "lea b" } });
    await releaseCommentary(released.teacher, released);
    const attemptId = await selfStudySubmitted(student);
    expect(await getAttemptResultsView(student, attemptId)).toMatchObject({
      visibility: "handedIn",
      hold: { revealPolicy: "NEVER", className: await className(never) },
    });
  });

  it("leaves the assignment's own attempt to its own reveal policy", async () => {
    const cls = await classGiven("AFTER_SUBMIT");
    const student = cls.students[0]!;
    const { attemptId } = await saveAnswer(
      { article: slug, question, assignmentId: cls.assignmentId, value: { text: "devoir" }, baseRevision: 0, saveId: newSaveId() },
      async () => student,
    );
    await submitAttempt(student, attemptId);
    expect(await getAttemptResultsView(student, attemptId)).toMatchObject({ visibility: "commentary" });
  });
});
