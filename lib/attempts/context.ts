import { SELF_STUDY_SCOPE } from "@/lib/exercises/keys";

/**
 * Where a piece of work belongs: the learner's own self-study, or an assignment of a class they
 * are in. Each context has its own attempts (Attempt.scope), so work done for a teacher never
 * mixes with practice. Client-safe.
 */
export type AttemptContext = { kind: "self" } | { kind: "assignment"; assignmentId: string };

export const SELF_STUDY: AttemptContext = { kind: "self" };

/** The context a save or a request names: an assignment id when it gives one, else self-study. */
export const contextOf = (assignmentId: string | null | undefined): AttemptContext => (assignmentId ? { kind: "assignment", assignmentId } : SELF_STUDY);

/** Attempt.scope for a context (a CHECK constraint holds it equal to Attempt.assignmentId or "self"). */
export const scopeOf = (context: AttemptContext): string => (context.kind === "self" ? SELF_STUDY_SCOPE : context.assignmentId);
