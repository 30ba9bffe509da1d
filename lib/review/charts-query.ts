import "server-only";
import { inAudienceSql } from "@/lib/assignments/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { ISO_UTC } from "@/lib/sql-dates";
import { Prisma } from "@/lib/generated/prisma/client";
import { ownAssignmentRow, type OwnAssignment } from "./own-assignment";
import { pseudonymNumbers } from "./pseudonyms";

/**
 * The class charts' only viewer-specific data: the assignment (if it is in one of the viewer's
 * classes) and every student it is for (lib/assignments/policy.ts inAudienceSql) with their answers
 * in their latest attempt, by question key. Everything the
 * charts compare them with (choices, reference annotation, article text) comes from content.
 */

export type ChartStudent = {
  id: string;
  name: string;
  /** Their number in the assignment (./pseudonyms.ts), the same as on the review screens: what the charts show instead of names on a projector. */
  number: number;
  answers: Record<string, { value: unknown }>;
};
/** `questionKeys`: the questions the assignment asks, as stored (lib/assignments/questions.ts reads them). */
export type ChartsData = OwnAssignment & { enrolled: number; questionKeys: string[]; students: ChartStudent[] };

type Row = OwnAssignment & {
  enrolled: number;
  questionKeys: string[];
  roster: Array<{ id: string; joinedAt: string }>;
  students: Array<Omit<ChartStudent, "number"> & { enrolmentId: string }>;
};

/** Null when the assignment is not in one of the viewer's classes. One statement. */
export async function getChartsData(viewer: Viewer, requestedAssignmentId: string): Promise<ChartsData | null> {
  const row = await ownAssignmentRow<Row>(
    "assignment-charts",
    viewer,
    requestedAssignmentId,
    Prisma.sql`(SELECT count(*)::int FROM "Enrolment" en WHERE en."classId" = c."id" AND ${inAudienceSql("en")}) AS "enrolled", asg."questionKeys",
     COALESCE((SELECT json_agg(json_build_object('id', en."id", 'joinedAt', to_char(en."createdAt", ${ISO_UTC}))) FROM "Enrolment" en WHERE en."classId" = c."id"), '[]'::json) AS "roster",
     COALESCE((SELECT json_agg(json_build_object('id', s."userId", 'enrolmentId', s."id", 'name', s."name", 'answers', a."answers"))
                 FROM "Enrolment" s
                 JOIN LATERAL (SELECT COALESCE((SELECT json_object_agg(q."key", json_build_object('value', ans."value"))
                                                  FROM "Answer" ans JOIN "Question" q ON q."id" = ans."questionId"
                                                 WHERE ans."attemptId" = at."id"), '{}'::json) AS "answers"
                                 FROM "Attempt" at WHERE at."userId" = s."userId" AND at."exerciseId" = asg."exerciseId" AND at."scope" = asg."id" AND at."assignmentId" = asg."id"
                                ORDER BY at."number" DESC LIMIT 1) a ON true
                WHERE s."classId" = c."id" AND ${inAudienceSql("s")}), '[]'::json) AS "students"`,
  );
  if (!row) return null;
  // Numbered from the whole class, so that a student keeps the number the review screens give them.
  const { roster, ...data } = row;
  const numbers = pseudonymNumbers(row.assignmentId, roster);
  const students = row.students.map(({ enrolmentId, ...student }) => ({ ...student, number: numbers.get(enrolmentId)! })).sort((a, b) => a.number - b.number);
  return { ...data, students };
}
