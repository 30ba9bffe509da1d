import { describe, expect, it } from "vitest";
import { saveAnswer } from "@/lib/answers/mutations";
import { assignmentsGivenTo, assignmentsGivenToSql, ownAssignment, ownAssignmentSql, type AssignmentRef } from "@/lib/assignments/policy";
import { ownAttempts, ownAttemptsSql } from "@/lib/attempts/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { classesOwnedBy, classesOwnedBySql, enrolmentsOf, enrolmentsOfSql } from "@/lib/classes/policy";
import { getContent } from "@/lib/content";
import { db } from "@/lib/db";
import { exerciseKeyForArticle } from "@/lib/exercises/keys";
import { Prisma } from "@/lib/generated/prisma/client";
import { commentBankOfSql } from "@/lib/review/policy";
import { addToCommentBank } from "@/lib/review/mutations";
import { createAssignment, createClassWithStudents, createLearner, newSaveId } from "../support/factories";

/**
 * Each policy module states a scope twice, side by side: as the Prisma where-clause and as the SQL
 * fragment of the hand-written statements. Against the real database, both select the same rows
 * for every kind of viewer, so the two cannot drift apart unnoticed.
 */

const ids = (rows: Array<{ id: string }>) => rows.map((row) => row.id).sort();

async function world() {
  const [a, b, guest] = await Promise.all([
    createClassWithStudents({ names: ["Léa", "Tom"] }),
    createClassWithStudents({ names: ["Inès"] }),
    createLearner({ guest: true }),
  ]);
  const content = await getContent();
  const slug = content.articles[0]!.slug;
  const question = content.questionSets[slug]!.questions.find((candidate) => candidate.type === "open")!.key;
  const [assignmentA, assignmentB] = (await Promise.all([a, b].map((cls) => createAssignment(cls, { exerciseKey: exerciseKeyForArticle(slug) })))) as [
    string,
    string,
  ];
  await Promise.all(
    [a.students[0]!, a.students[1]!, b.students[0]!, guest].map((learner, index) =>
      saveAnswer(
        {
          article: slug,
          question,
          ...(index < 3 ? { assignmentId: index < 2 ? assignmentA : assignmentB } : {}),
          value: { text: "x" },
          baseRevision: 0,
          saveId: newSaveId(),
        },
        async () => learner,
      ),
    ),
  );
  const viewers: Record<string, Viewer | null> = {
    teacherA: a.teacher,
    teacherB: b.teacher,
    studentA: a.students[0]!,
    classmate: a.students[1]!,
    studentB: b.students[0]!,
    guest,
    "a guest with the teacher role": { ...a.teacher, isGuest: true },
    nobody: null,
  };
  return {
    a,
    b,
    assignmentA,
    assignmentB,
    viewers,
    classIds: [a.classId, b.classId],
    users: [a.teacher.id, b.teacher.id, ...a.students.map((s) => s.id), b.students[0]!.id, guest.id],
  };
}

describe("policy scopes in Prisma and in SQL", () => {
  it("select the same classes, enrolments, assignments and attempts for every viewer", async () => {
    const w = await world();
    const inWorld = Prisma.join(w.classIds);
    for (const [who, viewer] of Object.entries(w.viewers)) {
      const classes = await db().class.findMany({ where: { AND: [classesOwnedBy(viewer), { id: { in: w.classIds } }] }, select: { id: true } });
      const classesSql = await db().$queryRaw<
        Array<{ id: string }>
      >`SELECT c."id" FROM "Class" c WHERE ${classesOwnedBySql(viewer)} AND c."id" IN (${inWorld})`;
      expect(ids(classesSql), `classes of ${who}`).toEqual(ids(classes));

      const enrolments = await db().enrolment.findMany({ where: { AND: [enrolmentsOf(viewer), { classId: { in: w.classIds } }] }, select: { id: true } });
      const enrolmentsSql = await db().$queryRaw<
        Array<{ id: string }>
      >`SELECT en."id" FROM "Enrolment" en WHERE ${enrolmentsOfSql(viewer)} AND en."classId" IN (${inWorld})`;
      expect(ids(enrolmentsSql), `enrolments of ${who}`).toEqual(ids(enrolments));

      const given = await db().assignment.findMany({ where: { AND: [assignmentsGivenTo(viewer), { classId: { in: w.classIds } }] }, select: { id: true } });
      const givenSql = await db().$queryRaw<Array<{ id: string }>>`SELECT asg."id" FROM "Assignment" asg JOIN "Class" c ON c."id" = asg."classId"
        WHERE ${assignmentsGivenToSql(viewer)} AND c."id" IN (${inWorld})`;
      expect(ids(givenSql), `assignments given to ${who}`).toEqual(ids(given));

      const refs: AssignmentRef[] = [
        { classId: w.a.classId, assignmentId: w.assignmentA },
        { classId: w.b.classId, assignmentId: w.assignmentB },
        { classId: w.b.classId, assignmentId: w.assignmentA },
      ];
      for (const ref of refs) {
        const own = await db().assignment.findMany({ where: ownAssignment(viewer, ref), select: { id: true } });
        const ownSql = await db().$queryRaw<
          Array<{ id: string }>
        >`SELECT asg."id" FROM "Assignment" asg JOIN "Class" c ON c."id" = asg."classId" WHERE ${ownAssignmentSql(viewer, ref)}`;
        expect(ids(ownSql), `${who}'s own assignment ${JSON.stringify(ref)}`).toEqual(ids(own));
      }

      if (viewer) {
        const attempts = await db().attempt.findMany({ where: { AND: [ownAttempts(viewer), { userId: { in: w.users } }] }, select: { id: true } });
        const attemptsSql = await db().$queryRaw<
          Array<{ id: string }>
        >`SELECT a."id" FROM "Attempt" a WHERE ${ownAttemptsSql(viewer)} AND a."userId" IN (${Prisma.join(w.users)})`;
        expect(ids(attemptsSql), `attempts of ${who}`).toEqual(ids(attempts));
      }
    }
  });

  it("find each teacher their own comment bank in SQL, no one else's, and a student none", async () => {
    const w = await world();
    await Promise.all([addToCommentBank(w.a.teacher, "Citez le texte."), addToCommentBank(w.b.teacher, "Précisez la source.")]);
    const bank = (viewer: Viewer) => db().$queryRaw<Array<{ text: string }>>`SELECT b."text" FROM "CommentBankEntry" b WHERE ${commentBankOfSql(viewer)}`;
    expect(await bank(w.a.teacher)).toEqual([{ text: "Citez le texte." }]);
    expect(await bank(w.b.teacher)).toEqual([{ text: "Précisez la source." }]);
    expect(await bank(w.a.students[0]!)).toEqual([]);
  });
});
