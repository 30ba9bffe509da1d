import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { OTHER } from "@/lib/question-types/choice";
import { answerView } from "@/lib/question-types/values";
import type { AppLocale } from "@/lib/config";
import type { Article } from "@/lib/content";
import type { Question } from "@/lib/content/schemas";
import { locatePassage } from "@/lib/content/passages";
import type { QuestionResult } from "@/lib/results/results";
import type { ReleasedFeedback } from "@/lib/attempts/queries";
import { TeacherFeedback } from "./teacher-feedback";

const numberOf = (block: string) => Number(block.slice(1));

type Props = Readonly<{
  /** The learner's answer, marked; without it (the teacher's answer key) only the question, its reference and what to look for. */
  result?: QuestionResult;
  question: Question;
  number: number;
  article: Article;
  feedback?: ReleasedFeedback;
  /** Shown at the end of the card (the key adds the question's rubric). */
  children?: ReactNode;
}>;

/** One question after submission: the learner's answer, the reference when there is one, and what to look for. */
export async function AnswerReview({ result, question, number, article, feedback, children }: Props) {
  const [t, locale] = await Promise.all([getTranslations("results"), getLocale() as Promise<AppLocale>]);
  const view = result ? answerView(question, result.value) : null;
  const none = <p className="text-muted italic">{t("noAnswer")}</p>;

  let mine: ReactNode = result ? none : null;
  let reference: ReactNode = null;
  if (view?.as === "text" && result?.answered) mine = <p className="whitespace-pre-wrap">{view.text}</p>;
  if (view?.as === "number" && result?.answered) mine = <p className="font-semibold">{t("scaleValue", { value: view.value ?? 0, max: view.max })}</p>;
  if (question.type === "single" || question.type === "multiple") {
    const chosen = view?.as === "choices" ? view.chosen.map((choice) => choice.key) : [];
    const other = view?.as === "choices" ? view.other : undefined;
    mine = (
      <ul className="space-y-1">
        {[...question.options, ...(question.allowOther ? [{ key: OTHER, fr: t("other"), en: t("other") }] : [])].map((option) => {
          const isChosen = chosen.includes(option.key);
          const isReference = question.reference.answer.includes(option.key);
          return (
            <li key={option.key} className={`rounded px-2 py-1 ${isReference ? "bg-ok-soft" : ""}`}>
              <span aria-hidden="true">{(result ? isChosen : isReference) ? "☑" : "☐"} </span>
              {option.key === OTHER && other ? t("otherWithText", { text: other }) : option[locale]}
              {isChosen && <span className="sr-only"> ({t("yourChoice")})</span>}
              {isReference && <Badge tone="ok">{t("referenceChoice")}</Badge>}
            </li>
          );
        })}
      </ul>
    );
    reference = <p>{question.reference[locale]}</p>;
  }
  if (question.type === "evidence") {
    if (result?.answered && view?.as === "passages") {
      mine = (
        <ul className="space-y-1">
          {view.passages.map((passage) => (
            <li key={`${passage.block}-${passage.quote}`}>
              § {numberOf(passage.block)} <q lang="fr">{passage.quote}</q>
            </li>
          ))}
        </ul>
      );
    }
    if (question.reference) {
      reference = (
        <>
          <ul className="space-y-1">
            {question.reference.passages.map((passage) => (
              <li key={`${passage.block}-${passage.quote}`}>
                § {locatePassage(article.blocks, passage)?.block.number ?? numberOf(passage.block)} <q lang="fr">{passage.quote}</q>
              </li>
            ))}
          </ul>
          <p className="mt-2">{question.reference[locale]}</p>
        </>
      );
    }
  }
  if (question.type === "technique" && result) mine = result.answered ? <p>{t("seeComparison")}</p> : none;
  if (question.type === "lateral" && result) mine = <p>{(await getTranslations("lateralReview"))("seeTrail")}</p>;
  if (question.type === "calibration" && result) mine = result.answered ? <p>{(await getTranslations("calibration"))("seeBelow")}</p> : none;

  return (
    <article aria-labelledby={`r-${question.key}`} className="rounded-lg border border-line bg-surface p-5 shadow-sm">
      <p className="text-xs font-medium text-muted">{t("questionNumber", { number })}</p>
      <h3 id={`r-${question.key}`} className="mt-1 font-medium">
        {question[locale].prompt}
      </h3>
      {result?.correct !== undefined && (
        <p className="mt-2">
          <Badge tone={result.correct ? "ok" : "warn"}>{result.correct ? t("correct") : t("notReference")}</Badge>
        </p>
      )}
      {(mine || reference) && (
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          {mine && (
            <section>
              <h4 className="text-sm font-semibold text-muted">{result ? t("yourAnswer") : t("options")}</h4>
              <div className="mt-1 text-sm leading-relaxed">{mine}</div>
            </section>
          )}
          {reference && (
            <section>
              <h4 className="text-sm font-semibold text-muted">{t("reference")}</h4>
              <div className="mt-1 text-sm leading-relaxed">{reference}</div>
            </section>
          )}
        </div>
      )}
      <TeacherFeedback feedback={feedback} />
      <section className="mt-4 rounded-md bg-panel px-4 py-3">
        <h4 className="text-sm font-semibold">{t("lookFor")}</h4>
        <p className="mt-1 text-sm leading-relaxed">{question[locale].teacherNotes}</p>
      </section>
      {children}
    </article>
  );
}
