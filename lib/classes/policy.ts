import type { Viewer } from "@/lib/auth/viewer";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Who may see and change a class and its roster: only the teacher who owns it. Pure predicates
 * (unit-tested), and each scope twice from one place: as a Prisma where-clause and as the SQL
 * fragment the hand-written statements use (integration-tested). A scope built for someone who is
 * not a teacher matches nothing, so a caller cannot forget the check.
 */

export type TeacherViewer = Viewer & { role: "TEACHER"; isGuest: false };

export const isTeacher = (viewer: Viewer | null | undefined): viewer is TeacherViewer => viewer?.role === "TEACHER" && !viewer.isGuest;

/** Matches no row: what a where-builder gives someone with no right to any. */
export const NOTHING = { id: { in: [] as string[] } } as const;

/**
 * The `"teacherId"` a teacher's own rows carry (a class, a comment bank entry), or null for anyone
 * else. In SQL, `= NULL` matches no row: a scope is the same text for every viewer, so each
 * statement stays one prepared statement (lib/db.ts sql).
 */
const teacherIdOf = (viewer: Viewer | null | undefined): string | null => (isTeacher(viewer) ? viewer.id : null);

/** SQL: `alias`."teacherId" is the viewer, a teacher (a statement's table alias: a code constant, never input). */
export const ownedByTeacherSql = (viewer: Viewer | null | undefined, alias: string): Prisma.Sql =>
  Prisma.sql`${Prisma.raw(alias)}."teacherId" = ${teacherIdOf(viewer)}`;

/** Where-clause: the classes the viewer teaches. */
export const classesOwnedBy = (viewer: Viewer | null | undefined): Prisma.ClassWhereInput => (isTeacher(viewer) ? { teacherId: viewer.id } : NOTHING);

/** classesOwnedBy in SQL, on the Class row `c` (or `alias`). */
export const classesOwnedBySql = (viewer: Viewer | null | undefined, alias = "c"): Prisma.Sql => ownedByTeacherSql(viewer, alias);

/** The viewer as a student (nobody for a guest): the learner id their enrolments carry, or null. */
const learnerIdOf = (viewer: Viewer | null | undefined): string | null => (viewer && !viewer.isGuest ? viewer.id : null);

/** Where-clause: the viewer's own enrolments, the classes they are a student in (none for a guest). */
export const enrolmentsOf = (viewer: Viewer | null | undefined): Prisma.EnrolmentWhereInput => {
  const learnerId = learnerIdOf(viewer);
  return learnerId ? { userId: learnerId } : NOTHING;
};

/** enrolmentsOf in SQL, on the Enrolment row `en` (or `alias`). */
export const enrolmentsOfSql = (viewer: Viewer | null | undefined, alias = "en"): Prisma.Sql =>
  Prisma.sql`${Prisma.raw(alias)}."userId" = ${learnerIdOf(viewer)}`;

/** Teachers do not join classes as students: their account has an e-mail address and a password of its own. */
export const mayJoinClasses = (viewer: Viewer | null | undefined): boolean => !isTeacher(viewer);

/** Whether a class takes new students with its code (signing in with it keeps working either way). */
export const acceptsNewStudents = (cls: { joiningOpen: boolean; archivedAt: Date | null }): boolean => cls.joiningOpen && cls.archivedAt === null;
