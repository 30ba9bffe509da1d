import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/config";
import type { Article, Content } from "@/lib/content";
import { STAGES, type Claim, type Question } from "@/lib/content/schemas";
import { HtmlOnly } from "@/components/html-only/html-only";
import type { ControlExcerpt } from "@/lib/content/controls";
import { AnswerSession } from "./answer-session";
import { AskedStage } from "./asked-questions";
import { PassageHighlights } from "./passage-highlights";
import { QuestionCard } from "./question-card";
import { SelectionBar } from "./selection-bar";
import { SubmitAttempt } from "./submit-attempt";
import { SubmittedNotice } from "./submitted-notice";
import { SyncSummary } from "./sync-summary";
import { WorkContext } from "./work-context";

type Props = Readonly<{
  article: Article;
  questions: readonly Question[];
  techniques: Content["techniques"];
  sourceCards: Content["sourceCards"];
  claims: readonly Claim[];
  controls: { excerpts: readonly ControlExcerpt[]; sources: Content["sources"] };
}>;

/**
 * The article's questions grouped by reading stage, each with its autosaving answer field. The same
 * for every visitor (the page is static); the learner's own answers arrive in AnswerSession.
 */
export async function QuestionsPanel({ article, questions, techniques, sourceCards, claims, controls }: Props) {
  const [t, locale] = await Promise.all([getTranslations("questions"), getLocale() as Promise<AppLocale>]);
  const numbers = new Map(questions.map((question, index) => [question.key, index + 1]));
  // Who is speaking in this article: the sources of a lateral-reading task when the web is blocked.
  const cards = sourceCards.filter((card) => card.articles.includes(article.slug)).map(({ id, name }) => ({ id, name }));
  const stages = STAGES.map((stage) => ({ stage, items: questions.filter((question) => question.stage === stage) })).filter((group) => group.items.length > 0);

  return (
    <AnswerSession target={{ article: article.slug }}>
      <PassageHighlights />
      <HtmlOnly id={`questions-intro-${locale}`}>
        <h2 id="questions-title" className="font-serif text-2xl font-semibold">
          {t("title")}
        </h2>
        <p className="mt-1 text-sm text-muted">{t("intro")}</p>
      </HtmlOnly>
      <WorkContext />
      <SubmittedNotice />
      <div className="z-10 mt-3 bg-paper py-2 lg:sticky lg:top-0">
        <SyncSummary />
      </div>
      {stages.map(({ stage, items }) => (
        <AskedStage key={stage} keys={items.map((question) => question.key)} labelledBy={`stage-${stage}`} className="mt-6">
          <h3 id={`stage-${stage}`} className="stage-title">
            {t(`stage.${stage}`)}
          </h3>
          <ol className="mt-2 space-y-4">
            {items.map((question) => (
              <QuestionCard
                key={question.key}
                question={question}
                number={numbers.get(question.key) ?? 0}
                locale={locale}
                article={article}
                techniques={techniques}
                cards={cards}
                claims={claims}
                controls={controls}
              />
            ))}
          </ol>
        </AskedStage>
      ))}
      <SubmitAttempt questionKeys={questions.map((question) => question.key)} />
      <SelectionBar
        targets={questions.flatMap((question) =>
          question.type === "evidence" || question.type === "technique"
            ? [{ key: question.key, number: numbers.get(question.key) ?? 0, controls: question.type === "technique" }]
            : [],
        )}
      />
    </AnswerSession>
  );
}
