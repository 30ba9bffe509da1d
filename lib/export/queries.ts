import "server-only";
import { inAudienceSql } from "@/lib/assignments/policy";
import { questionKeysOf } from "@/lib/assignments/questions";
import type { Viewer } from "@/lib/auth/viewer";
import { classesOwnedBy, classesOwnedBySql, isTeacher } from "@/lib/classes/policy";
import { cursor, db, sql } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { pseudonymNumbers } from "@/lib/review/pseudonyms";
import { ISO_UTC } from "@/lib/sql-dates";

/**
 * What an export reads: the class or assignment it is of (scoped to the viewer's classes, null
 * otherwise: a stranger's request reads as not found before a byte is sent), then its rows
 * through a cursor, one per student × question, in the order the file lists them.
 */

export type ExportScope = { assignmentId: string } | { classId: string };
export type ExportTarget = { classId: string; className: string; assignmentId: string | null; exerciseKey: string | null };

export async function getExportTarget(viewer: Viewer, scope: ExportScope): Promise<ExportTarget | null> {
  if (!isTeacher(viewer)) return null;
  if ("classId" in scope) {
    const cls = await db().class.findFirst({ where: { id: scope.classId, ...classesOwnedBy(viewer) }, select: { id: true, name: true } });
    return cls && { classId: cls.id, className: cls.name, assignmentId: null, exerciseKey: null };
  }
  const assignment = await db().assignment.findFirst({
    where: { id: scope.assignmentId, class: classesOwnedBy(viewer) },
    select: { id: true, class: { select: { id: true, name: true } }, exercise: { select: { key: true } } },
  });
  return assignment && { classId: assignment.class.id, className: assignment.class.name, assignmentId: assignment.id, exerciseKey: assignment.exercise.key };
}

export type ExportRow = {
  assignmentId: string;
  exerciseKey: string;
  /** The student's number in the assignment (lib/review/pseudonyms.ts): their pseudonym, as on the review screens. */
  number: number;
  /** Null when pseudonymised: the name never leaves the database. */
  name: string | null;
  questionKey: string;
  value: unknown;
  /** The teacher's comment and score as they stand, and the copy the student was shown (released), if any. */
  comment: string | null;
  score: number | null;
  maxScore: number | null;
  status: "DRAFT" | "RELEASED" | null;
  releasedAt: string | null;
  releasedComment: string | null;
  releasedScore: number | null;
  startedAt: string | null;
  submittedAt: string | null;
  updatedAt: string | null;
};

// Every student each assignment is for (lib/assignments/policy.ts inAudienceSql) × every question, answered or not (a blank row says "no answer");
// a retired question only where someone answered it. The latest attempt of each student counts,
// found once per student and assignment (MATERIALIZED), through the attempts' (user, exercise,
// scope) index: per row, it made a 100,000-answer export quadratic.
const rowsOf = (viewer: Viewer, target: ExportTarget, pseudonymised: boolean, numbers: Record<string, Record<string, number>>) => Prisma.sql`
  WITH students AS (
    SELECT en."id", en."id" AS "enrolmentId", en."userId", en."name", en."nameKey" FROM "Enrolment" en WHERE en."classId" = ${target.classId}
  ), work AS MATERIALIZED (
    SELECT asg."id" AS "assignmentId", asg."createdAt", asg."exerciseId", e."key" AS "exerciseKey",
           ((${JSON.stringify(numbers)}::jsonb -> asg."id") ->> s."enrolmentId")::int AS "number", s."nameKey",
           CASE WHEN ${pseudonymised}::boolean THEN NULL ELSE s."name" END AS "name", a."id" AS "attemptId", a."startedAt", a."submittedAt"
      FROM "Class" c
      JOIN "Assignment" asg ON asg."classId" = c."id"
      JOIN "Exercise" e ON e."id" = asg."exerciseId"
      CROSS JOIN students s
      LEFT JOIN LATERAL (SELECT at."id", at."startedAt", at."submittedAt" FROM "Attempt" at
                          WHERE at."userId" = s."userId" AND at."exerciseId" = asg."exerciseId" AND at."scope" = asg."id" AND at."assignmentId" = asg."id"
                          ORDER BY at."number" DESC LIMIT 1) a ON true
     WHERE c."id" = ${target.classId} AND ${classesOwnedBySql(viewer)} AND (${target.assignmentId}::text IS NULL OR asg."id" = ${target.assignmentId})
       AND ${inAudienceSql("s")}
  )
  SELECT w."assignmentId", w."exerciseKey", w."number", w."name", q."key" AS "questionKey", ans."value",
         f."comment", f."score", f."maxScore", f."status"::text AS "status", to_char(f."releasedAt", ${ISO_UTC}) AS "releasedAt",
         f."releasedComment", f."releasedScore",
         to_char(w."startedAt", ${ISO_UTC}) AS "startedAt", to_char(w."submittedAt", ${ISO_UTC}) AS "submittedAt",
         to_char(ans."updatedAt", ${ISO_UTC}) AS "updatedAt"
    FROM work w
    JOIN "Question" q ON q."exerciseId" = w."exerciseId"
    LEFT JOIN "Answer" ans ON ans."attemptId" = w."attemptId" AND ans."questionId" = q."id"
    LEFT JOIN "Feedback" f ON f."answerId" = ans."id"
   WHERE q."retiredAt" IS NULL OR ans."id" IS NOT NULL
   ORDER BY w."createdAt", w."assignmentId", CASE WHEN ${pseudonymised}::boolean THEN w."number" END, w."nameKey", w."number", q."position"`;

type TargetAssignment = { id: string; exerciseKey: string; questionKeys: string[] };

/**
 * The assignments of the target with the questions each asks (as stored), and each student's number
 * in each (lib/review/pseudonyms.ts), the same as on the review screens: { assignmentId: { enrolmentId: number } }.
 * One statement.
 */
async function assignmentsOf(
  viewer: Viewer,
  target: ExportTarget,
): Promise<{ assignments: TargetAssignment[]; numbers: Record<string, Record<string, number>> }> {
  const rows = await sql<{ assignments: TargetAssignment[]; roster: Array<{ id: string; joinedAt: string }> }>(
    "export-pseudonyms",
    Prisma.sql`SELECT COALESCE((SELECT json_agg(json_build_object('id', asg."id", 'exerciseKey', e."key", 'questionKeys', asg."questionKeys"))
                          FROM "Assignment" asg JOIN "Exercise" e ON e."id" = asg."exerciseId"
                         WHERE asg."classId" = c."id" AND (${target.assignmentId}::text IS NULL OR asg."id" = ${target.assignmentId})), '[]'::json) AS "assignments",
            COALESCE((SELECT json_agg(json_build_object('id', en."id", 'joinedAt', to_char(en."createdAt", ${ISO_UTC}))) FROM "Enrolment" en WHERE en."classId" = c."id"), '[]'::json) AS "roster"
       FROM "Class" c WHERE c."id" = ${target.classId} AND ${classesOwnedBySql(viewer)}`,
  );
  const { assignments = [], roster = [] } = rows[0] ?? {};
  return { assignments, numbers: Object.fromEntries(assignments.map(({ id }) => [id, Object.fromEntries(pseudonymNumbers(id, roster))])) };
}

/**
 * The rows of a target found by getExportTarget for the same viewer, in batches: only the questions
 * each assignment asks (lib/assignments/questions.ts, from `questionsOf` its exercise's questions in
 * content), while one that asks all of them also keeps a retired question someone answered.
 */
export async function* exportRows(
  viewer: Viewer,
  target: ExportTarget,
  pseudonymised: boolean,
  questionsOf: (exerciseKey: string) => readonly { key: string }[],
  batchSize?: number,
): AsyncGenerator<ExportRow[]> {
  const { assignments, numbers } = await assignmentsOf(viewer, target);
  const asked = new Map(
    assignments
      .filter((assignment) => assignment.questionKeys.length > 0)
      .map((assignment) => [assignment.id, new Set(questionKeysOf(assignment, questionsOf(assignment.exerciseKey)))]),
  );
  for await (const batch of cursor<ExportRow>(rowsOf(viewer, target, pseudonymised, numbers), batchSize)) {
    yield batch.filter((row) => asked.get(row.assignmentId)?.has(row.questionKey) ?? true);
  }
}
