import { getTranslations } from "next-intl/server";
import { ArticleTitle } from "@/components/article/article-title";
import { articleQuestions } from "@/lib/assignments/questions";
import type { AttemptWithAnswers } from "@/lib/attempts/queries";
import type { Article, Content } from "@/lib/content";
import type { AttemptResults as Results } from "@/lib/results/results";
import { AnswerReview } from "./answer-review";
import { LateralComparison } from "./lateral-comparison";
import { CalibrationResults } from "./calibration-results";
import { ResultsHeader } from "./results-header";
import { TechniqueComparison } from "./technique-comparison";

type Props = Readonly<{ attempt: AttemptWithAnswers; article: Article; content: Content; results: Results }>;

const percent = (value: number) => `${Math.round(value * 100)} %`;

/** A submitted attempt beside the references: summary first, then every question. */
export async function AttemptResults({ attempt, article, content, results }: Props) {
  const t = await getTranslations("results");
  const techniques = results.techniques;
  // Each question keeps its number in the article's whole set, also when an assignment asks only some.
  const numberOf = (key: string) => articleQuestions(content, article.slug).findIndex((question) => question.key === key) + 1;
  // A skipped question reads "no answer", not as a score of 0 % or a trust of "–".
  const techniqueSummary = ({ report, rows }: NonNullable<Results["techniques"]>) =>
    rows.some((row) => row.mine.length > 0)
      ? t("scoreValue", { category: percent(report.category.f1), technique: percent(report.technique.f1) })
      : t("noAnswer");
  const trustSummary = ({ before, after }: NonNullable<Results["trust"]>) =>
    before === null && after === null ? t("noAnswer") : t("trustValue", { before: before ?? t("noAnswerShort"), after: after ?? t("noAnswerShort") });
  const summary: Array<[string, string, string?]> = [
    [t("answered"), t("answeredValue", { answered: results.answered, total: results.questions.length })],
    [t("closed"), t("closedValue", { correct: results.closed.correct, total: results.closed.total })],
    ...(techniques ? ([[t("techniqueScore"), techniqueSummary(techniques), t("techniqueScoreHelp")]] as Array<[string, string, string]>) : []),
    ...(results.trust ? ([[t("trust"), trustSummary(results.trust)]] as Array<[string, string]>) : []),
  ];
  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <ResultsHeader attempt={attempt} title={<ArticleTitle article={article} />} startAgain={{ href: `/articles/${article.slug}`, label: t("startAgain") }} />

      <section aria-labelledby="summary-title" className="mt-8">
        <h2 id="summary-title" className="text-xl font-semibold">
          {t("summary")}
        </h2>
        <dl className="mt-3 grid gap-3 sm:grid-cols-2">
          {summary.map(([label, value, help]) => (
            <div key={label} className="rounded-lg border border-line bg-surface p-4">
              <dt className="text-sm text-muted">{label}</dt>
              <dd className="mt-1 text-lg font-semibold">{value}</dd>
              {help && <dd className="mt-1 text-sm text-muted">{help}</dd>}
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="questions-title" className="mt-10">
        <h2 id="questions-title" className="text-xl font-semibold">
          {t("questions")}
        </h2>
        <ol className="mt-4 space-y-6">
          {results.questions.map((result) => (
            <li key={result.question.key}>
              <AnswerReview
                result={result}
                question={result.question}
                number={numberOf(result.question.key)}
                article={article}
                feedback={attempt.feedback[result.question.key]}
              />
              {result.question.type === "technique" && techniques && <TechniqueComparison comparison={techniques} content={content} />}
              {result.question.type === "lateral" && <LateralComparison question={result.question} value={result.value} content={content} />}
              {result.question.key === results.calibration?.key && <CalibrationResults calibration={results.calibration} content={content} />}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
