import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { classesOwnedBySql, isTeacher } from "@/lib/classes/policy";
import { sql } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** What every teacher screen of one assignment starts from: its class and exercise. */
export type OwnAssignment = { classId: string; className: string; assignmentId: string; exerciseKey: string };

/**
 * One statement for a teacher's screen of one assignment: the assignment with its class and
 * exercise, scoped to the viewer's classes (lib/classes/policy.ts classesOwnedBySql), plus the
 * screen's own `columns` (subqueries on asg, c, e). Null when the assignment is not the viewer's.
 */
export async function ownAssignmentRow<Row extends OwnAssignment>(
  name: string,
  viewer: Viewer,
  requestedAssignmentId: string,
  columns: Prisma.Sql,
): Promise<Row | null> {
  if (!isTeacher(viewer)) return null;
  const rows = await sql<Row>(
    name,
    Prisma.sql`SELECT c."id" AS "classId", c."name" AS "className", asg."id" AS "assignmentId", e."key" AS "exerciseKey", ${columns}
       FROM "Assignment" asg
       JOIN "Class" c ON c."id" = asg."classId"
       JOIN "Exercise" e ON e."id" = asg."exerciseId"
      WHERE asg."id" = ${requestedAssignmentId} AND ${classesOwnedBySql(viewer)}`,
  );
  return rows[0] ?? null;
}
