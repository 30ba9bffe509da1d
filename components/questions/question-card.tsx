import { getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { promptId } from "./prompt-id";
import type { AppLocale } from "@/lib/config";
import type { Article, Content } from "@/lib/content";
import type { Claim, Question } from "@/lib/content/schemas";
import { HtmlOnly } from "@/components/html-only/html-only";
import { getPathname } from "@/i18n/navigation";
import { backgroundHref } from "@/lib/background/sections";
import type { ControlExcerpt } from "@/lib/content/controls";
import { AnswerEditor } from "./answer-editor";
import { AskedQuestion } from "./asked-questions";
import { ControlExcerpts } from "./control-excerpts";
import { TeacherComment } from "./teacher-comment";

type Props = Readonly<{
  question: Question;
  number: number;
  locale: AppLocale;
  article: Article;
  techniques: Content["techniques"];
  cards: ReadonlyArray<{ id: string; name: string }>;
  /** The article's claim cards, for a calibration question. */
  claims: readonly Claim[];
  /** The technique exercise's control excerpts (lib/content/controls.ts), with the sources they cite. */
  controls: { excerpts: readonly ControlExcerpt[]; sources: Content["sources"] };
}>;

/** One question: prompt, hint, the paragraphs it points to, and the field that fits its type. */
export async function QuestionCard({ question, number, locale, article, techniques, cards, claims, controls }: Props) {
  const t = await getTranslations("questions");
  const text = question[locale];
  const blockNumbers = question.paragraphs.flatMap((id) => article.blocks.find((block) => block.id === id)?.number ?? []);

  return (
    <AskedQuestion questionKey={question.key} className="card">
      {/* What the question says is in the HTML only; the field below is the interactive part. */}
      <HtmlOnly id={`q-${locale}-${article.slug}-${question.key}`}>
        <p className="q-number">{t("questionNumber", { number })}</p>
        <p id={promptId(question.key)} className="q-prompt">
          {text.prompt}
        </p>
        {text.hint && <p className="q-hint">{text.hint}</p>}
        {blockNumbers.length > 0 && (
          <p className="q-links">
            {t("seeParagraphs")}{" "}
            {blockNumbers.map((blockNumber, index) => (
              <Fragment key={blockNumber}>
                {index > 0 && ", "}
                <a href={`#p${blockNumber}`}>{t("paragraphLink", { number: blockNumber })}</a>
              </Fragment>
            ))}
          </p>
        )}
        {question.type === "technique" && (
          <p className="mt-2 text-sm">
            <a href={getPathname({ href: backgroundHref(article.slug, "techniques"), locale })} data-keep-scroll className="text-link">
              {t("techniquesLink")}
            </a>
          </p>
        )}
        {question.type === "technique" && <ControlExcerpts excerpts={controls.excerpts} sources={controls.sources} locale={locale} />}
      </HtmlOnly>
      {/* Each field starts empty: the learner's own answer arrives in the browser (see useAnswerSync). */}
      <AnswerEditor question={question} locale={locale} techniques={techniques} cards={cards} slug={article.slug} claims={claims} />
      <TeacherComment question={question.key} />
    </AskedQuestion>
  );
}
