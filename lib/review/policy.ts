import type { Viewer } from "@/lib/auth/viewer";
import { isTeacher } from "@/lib/classes/policy";

/**
 * Who may review what: only the teacher who owns the class an assignment was given to reads its
 * students' work, their names and the feedback drafts. Every review statement is scoped in SQL by
 * `c."teacherId" = viewer` (the same rule as lib/classes/policy.ts classesOwnedBy).
 */

export const mayReview = (viewer: Viewer | null | undefined): viewer is Viewer & { role: "TEACHER"; isGuest: false } => isTeacher(viewer);
