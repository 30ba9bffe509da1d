import { getLocale, getTranslations } from "next-intl/server";
import { AnswerText } from "@/components/shared/answer-text";
import type { AttemptWithAnswers } from "@/lib/attempts/queries";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import { reviewQuestions } from "@/lib/review/questions";
import { TeacherFeedback } from "./teacher-feedback";

/**
 * For work whose commentary is held back: the questions the teacher has released feedback on, each
 * with the student's answer beside the comment and score. Nothing when nothing is released.
 */
export async function ReleasedFeedbackList({ attempt, content }: Readonly<{ attempt: AttemptWithAnswers; content: Content }>) {
  const [t, locale] = await Promise.all([getTranslations("review"), getLocale() as Promise<AppLocale>]);
  const questions = reviewQuestions(content, { articleSlug: attempt.articleSlug || null, questionKeys: attempt.assignment?.questionKeys ?? [] }, locale).filter(
    (question) => attempt.feedback[question.key],
  );
  if (questions.length === 0) return null;
  return (
    <section aria-labelledby="feedback-title" className="mt-8">
      <h2 id="feedback-title" className="text-xl font-semibold">
        {t("feedbackTitle")}
      </h2>
      <ol className="mt-4 space-y-4">
        {questions.map((question) => (
          <li key={question.key} className="rounded-lg border border-line bg-surface p-5 shadow-sm">
            <p className="text-xs font-medium text-muted">{t("questionHeading", { number: question.number })}</p>
            <h3 className="mt-1 font-medium">{question.prompt}</h3>
            <div className="mt-2 text-sm">
              <AnswerText question={question.question} value={attempt.answers[question.key]?.value ?? null} content={content} />
            </div>
            <TeacherFeedback feedback={attempt.feedback[question.key]} />
          </li>
        ))}
      </ol>
    </section>
  );
}
