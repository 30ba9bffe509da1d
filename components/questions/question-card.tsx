import { getTranslations } from "next-intl/server";
import type { Json } from "@/lib/autosave/syncer";
import { emptyValue } from "@/lib/answers/values";
import type { AppLocale } from "@/lib/config";
import type { Article, Content } from "@/lib/content";
import type { Question } from "@/lib/content/schemas";
import { ChoiceAnswer } from "./choice-answer";
import { OpenAnswer } from "./open-answer";
import { PassageAnswer } from "./passage-answer";
import { ScaleAnswer } from "./scale-answer";
import { TechniqueGuide } from "./technique-guide";

type Props = Readonly<{
  question: Question;
  number: number;
  locale: AppLocale;
  article: Article;
  techniques: Content["techniques"];
}>;

/** One question: prompt, hint, the paragraphs it points to, and the field that fits its type. */
export async function QuestionCard({ question, number, locale, article, techniques }: Props) {
  const t = await getTranslations("questions");
  const text = question[locale];
  const promptId = `q-${question.key}-prompt`;
  const blockNumbers = question.paragraphs.flatMap((id) => article.blocks.find((block) => block.id === id)?.number ?? []);
  // The empty answer: the learner's own arrives in the browser (see useAnswerSync).
  const initial = { value: emptyValue(question) as Json, revision: 0, savedAt: null };
  const common = { question: question.key, initial, labelledBy: promptId };

  return (
    <li id={`q-${question.key}`} className="card">
      <p className="text-xs font-medium text-muted">{t("questionNumber", { number })}</p>
      <p id={promptId} className="mt-1 leading-relaxed font-medium">
        {text.prompt}
      </p>
      {text.hint && <p className="mt-1 text-sm leading-relaxed text-muted">{text.hint}</p>}
      {blockNumbers.length > 0 && (
        <p className="mt-2 text-sm">
          {t("seeParagraphs")}{" "}
          {blockNumbers.map((blockNumber, index) => (
            <span key={blockNumber}>
              {index > 0 && ", "}
              <a href={`#p${blockNumber}`} className="text-link">
                {t("paragraphLink", { number: blockNumber })}
              </a>
            </span>
          ))}
        </p>
      )}
      {question.type === "open" && <OpenAnswer {...common} maxLength={question.maxLength} />}
      {(question.type === "single" || question.type === "multiple") && (
        <ChoiceAnswer
          {...common}
          multiple={question.type === "multiple"}
          allowOther={question.allowOther}
          options={question.options.map((option) => ({ key: option.key, label: option[locale] }))}
        />
      )}
      {question.type === "scale" && (
        <ScaleAnswer
          {...common}
          min={question.min}
          max={question.max}
          minLabel={question[locale].minLabel}
          maxLabel={question[locale].maxLabel}
          compareWith={question.compareWith}
        />
      )}
      {question.type === "evidence" && <PassageAnswer {...common} max={question.maxHighlights} suggested={question.paragraphs} />}
      {question.type === "technique" && (
        <>
          <TechniqueGuide techniques={techniques} locale={locale} />
          <PassageAnswer
            {...common}
            max={question.maxTags}
            suggested={question.paragraphs}
            techniques={techniques.techniques.map((technique) => ({ id: technique.id, name: technique[locale].name }))}
          />
        </>
      )}
    </li>
  );
}
