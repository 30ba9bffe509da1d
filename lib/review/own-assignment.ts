import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { isTeacher } from "@/lib/classes/policy";
import { sql } from "@/lib/db";

/** What every teacher screen of one assignment starts from: its class and exercise. */
export type OwnAssignment = { classId: string; className: string; assignmentId: string; exerciseKey: string };

/**
 * One statement for a teacher's screen of one assignment: the assignment with its class and
 * exercise, scoped to the viewer's classes ($1 the viewer, $2 the assignment), plus the screen's
 * own `columns` (subqueries on asg, c, e). Null when the assignment is not the viewer's.
 */
export async function ownAssignmentRow<Row extends OwnAssignment>(name: string, viewer: Viewer, requestedAssignmentId: string, columns: string): Promise<Row | null> {
  if (!isTeacher(viewer)) return null;
  const rows = await sql<Row>(
    name,
    `SELECT c."id" AS "classId", c."name" AS "className", asg."id" AS "assignmentId", e."key" AS "exerciseKey", ${columns}
       FROM "Assignment" asg
       JOIN "Class" c ON c."id" = asg."classId"
       JOIN "Exercise" e ON e."id" = asg."exerciseId"
      WHERE asg."id" = $2 AND c."teacherId" = $1`,
    [viewer.id, requestedAssignmentId],
  );
  return rows[0] ?? null;
}
