/**
 * What the reader needs of the learner's own work on one exercise, fetched by the browser after the
 * page (the same for everyone) has loaded: GET /api/attempts/current. Client-safe: types only.
 */
import type { AssignmentContext, CommentaryHold } from "@/lib/assignments/types";

export type StoredAnswer = { value: unknown; revision: number; savedAt: string };

/** A teacher's comment and score as the student is shown them: the copy made when they were released. */
export type ReleasedFeedback = { comment: string | null; score: number | null; releasedAt: string };

export type LearnerState = {
  /** The attempt in progress, with its answers by question key; null when there is none yet. */
  attempt: { id: string; answers: Record<string, StoredAnswer> } | null;
  /** The last submitted attempt, shown when none is in progress (new answers start a new one). */
  lastSubmitted: { id: string; number: number; submittedAt: string } | null;
  /** In an assignment's context: which assignment, and whether it still takes work (absent in self-study). */
  assignment?: AssignmentContext;
  /** In an assignment's context: the teacher's released comments by question key, shown beside each answer. */
  feedback?: Record<string, ReleasedFeedback>;
  /** In self-study: an assignment of the learner's class holds this exercise's commentary back, and which (the reader says so). */
  commentaryHold?: CommentaryHold | null;
  /** In an assignment's context: the work was given back for revision, when and with what message. */
  returned?: { at: string; message: string | null } | null;
  /** Who is asking: a guest (work tied to this browser), someone signed in, or nobody yet. */
  viewer?: "guest" | "account" | null;
  /** The signed-in account's id: the page's saves must come from it (lib/autosave/answers.ts AttemptBox.account). */
  account?: string;
  /** Set in the browser when the server refused the request (an assignment that is not theirs): why, to show. */
  unavailable?: string;
  /** Set in the browser when the assignment needs the learner to sign in (again) first. */
  signedOut?: boolean;
};

export const EMPTY_LEARNER_STATE: LearnerState = { attempt: null, lastSubmitted: null };

/** Why the answers on a page cannot change, if they cannot: the reader then shows them read-only. */
export type WorkLock = "unavailable" | "submitted" | "closed";

export function workLock(state: LearnerState): WorkLock | null {
  if (state.unavailable) return "unavailable";
  if (state.assignment?.attempt?.status === "SUBMITTED") return "submitted";
  if (state.assignment?.closed) return "closed";
  return null;
}
