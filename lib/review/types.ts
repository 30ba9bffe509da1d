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
  /** Question keys with an answer that says something (lib/question-types/registry.ts isAnswered, in SQL). */
  answered: string[];
  /** Question keys whose answer has feedback, and what the student sees of it. */
  feedback: Record<string, FeedbackMark>;
};

/**
 * Feedback on one answer as the grid marks it: a draft the student does not see, released as it
 * stands, or released and edited since (the student sees the earlier version).
 */
export type FeedbackMark = "DRAFT" | "RELEASED" | "EDITED";

/** What the progress grid shows and its polling GET returns. */
export type ProgressGrid = {
  questions: ProgressQuestion[];
  students: ProgressStudent[];
  counts: { students: number; started: number; submitted: number; answered: Record<string, number> };
};

/** A feedback draft as its teacher edits it (never what a student reads: that is the released copy). */
export type FeedbackDraft = {
  comment: string | null;
  score: number | null;
  revision: number;
  status: "DRAFT" | "RELEASED";
  releasedAt: string | null;
  savedAt: string;
};

/** One student of the class on a review screen: roster order by name; `number` is their pseudonym in the assignment (lib/review/pseudonyms.ts). */
export type RosterEntry = {
  enrolmentId: string;
  name: string;
  joinedAt: string;
  /** "Élève 7" when names are hidden: the same on every screen and in the export. */
  number: number;
  attempt: "IN_PROGRESS" | "SUBMITTED" | null;
};

/** One student's answer on a review screen, with its feedback draft. */
export type ReviewAnswer = {
  enrolmentId: string;
  name: string;
  joinedAt: string;
  /** Their pseudonym in the assignment: "Élève 7" when names are hidden. */
  number: number;
  attempt: "IN_PROGRESS" | "SUBMITTED" | null;
  answerId: string | null;
  value: unknown;
  savedAt: string | null;
  feedback: FeedbackDraft | null;
};

/** One student's whole attempt on the review-by-student screen. */
export type StudentReview = {
  enrolmentId: string;
  name: string;
  number: number;
  attempt: "IN_PROGRESS" | "SUBMITTED" | null;
  submittedAt: string | null;
  returnedAt: string | null;
  /** By question key. */
  answers: Record<string, { answerId: string; value: unknown; savedAt: string; feedback: FeedbackDraft | null }>;
};
