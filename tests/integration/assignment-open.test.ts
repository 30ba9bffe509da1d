import { beforeAll, describe, expect, it } from "vitest";
import { saveAnswer } from "@/lib/answers/mutations";
import { setAssignmentClosed } from "@/lib/assignments/mutations";
import { assignmentOpenSql, isAssignmentOpen } from "@/lib/assignments/policy";
import { getAssignmentContext } from "@/lib/assignments/queries";
import { submitAttempt } from "@/lib/attempts/mutations";
import type { Viewer } from "@/lib/auth/viewer";
import { setClassArchived } from "@/lib/classes/mutations";
import { getClassOverview } from "@/lib/classes/queries";
import { getContent } from "@/lib/content";
import { db } from "@/lib/db";
import { exerciseKeyForArticle } from "@/lib/exercises/keys";
import { getAssignmentProgress } from "@/lib/review/queries";
import { createAssignment, createClassWithStudents, newSaveId } from "../support/factories";
import { codeOf } from "../support/errors";

/**
 * "Open" has one definition (lib/assignments/policy.ts: not closed by the teacher, its class not
 * archived), and every place that shows or enforces it agrees: the teacher's class page, the review
 * screens, the student's view, a first save, a save into an attempt already open, a submit. The
 * bug this guards against: the class page read only the assignment's own closedAt, so an archived
 * class's assignments showed as open to their teacher while students could no longer work on them.
 */

let slug: string;
let question: string;

beforeAll(async () => {
  const content = await getContent();
  slug = content.articles[0]!.slug;
  question = content.questionSets[slug]!.questions.find((candidate) => candidate.type === "open")!.key;
});

type State = "open" | "closed by the teacher" | "class archived";

describe("an assignment that is open", () => {
  it.each<State>(["open", "closed by the teacher", "class archived"])("reads the same everywhere when %s", async (state) => {
    const cls = await createClassWithStudents({ names: ["Léa", "Tom"] });
    const assignmentId = await createAssignment(cls, { exerciseKey: exerciseKeyForArticle(slug) });
    const [lea, tom] = [cls.students[0]!, cls.students[1]!];
    const save = (viewer: Viewer, attemptId?: string, baseRevision = 0) =>
      saveAnswer({ article: slug, question, assignmentId, attemptId, value: { text: "réponse" }, baseRevision, saveId: newSaveId() }, async () => viewer);
    const { attemptId } = await save(lea);
    if (state === "closed by the teacher") await setAssignmentClosed(cls.teacher, { classId: cls.classId, assignmentId }, true);
    if (state === "class archived") await setClassArchived(cls.teacher, cls.classId, true);

    const closed = state !== "open";
    const refused = closed ? "ASSIGNMENT_CLOSED" : "ok";
    expect({
      classPage: (await getClassOverview(cls.teacher, cls.classId))!.assignments[0]!.closed,
      review: (await getAssignmentProgress(cls.teacher, cls.classId, assignmentId))!.assignment.closed,
      student: (await getAssignmentContext(lea, assignmentId))!.closed,
      saveIntoOpenAttempt: await codeOf(save(lea, attemptId, 1)),
      firstSave: await codeOf(save(tom)),
      submit: await codeOf(submitAttempt(lea, attemptId)),
    }).toEqual({ classPage: closed, review: closed, student: closed, saveIntoOpenAttempt: refused, firstSave: refused, submit: refused });
  });

  it.each([
    { closedAt: null, archivedAt: null },
    { closedAt: new Date(), archivedAt: null },
    { closedAt: null, archivedAt: new Date() },
    { closedAt: new Date(), archivedAt: new Date() },
  ])("is decided alike in TypeScript and in SQL (%#)", async ({ closedAt, archivedAt }) => {
    const cls = await createClassWithStudents({ names: [] });
    const assignmentId = await createAssignment(cls);
    await db().assignment.update({ where: { id: assignmentId }, data: { closedAt } });
    await db().class.update({ where: { id: cls.classId }, data: { archivedAt } });
    const [row] = await db().$queryRaw<Array<{ open: boolean }>>`
      SELECT ${assignmentOpenSql()} AS "open" FROM "Assignment" asg JOIN "Class" c ON c."id" = asg."classId" WHERE asg."id" = ${assignmentId}`;
    expect(row!.open).toBe(isAssignmentOpen({ closedAt, classArchivedAt: archivedAt }));
  });
});
