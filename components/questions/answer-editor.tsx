import type { ReactNode } from "react";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import { getPathname } from "@/i18n/navigation";
import { backgroundHref } from "@/lib/background/sections";
import type { Claim, Question } from "@/lib/content/schemas";
import { questionType } from "@/lib/question-types/registry";
import { CalibrationAnswer } from "./calibration-answer";
import { ChoiceAnswer } from "./choice-answer";
import { LateralAnswer } from "./lateral-answer";
import { OpenAnswer } from "./open-answer";
import { PassageAnswer } from "./passage-answer";
import { ScaleAnswer } from "./scale-answer";

type EditorProps<Q extends Question> = {
  question: Q;
  locale: AppLocale;
  techniques: Content["techniques"];
  /** The article's source cards, and its slug (where they are shown). */
  cards: ReadonlyArray<{ id: string; name: string }>;
  slug: string;
  /** The article's claim cards, for a calibration question. */
  claims: readonly Claim[];
};

/**
 * The field each question type is answered in, with the limits its type declares
 * (lib/question-types). Exhaustive: a new type does not compile until its editor is listed.
 */
const EDITORS: { [K in Question["type"]]: (props: EditorProps<Extract<Question, { type: K }>>) => ReactNode } = {
  open: ({ question }) => <OpenAnswer question={question.key} maxLength={questionType(question.type).limits(question).text!} />,
  single: (props) => choiceEditor(props),
  multiple: (props) => choiceEditor(props),
  scale: ({ question, locale }) => (
    <ScaleAnswer
      question={question.key}
      min={question.min}
      max={question.max}
      minLabel={question[locale].minLabel}
      maxLabel={question[locale].maxLabel}
      compareWith={question.compareWith}
    />
  ),
  evidence: ({ question }) => (
    <PassageAnswer question={question.key} max={questionType(question.type).limits(question).passages!} suggested={question.paragraphs} />
  ),
  technique: ({ question, locale, techniques }) => (
    <PassageAnswer
      question={question.key}
      max={questionType(question.type).limits(question).passages!}
      suggested={question.paragraphs}
      techniques={techniques.techniques.map((technique) => ({ id: technique.id, name: technique[locale].name }))}
    />
  ),
  lateral: ({ question, locale, cards, slug }) => (
    <LateralAnswer
      question={question.key}
      subject={cards.find((card) => card.id === question.subject)?.name ?? question.search}
      search={question.search}
      cards={cards}
      cardsHref={getPathname({ href: backgroundHref(slug, "overview", "cards-full"), locale })}
    />
  ),
  calibration: ({ question, locale, slug, claims }) => (
    <CalibrationAnswer
      question={question.key}
      slug={slug}
      claims={question.claims.flatMap((id) =>
        claims.filter((claim) => claim.id === id).map((claim) => ({ id, quote: claim.quote, claim: claim[locale].claim })),
      )}
    />
  ),
};

function choiceEditor({ question, locale }: EditorProps<Extract<Question, { type: "single" | "multiple" }>>) {
  return (
    <ChoiceAnswer
      question={question.key}
      multiple={question.type === "multiple"}
      allowOther={question.allowOther}
      options={question.options.map((option) => ({ key: option.key, label: option[locale] }))}
    />
  );
}

export function AnswerEditor(props: Readonly<EditorProps<Question>>) {
  const editor = EDITORS[props.question.type] as (props: EditorProps<Question>) => ReactNode;
  return editor(props);
}
