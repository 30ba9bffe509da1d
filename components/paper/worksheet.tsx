import { getLocale, getTranslations } from "next-intl/server";
import { ArticleText } from "@/components/article/article-text";
import { ArticleTitle } from "@/components/article/article-title";
import { Attribution } from "@/components/article/attribution";
import type { AppLocale } from "@/lib/config";
import type { Article, Content } from "@/lib/content";
import type { Question } from "@/lib/content/schemas";
import { AnswerSpace } from "./answer-space";

/** The class a worksheet is printed for: students go online later with its code at its address. */
export type WorksheetClass = { name: string; code: string; joinUrl: string };

/** The article's questions with these keys, in the order given (keys it does not have are left out). */
export function questionsByKeys(content: Content, slug: string, keys: readonly string[]): Question[] {
  const questions = content.questionSets[slug]?.questions ?? [];
  return keys.flatMap((key) => questions.filter((question) => question.key === key));
}

type Props = Readonly<{ article: Article; content: Content; questionKeys: readonly string[]; forClass?: WorksheetClass }>;

/**
 * The printable worksheet: name and date, the class's code to go online (for an assignment), the
 * article verbatim as the reader shows it (paragraph numbers, attribution), then the questions
 * whose keys are given, in that order, each with room to answer on paper.
 */
export async function Worksheet({ article, content, questionKeys, forClass }: Props) {
  const [t, q, a, locale] = await Promise.all([
    getTranslations("paper"),
    getTranslations("questions"),
    getTranslations("article"),
    getLocale() as Promise<AppLocale>,
  ]);
  const questions = questionsByKeys(content, article.slug, questionKeys);
  const numberOf = (block: string) => article.blocks.find((candidate) => candidate.id === block)?.number;
  return (
    <div className="paper paper-worksheet">
      <div className="paper-fill">
        <p className="font-semibold">{t("worksheetTitle")}</p>
        {forClass && <p>{t("className", { name: forClass.name })}</p>}
        <p className="flex-1">{t("name")}</p>
        <p className="w-1/4">{t("date")}</p>
      </div>
      {forClass && (
        <p className="paper-online" data-join-code={forClass.code}>
          {t.rich("goOnline", {
            url: forClass.joinUrl,
            code: forClass.code,
            b: (chunks) => <strong className="font-mono font-bold break-all">{chunks}</strong>,
          })}
        </p>
      )}
      <h1 className="mt-3 font-serif text-2xl leading-tight font-semibold">
        <ArticleTitle article={article} />
      </h1>
      <div className="mt-2">
        <Attribution article={article} />
      </div>
      <p className="paper-help mt-2">{a("verbatimNotice")}</p>
      <section aria-labelledby="worksheet-text" className="mt-3">
        <h2 id="worksheet-text" className="sr-only">
          {t("textHeading")}
        </h2>
        <div className="paper-text">
          <ArticleText article={article} />
        </div>
      </section>
      <section aria-labelledby="worksheet-questions" className="paper-questions">
        <h2 id="worksheet-questions" className="text-lg font-semibold">
          {t("questionsHeading")}
        </h2>
        <ol>
          {questions.map((question, index) => {
            const paragraphs = question.paragraphs.flatMap((block) => numberOf(block) ?? []);
            return (
              <li key={question.key} id={`q-${question.key}`} data-question={question.key} className="paper-question">
                <p className="q-number">
                  {q("questionNumber", { number: index + 1 })} · {q(`stage.${question.stage}`)}
                  {paragraphs.length > 0 && ` · ${q("seeParagraphs")} ${paragraphs.map((number) => `§ ${number}`).join(", ")}`}
                </p>
                <h3 className="q-prompt">{question[locale].prompt}</h3>
                {question[locale].hint && <p className="paper-help">{question[locale].hint}</p>}
                <AnswerSpace question={question} content={content} />
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
