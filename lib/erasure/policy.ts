import type { Viewer } from "@/lib/auth/viewer";
import { isTeacher, type TeacherViewer } from "@/lib/classes/policy";

/**
 * Who may delete what of their own (issue 22). A teacher deletes their account, with their
 * classes; a guest erases their work. A student's work belongs to their class: only their teacher
 * deletes it (lib/classes/students.ts, lib/review/work.ts). Pure predicates, unit-tested.
 */

export const mayDeleteOwnAccount = (viewer: Viewer | null | undefined): viewer is TeacherViewer => isTeacher(viewer);

export const mayEraseGuestWork = (viewer: Viewer | null | undefined): viewer is Viewer & { isGuest: true } => viewer?.isGuest === true;
