import type { Viewer } from "@/lib/auth/viewer";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Who may see and change a class and its roster: only the teacher who owns it. Pure predicates
 * (unit-tested) and Prisma where-clauses applying the same rules (integration-tested). A where
 * built for someone who is not a teacher matches nothing, so a caller cannot forget the check.
 */

export type TeacherViewer = Viewer & { role: "TEACHER"; isGuest: false };

export const isTeacher = (viewer: Viewer | null | undefined): viewer is TeacherViewer => viewer?.role === "TEACHER" && !viewer.isGuest;

/** Matches no row: what a where-builder gives someone with no right to any. */
export const NOTHING = { id: { in: [] as string[] } } as const;

/** Where-clause: the classes the viewer teaches. */
export const classesOwnedBy = (viewer: Viewer | null | undefined): Prisma.ClassWhereInput => (isTeacher(viewer) ? { teacherId: viewer.id } : NOTHING);

/** Teachers do not join classes as students: their account has an e-mail address and a password of its own. */
export const mayJoinClasses = (viewer: Viewer | null | undefined): boolean => !isTeacher(viewer);

/** Whether a class takes new students with its code (signing in with it keeps working either way). */
export const acceptsNewStudents = (cls: { joiningOpen: boolean; archivedAt: Date | null }): boolean => cls.joiningOpen && cls.archivedAt === null;
