import type { CellState, ProgressGrid, ProgressQuestion, ProgressStudent } from "./types";

/**
 * What the progress grid shows from the rows it got (lib/review/queries.ts getAssignmentProgress).
 * Pure and client-safe: the grid's client component imports it, and nothing here decides who may
 * see what (./policy.ts does).
 */

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
