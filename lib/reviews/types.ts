/** Review vocabulary shared by the teacher's server pages and their client islands (no database, no zod). */

/** One cell of the progress grid: how far a student has got on one question. */
export type CellState = "notStarted" | "inProgress" | "answered" | "submitted";

export type ProgressQuestion = { key: string; type: string };

export type ProgressStudent = {
  enrolmentId: string;
  name: string;
  /** Their one attempt in the assignment, if started. */
  attempt: "IN_PROGRESS" | "SUBMITTED" | null;
  /** The teacher gave the attempt back for revision (it is open again). */
  returned: boolean;
  /** Question keys with an answer that says something (lib/answers/answered.ts, in SQL). */
  answered: string[];
  /** Question keys whose answer has feedback, and whether it is released. */
  feedback: Record<string, "DRAFT" | "RELEASED">;
};

/** What the progress grid shows and its polling GET returns. */
export type ProgressGrid = {
  questions: ProgressQuestion[];
  students: ProgressStudent[];
  counts: { students: number; started: number; submitted: number; answered: Record<string, number> };
};
