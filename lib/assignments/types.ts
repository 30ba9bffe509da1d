/** Assignment vocabulary shared by server and client (no database, no zod). */

export const REVEAL_POLICIES = ["AFTER_SUBMIT", "AFTER_RELEASE", "NEVER"] as const;
/** When a student sees the commentary (reference answers) of their submitted work. */
export type RevealPolicy = (typeof REVEAL_POLICIES)[number];

/** A student's progress in one assignment, as "My work" and the reader show it. */
/**
 * "revising": the teacher gave the submitted work back for revision; it is open again until handed
 * in anew. "commented": the teacher's comments are released, the commentary not; "returned": the
 * commentary is released (lib/assignments/policy.ts assignmentStatus).
 */
export type AssignmentStatus = "notStarted" | "inProgress" | "revising" | "submitted" | "commented" | "returned";

/** What the results page of a submitted attempt shows (lib/assignments/policy.ts resultsVisibility). */
export type ResultsVisibility = "commentary" | "waiting" | "handedIn";

/**
 * Why a learner's self-study of an exercise does not show its commentary: an assignment of the
 * same exercise, given to one of their classes, holds it back (lib/assignments/policy.ts).
 */
export type CommentaryHold = { revealPolicy: "AFTER_RELEASE" | "NEVER"; className: string };

/** An assignment's own fields, as every view of one (the student's, the class page's, the review's) reads them. Dates are ISO strings. */
export type AssignmentFields = {
  id: string;
  exerciseKey: string;
  /** The article's slug, or null for the comparison exercise. */
  articleSlug: string | null;
  dueAt: string | null;
  /** Closed: the work is read-only for its students (for a student, also when the class is archived). */
  closed: boolean;
  revealPolicy: RevealPolicy;
  /** The questions it asks, as stored (empty: all): read through lib/assignments/questions.ts questionKeysOf, never directly. */
  questionKeys: string[];
};

/**
 * One assignment as its student sees it: what the reader shows in an assignment's context and the
 * learner-state GET serves (lib/assignments/queries.ts getAssignmentContext).
 */
export type AssignmentContext = AssignmentFields & {
  className: string;
  /** The teacher released the commentary (meaningful for AFTER_RELEASE). */
  released: boolean;
  /** The teacher released comments on the viewer's answers (what they see: lib/assignments/policy.ts feedbackSeen). */
  commented: boolean;
  /** The viewer's one attempt in this assignment, if started. */
  attempt: { id: string; status: "IN_PROGRESS" | "SUBMITTED"; submittedAt: string | null } | null;
  status: AssignmentStatus;
};
