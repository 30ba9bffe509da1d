import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { ownAssignmentRow, type OwnAssignment } from "./own-assignment";

/**
 * The class charts' only viewer-specific data: the assignment (if it is in one of the viewer's
 * classes) and every student's answers in their latest attempt, by question key. Everything the
 * charts compare them with (choices, reference annotation, article text) comes from content.
 */

export type ChartStudent = {
  id: string;
  name: string;
  /** Stable within the class (order of joining): what the charts show instead of names on a projector. */
  number: number;
  answers: Record<string, { value: unknown }>;
};
export type ChartsData = OwnAssignment & { enrolled: number; students: ChartStudent[] };

/** Null when the assignment is not in one of the viewer's classes. One statement. */
export function getChartsData(viewer: Viewer, requestedAssignmentId: string): Promise<ChartsData | null> {
  return ownAssignmentRow<ChartsData>(
    "assignment-charts",
    viewer,
    requestedAssignmentId,
    `(SELECT count(*)::int FROM "Enrolment" en WHERE en."classId" = c."id") AS "enrolled",
     COALESCE((SELECT json_agg(json_build_object('id', s."userId", 'name', s."name", 'number', s."number", 'answers', a."answers") ORDER BY s."number")
                 FROM (SELECT en."userId", en."name", row_number() OVER (ORDER BY en."createdAt", en."id") AS "number"
                         FROM "Enrolment" en WHERE en."classId" = c."id") s
                 JOIN LATERAL (SELECT COALESCE((SELECT json_object_agg(q."key", json_build_object('value', ans."value"))
                                                  FROM "Answer" ans JOIN "Question" q ON q."id" = ans."questionId"
                                                 WHERE ans."attemptId" = at."id"), '{}'::json) AS "answers"
                                 FROM "Attempt" at WHERE at."userId" = s."userId" AND at."exerciseId" = asg."exerciseId" AND at."scope" = asg."id" AND at."assignmentId" = asg."id"
                                ORDER BY at."number" DESC LIMIT 1) a ON true), '[]'::json) AS "students"`,
  );
}
