import type { ReleasedFeedback } from "@/lib/attempts/state";

/**
 * The teacher's released comment and score beside a student's answer, on the results page (server)
 * and in the reader (client); the words come translated from the caller. Nothing before release.
 */
export function FeedbackNote({
  feedback,
  heading,
  score,
}: Readonly<{ feedback: ReleasedFeedback | undefined; heading: string; score: (score: number) => string }>) {
  if (!feedback || (feedback.comment === null && feedback.score === null)) return null;
  return (
    <section className="mt-4 rounded-md border-l-4 border-accent bg-accent-soft px-4 py-3" data-teacher-feedback="">
      <h4 className="text-sm font-semibold">{heading}</h4>
      {feedback.score !== null && <p className="mt-1 font-semibold">{score(feedback.score)}</p>}
      {feedback.comment !== null && <p className="mt-1 text-sm leading-relaxed whitespace-pre-wrap">{feedback.comment}</p>}
    </section>
  );
}
