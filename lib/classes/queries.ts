import "server-only";
import { assignmentOpenSql, inAudienceSql } from "@/lib/assignments/policy";
import type { AssignmentFields } from "@/lib/assignments/types";
import { getLocale } from "next-intl/server";
import { notFound } from "@/lib/http/not-found";
import { requireTeacher } from "@/lib/auth/session";
import type { Viewer } from "@/lib/auth/viewer";
import { db, sql } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ISO_UTC } from "@/lib/sql-dates";
import { classesOwnedBy, classesOwnedBySql, isTeacher } from "./policy";

/**
 * The teacher's screens, one statement each (a class of 35 never costs a query per student). Each
 * statement is scoped by ./policy.ts classesOwnedBySql; anyone else gets nothing back, which pages
 * show as not found.
 */

export type ClassSummary = { id: string; name: string; joinCode: string; archivedAt: string | null; students: number; assignments: number };

/** The teacher's classes, current ones first, newest first. */
export async function listClasses(viewer: Viewer): Promise<ClassSummary[]> {
  if (!isTeacher(viewer)) return [];
  return sql<ClassSummary>(
    "teacher-classes",
    Prisma.sql`SELECT c."id", c."name", c."joinCode", to_char(c."archivedAt", ${ISO_UTC}) AS "archivedAt",
            (SELECT count(*)::int FROM "Enrolment" en WHERE en."classId" = c."id") AS "students",
            (SELECT count(*)::int FROM "Assignment" asg WHERE asg."classId" = c."id") AS "assignments"
       FROM "Class" c
      WHERE ${classesOwnedBySql(viewer)}
      ORDER BY c."archivedAt" DESC NULLS FIRST, c."createdAt" DESC`,
  );
}

/**
 * The classes whose assignments a class can start with (lib/assignments/mutations.ts): the teacher's
 * others that have any, archived ones too (last year's), current ones first. Pure, on listClasses.
 */
export const copySources = (classes: readonly ClassSummary[], exceptClassId?: string) =>
  classes
    .filter((cls) => cls.id !== exceptClassId && cls.assignments > 0)
    .map((cls) => ({ id: cls.id, name: cls.name, assignments: cls.assignments, archived: cls.archivedAt !== null }));

export type RosterStudent = { id: string; name: string; joinedAt: string; lastActiveAt: string | null };
export type ClassAssignment = AssignmentFields & {
  releasedAt: string | null;
  started: number;
  submitted: number;
  /** The students it is for (its audience: the class, its groups' students, or those chosen). */
  audienceSize: number;
};
export type ClassOverview = {
  id: string;
  name: string;
  joinCode: string;
  joiningOpen: boolean;
  archivedAt: string | null;
  students: RosterStudent[];
  assignments: ClassAssignment[];
};

/**
 * One class of the viewer's with its roster (each student's last activity: their last answer saved
 * or sign-in, whichever is later) and its assignments (how many started and submitted). Null when
 * the class is not theirs. One statement.
 */
export async function getClassOverview(viewer: Viewer, requestedClassId: string): Promise<ClassOverview | null> {
  if (!isTeacher(viewer)) return null;
  const rows = await sql<ClassOverview>(
    "teacher-class",
    Prisma.sql`SELECT c."id", c."name", c."joinCode", c."joiningOpen", to_char(c."archivedAt", ${ISO_UTC}) AS "archivedAt",
            COALESCE((SELECT json_agg(json_build_object('id', en."userId", 'name', en."name", 'joinedAt', to_char(en."createdAt", ${ISO_UTC}),
                                                        'lastActiveAt', to_char(GREATEST(w."at", s."at"), ${ISO_UTC})) ORDER BY en."nameKey")
                        FROM "Enrolment" en
                        LEFT JOIN LATERAL (SELECT max(ans."updatedAt") AS "at" FROM "Attempt" a JOIN "Answer" ans ON ans."attemptId" = a."id"
                                            WHERE a."userId" = en."userId") w ON true
                        LEFT JOIN LATERAL (SELECT max(se."updatedAt") AS "at" FROM "Session" se WHERE se."userId" = en."userId") s ON true
                       WHERE en."classId" = c."id"), '[]'::json) AS "students",
            COALESCE((SELECT json_agg(json_build_object('id', asg."id", 'exerciseKey', e."key", 'articleSlug', art."slug",
                                                        'dueAt', to_char(asg."dueAt", ${ISO_UTC}), 'closed', NOT ${assignmentOpenSql()},
                                                        'revealPolicy', asg."revealPolicy", 'releasedAt', to_char(asg."releasedAt", ${ISO_UTC}),
                                                        'started', n."started", 'submitted', n."submitted",
                                                        'audienceSize', (SELECT count(*)::int FROM "Enrolment" en WHERE en."classId" = c."id" AND ${inAudienceSql("en")}))
                                              ORDER BY asg."createdAt" DESC)
                        FROM "Assignment" asg
                        JOIN "Exercise" e ON e."id" = asg."exerciseId"
                        LEFT JOIN "Article" art ON art."id" = e."articleId"
                        LEFT JOIN LATERAL (SELECT count(*)::int AS "started", (count(*) FILTER (WHERE a."status" = 'SUBMITTED'))::int AS "submitted"
                                             FROM "Attempt" a WHERE a."assignmentId" = asg."id") n ON true
                       WHERE asg."classId" = c."id"), '[]'::json) AS "assignments"
       FROM "Class" c
      WHERE c."id" = ${requestedClassId} AND ${classesOwnedBySql(viewer)}`,
  );
  return rows[0] ?? null;
}

/** A class of the viewer's by id, for the screens that only need its name (one query); null otherwise. */
export async function getOwnClass(viewer: Viewer, requestedClassId: string): Promise<{ id: string; name: string; joinCode: string; archived: boolean } | null> {
  const row = await db().class.findFirst({
    where: { id: requestedClassId, ...classesOwnedBy(viewer) },
    select: { id: true, name: true, joinCode: true, archivedAt: true },
  });
  return row ? { id: row.id, name: row.name, joinCode: row.joinCode, archived: row.archivedAt !== null } : null;
}

/** For the pages of one class (its code, roster paste, new assignment): the teacher's class, or "not found". */
export async function requireOwnClass(requestedClassId: string): Promise<NonNullable<Awaited<ReturnType<typeof getOwnClass>>>> {
  const cls = await getOwnClass(await requireTeacher(), requestedClassId);
  if (!cls) notFound(await getLocale());
  return cls;
}
