import { getLocale, getTranslations } from "next-intl/server";
import type { AttemptWithAnswers } from "@/lib/attempts/queries";
import type { Json } from "@/lib/autosave/syncer";
import type { AppLocale } from "@/lib/config";
import type { Article } from "@/lib/content";
import { STAGES, type Question } from "@/lib/content/schemas";
import { AnswerSession } from "./answer-session";
import { OpenAnswer } from "./open-answer";
import { SyncSummary } from "./sync-summary";

type Props = Readonly<{
  article: Article;
  questions: readonly Question[];
  attempt: AttemptWithAnswers | null;
  isGuest: boolean;
}>;

/** The article's questions grouped by reading stage, each with its autosaving answer field. */
export async function QuestionsPanel({ article, questions, attempt, isGuest }: Props) {
  const [t, locale] = await Promise.all([getTranslations("questions"), getLocale() as Promise<AppLocale>]);
  const numbers = new Map(questions.map((question, index) => [question.key, index + 1]));
  const stages = STAGES.map((stage) => ({ stage, items: questions.filter((question) => question.stage === stage) })).filter(
    (group) => group.items.length > 0,
  );

  return (
    <AnswerSession article={article.slug} attemptId={attempt?.id ?? null}>
      <h2 id="questions-title" className="font-serif text-2xl font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("intro")}</p>
      {isGuest && <p className="mt-1 text-sm text-muted">{t("guestNote")}</p>}
      <div className="z-10 mt-3 bg-paper py-2 lg:sticky lg:top-0">
        <SyncSummary />
      </div>
      {stages.map(({ stage, items }) => (
        <section key={stage} aria-labelledby={`stage-${stage}`} className="mt-6">
          <h3 id={`stage-${stage}`} className="text-sm font-semibold tracking-wide text-muted uppercase">
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
                stored={attempt?.answers[question.key]}
              />
            ))}
          </ol>
        </section>
      ))}
    </AnswerSession>
  );
}

async function QuestionCard({
  question,
  number,
  locale,
  article,
  stored,
}: Readonly<{
  question: Question;
  number: number;
  locale: AppLocale;
  article: Article;
  stored: AttemptWithAnswers["answers"][string] | undefined;
}>) {
  const t = await getTranslations("questions");
  const text = question[locale];
  const promptId = `q-${question.key}-prompt`;
  const blockNumbers = question.paragraphs.flatMap((id) => article.blocks.find((block) => block.id === id)?.number ?? []);
  const initial = { value: (stored?.value ?? { text: "" }) as Json, revision: stored?.revision ?? 0, savedAt: stored?.savedAt ?? null };

  return (
    <li id={`q-${question.key}`} className="rounded-lg border border-line bg-white p-4 shadow-sm">
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
              <a href={`#p${blockNumber}`} className="text-accent underline underline-offset-2">
                {t("paragraphLink", { number: blockNumber })}
              </a>
            </span>
          ))}
        </p>
      )}
      {question.type === "open" && (
        <OpenAnswer question={question.key} maxLength={question.maxLength} initial={initial} labelledBy={promptId} />
      )}
    </li>
  );
}
