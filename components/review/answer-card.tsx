import { getLocale, getTranslations } from "next-intl/server";
import { AnswerText } from "@/components/shared/answer-text";
import { Link } from "@/i18n/navigation";
import { feedbackSeen } from "@/lib/assignments/policy";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import { ofPerson, type Person } from "@/lib/format/people";
import type { ReviewQuestion } from "@/lib/review/questions";
import type { ReviewAnswer } from "@/lib/review/types";
import { FeedbackEditor } from "./feedback-editor";
import { RubricLevels } from "./rubric-levels";

type Props = Readonly<{
  answer: ReviewAnswer;
  /** The card's heading: the student's name or number (by question), or the question (by student). */
  heading: string;
  /** Who wrote it, by name or (names hidden) by number: labels the feedback fields. */
  person: Person;
  anchor: string;
  question: ReviewQuestion;
  content: Content;
  bank: readonly string[];
  /** Where the other view of this answer is (the student's whole attempt, or the whole class's answers). */
  elsewhere?: { href: string; text: string };
  /** The page shows this question's rubric once, above the cards (by question); otherwise each card has its own. */
  rubricAbove?: boolean;
}>;

/** One answer with its feedback editor; an answer not given yet has nothing to comment on. */
export async function AnswerCard({ answer, heading, person, anchor, question, content, bank, elsewhere, rubricAbove = false }: Props) {
  const [t, people, locale] = await Promise.all([getTranslations("review"), getTranslations("people"), getLocale() as Promise<AppLocale>]);
  const label = "name" in person ? person.name : t("pseudonym", { number: person.number });
  const levels = (question.rubric ?? []).map((level) => level[locale]);
  const seen = feedbackSeen(answer.feedback);
  return (
    <article
      id={anchor}
      aria-labelledby={`${anchor}-h`}
      className="scroll-mt-4 rounded-lg border border-line bg-surface p-4 shadow-sm target:ring-4 target:ring-accent/40"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`${anchor}-h`} className="font-semibold">
          {heading}
        </h3>
        <span className="text-xs text-muted">
          {answer.attempt === "SUBMITTED" ? t("cell.submitted") : answer.attempt ? t("cell.inProgress") : t("cell.notStarted")}
        </span>
      </div>
      <div className="mt-2">
        <AnswerText question={question.question} value={answer.value} content={content} />
      </div>
      {elsewhere && (
        <Link href={elsewhere.href} className="mt-2 inline-block text-sm text-link">
          {elsewhere.text}
        </Link>
      )}
      {answer.answerId && !rubricAbove && <RubricLevels rubric={question.rubric} compact />}
      {answer.answerId && (
        <FeedbackEditor
          answerId={answer.answerId}
          label={label}
          of={ofPerson(people, person)}
          levels={levels}
          bank={bank}
          initial={{
            comment: answer.feedback?.comment ?? "",
            score: answer.feedback?.score ?? null,
            revision: answer.feedback?.revision ?? 0,
            savedAt: answer.feedback?.savedAt ?? null,
          }}
        />
      )}
      {seen === "current" && <p className="mt-2 text-xs text-ok">{t("releasedNote")}</p>}
      {seen === "earlier" && <p className="mt-2 text-xs text-warn">{t("editedNote")}</p>}
    </article>
  );
}
