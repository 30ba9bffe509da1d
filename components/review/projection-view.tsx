import { getTranslations } from "next-intl/server";
import { SECONDARY_LINK } from "@/components/forms/buttons";
import { AnswerText } from "@/components/shared/answer-text";
import { Link } from "@/i18n/navigation";
import { isAnswered } from "@/lib/question-types/registry";
import type { Content } from "@/lib/content";
import type { ReviewQuestion } from "@/lib/review/questions";
import type { ReviewAnswer } from "@/lib/review/types";
import { KeyboardNav } from "./keyboard-nav";

type Props = Readonly<{ answers: readonly ReviewAnswer[]; question: ReviewQuestion; content: Content; position: number; base: string }>;

/**
 * For discussing answers with the class on a projector: the question and one answer at a time,
 * in large type, with no names (Élève 1, 2… in roster order, the same numbers as blind review),
 * nor scores or feedback. ← and → (or the links) go from answer to answer.
 */
export async function ProjectionView({ answers, question, content, position, base }: Props) {
  const t = await getTranslations("review");
  const given = answers.filter((answer) => isAnswered(answer.value));
  const at = Math.min(position, Math.max(given.length, 1));
  const answer = given[at - 1];
  const href = (n: number) => (n >= 1 && n <= given.length ? `${base}?mode=projection&i=${n}` : null);
  const previous = href(at - 1);
  const next = href(at + 1);
  return (
    <section aria-labelledby="projection-title" className="mt-6">
      <div className="flex flex-wrap items-center gap-2">
        <Link href={base} className={SECONDARY_LINK}>
          {t("leaveProjection")}
        </Link>
        <span className="text-lg text-muted">{t("projectionPosition", { at: given.length === 0 ? 0 : at, total: given.length })}</span>
      </div>
      <h1 id="projection-title" className="mt-6 font-serif text-4xl leading-tight font-semibold">
        {question.prompt}
      </h1>
      <article className="mt-8 rounded-xl border-2 border-line bg-surface p-8">
        {answer ? (
          <>
            <h2 className="text-2xl font-semibold text-muted">{t("pseudonym", { number: answer.number })}</h2>
            <div className="mt-4">
              <AnswerText question={question.question} value={answer.value} content={content} large />
            </div>
          </>
        ) : (
          <p className="text-2xl text-muted">{t("noAnswersYet")}</p>
        )}
      </article>
      <nav aria-label={t("projectionNav")} className="mt-6 flex gap-3 text-xl">
        {previous && (
          <Link href={previous} rel="prev" className={`${SECONDARY_LINK} text-xl`}>
            ← {t("previousAnswer")}
          </Link>
        )}
        {next && (
          <Link href={next} rel="next" className={`${SECONDARY_LINK} text-xl`}>
            {t("nextAnswer")} →
          </Link>
        )}
      </nav>
      <KeyboardNav
        bindings={[
          { keys: ["ArrowLeft"], href: previous },
          { keys: ["ArrowRight"], href: next },
        ]}
      />
    </section>
  );
}
