import type { Viewer } from "@/lib/auth/viewer";
import { isTeacher, ownedByTeacherSql } from "@/lib/classes/policy";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Who may review what: only the teacher who owns the class an assignment was given to reads its
 * students' work, their names and the feedback drafts. Every review statement reaches them through
 * a class scoped by lib/classes/policy.ts classesOwnedBySql (or ownAssignmentSql, which uses it).
 */

export const mayReview = (viewer: Viewer | null | undefined): viewer is Viewer & { role: "TEACHER"; isGuest: false } => isTeacher(viewer);

/** SQL: the viewer's own comment bank, on the CommentBankEntry row `b`. */
export const commentBankOfSql = (viewer: Viewer): Prisma.Sql => ownedByTeacherSql(viewer, "b");
