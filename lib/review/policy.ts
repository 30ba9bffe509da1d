import type { Viewer } from "@/lib/auth/viewer";
import { isTeacher } from "@/lib/classes/policy";
import type { CellState, ProgressGrid, ProgressQuestion, ProgressStudent } from "./types";

/**
 * Who may review what: only the teacher who owns the class an assignment was given to reads its
 * students' work, their names and the feedback drafts. Every review statement is scoped in SQL by
 * `c."teacherId" = viewer` (the same rule as lib/classes/policy.ts classesOwnedBy); these pure
 * helpers decide what the grid shows from the rows it got.
 */

export const mayReview = (viewer: Viewer | null | undefined): viewer is Viewer & { role: "TEACHER"; isGuest: false } => isTeacher(viewer);

/** How far one student has got on one question. */
export function cellState(student: Pick<ProgressStudent, "attempt" | "answered">, questionKey: string): CellState {
  if (student.attempt === null) return "notStarted";
  if (student.attempt === "SUBMITTED") return "submitted";
  return student.answered.includes(questionKey) ? "answered" : "inProgress";
}

/** The numbers above the grid: started, submitted, and per question how many said something. */
export function progressCounts(questions: readonly ProgressQuestion[], students: readonly ProgressStudent[]): ProgressGrid["counts"] {
  return {
    students: students.length,
    started: students.filter((student) => student.attempt !== null).length,
    submitted: students.filter((student) => student.attempt === "SUBMITTED").length,
    answered: Object.fromEntries(questions.map((question) => [question.key, students.filter((student) => student.answered.includes(question.key)).length])),
  };
}

