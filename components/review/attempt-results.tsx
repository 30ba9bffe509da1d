import { getLocale, getTranslations } from "next-intl/server";
import { ArticleTitle } from "@/components/article/article-title";
import { Link } from "@/i18n/navigation";
import type { AttemptWithAnswers } from "@/lib/attempts/queries";
import type { AppLocale } from "@/lib/config";
import type { Article, Content } from "@/lib/content";
import { formatDate } from "@/lib/format/dates";
import type { AttemptResults as Results } from "@/lib/review/results";
import { AnswerReview } from "./answer-review";
import { TechniqueComparison } from "./technique-comparison";

type Props = Readonly<{ attempt: AttemptWithAnswers; article: Article; content: Content; results: Results }>;

const percent = (value: number) => `${Math.round(value * 100)} %`;

/** A submitted attempt beside the references: summary first, then every question. */
export async function AttemptResults({ attempt, article, content, results }: Props) {
  const [t, locale] = await Promise.all([getTranslations("results"), getLocale() as Promise<AppLocale>]);
  const techniques = results.techniques;
  const summary: Array<[string, string]> = [
    [t("answered"), t("answeredValue", { answered: results.answered, total: results.questions.length })],
    [t("closed"), t("closedValue", { correct: results.closed.correct, total: results.closed.total })],
    ...(techniques ? ([[t("techniqueScore"), t("scoreValue", { category: percent(techniques.report.category.f1), technique: percent(techniques.report.technique.f1) })]] as Array<[string, string]>) : []),
    ...(results.trust ? ([[t("trust"), t("trustValue", { before: results.trust.before ?? "–", after: results.trust.after ?? "–" })]] as Array<[string, string]>) : []),
  ];
  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <Link href="/my-work" className="text-sm text-accent underline-offset-4 hover:underline">
        ← {t("backToWork")}
      </Link>
      <p className="mt-3 text-sm font-medium text-muted">{t("title")}</p>
      <h1 className="font-serif text-3xl font-semibold">
        <ArticleTitle article={article} />
      </h1>
      <p className="mt-2 text-sm text-muted">
        {t("attemptLine", { number: attempt.number, date: formatDate((attempt.submittedAt ?? attempt.startedAt).slice(0, 10), locale) })}
      </p>
      <div className="mt-4 flex flex-wrap gap-2">
        <Link href={`/articles/${article.slug}`} className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-white no-underline hover:bg-accent-strong">
          {t("startAgain")}
        </Link>
      </div>

      <section aria-labelledby="summary-title" className="mt-8">
        <h2 id="summary-title" className="text-xl font-semibold">
          {t("summary")}
        </h2>
        <dl className="mt-3 grid gap-3 sm:grid-cols-2">
          {summary.map(([label, value]) => (
            <div key={label} className="rounded-lg border border-line bg-white p-4">
              <dt className="text-sm text-muted">{label}</dt>
              <dd className="mt-1 text-lg font-semibold">{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="questions-title" className="mt-10">
        <h2 id="questions-title" className="text-xl font-semibold">
          {t("questions")}
        </h2>
        <ol className="mt-4 space-y-6">
          {results.questions.map((result, index) => (
            <li key={result.question.key}>
              <AnswerReview result={result} number={index + 1} article={article} />
              {result.question.type === "technique" && techniques && <TechniqueComparison comparison={techniques} content={content} />}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
