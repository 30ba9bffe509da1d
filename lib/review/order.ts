import { isAnswered } from "@/lib/question-types/registry";
import type { ShowFilter } from "./mode";
import type { ReviewAnswer, RosterEntry } from "./types";

/**
 * The order students come in on the review screens: by name, or, names hidden, by their number in
 * the assignment (./pseudonyms.ts), which follows neither the roll call nor arrival. Pure.
 */

type Ordered = { enrolmentId: string; number: number };

export function inReviewOrder<T extends Ordered>(students: readonly T[], blind: boolean): T[] {
  return blind ? [...students].sort((a, b) => a.number - b.number) : [...students];
}

/** The students before and after this one, in the screen's order. */
export function neighboursOf(roster: readonly RosterEntry[], enrolmentId: string, blind: boolean): { previous: string | null; next: string | null } {
  const ordered = inReviewOrder(roster, blind);
  const at = ordered.findIndex((entry) => entry.enrolmentId === enrolmentId);
  return { previous: ordered[at - 1]?.enrolmentId ?? null, next: ordered[at + 1]?.enrolmentId ?? null };
}

/** Where "By student" opens: the first student (in the screen's order) who has started, else the first. */
export function firstStudentWithWork(roster: readonly RosterEntry[], blind: boolean): string | null {
  const ordered = inReviewOrder(roster, blind);
  return (ordered.find((entry) => entry.attempt !== null) ?? ordered[0])?.enrolmentId ?? null;
}

/** "By question": answered first, then the others, each in the screen's order; filtered to those who answered or handed in. */
export function answersToReview(answers: readonly ReviewAnswer[], blind: boolean, show: ShowFilter): ReviewAnswer[] {
  const ordered = inReviewOrder(answers, blind);
  const answered = ordered.filter((answer) => isAnswered(answer.value));
  if (show === "answered") return answered;
  if (show === "submitted") return answered.concat(ordered.filter((answer) => !isAnswered(answer.value))).filter((answer) => answer.attempt === "SUBMITTED");
  return [...answered, ...ordered.filter((answer) => !isAnswered(answer.value))];
}
