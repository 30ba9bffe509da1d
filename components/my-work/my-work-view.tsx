import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ArticleTitle } from "@/components/article/article-title";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
import { isAnswered } from "@/lib/question-types/registry";
import type { AttemptWithAnswers } from "@/lib/attempts/queries";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import { COMPARISON_EXERCISE_KEY, exerciseKeyForArticle } from "@/lib/exercises/keys";
import { formatDate } from "@/lib/format/dates";

const BUTTON = "inline-block rounded-md px-3 py-1.5 text-sm font-medium no-underline";

type Item = { key: string; exerciseKey: string; title: ReactNode; questionKeys: string[]; href: string };

/**
 * Every exercise with the learner's attempts: progress, where to resume, the commentary of each
 * submission. `children` (who is signed in, the assignments of their classes) comes first, `after` last.
 */
export async function MyWorkView({
  content,
  attempts,
  children,
  after,
}: Readonly<{ content: Content; attempts: readonly AttemptWithAnswers[]; children?: ReactNode; after?: ReactNode }>) {
  const [t, exercise, locale] = await Promise.all([getTranslations("myWork"), getTranslations("exercise"), getLocale() as Promise<AppLocale>]);
  const day = (iso: string) => formatDate(iso.slice(0, 10), locale);
  const items: Item[] = [
    ...content.articles.map((article) => ({
      key: article.slug,
      exerciseKey: exerciseKeyForArticle(article.slug),
      title: <ArticleTitle article={article} />,
      questionKeys: (content.questionSets[article.slug]?.questions ?? []).map((question) => question.key),
      href: `/articles/${article.slug}`,
    })),
    {
      key: "comparison",
      exerciseKey: COMPARISON_EXERCISE_KEY,
      title: exercise("title"),
      questionKeys: [content.comparison.exercise.key],
      href: "/compare/exercise",
    },
  ];
  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="font-serif text-3xl font-semibold">{t("title")}</h1>
      <p className="mt-2 max-w-2xl leading-relaxed text-muted">{t("intro")}</p>
      {children}
      <h2 className="mt-10 font-serif text-2xl font-semibold">{t("selfStudyTitle")}</h2>
      <p className="mt-2 max-w-2xl leading-relaxed text-muted">{t("selfStudyIntro")}</p>
      {attempts.length === 0 && <p className="mt-4 rounded-md bg-panel px-4 py-3">{t("empty")}</p>}
      <ul className="mt-8 space-y-5">
        {items.map((item) => {
          const mine = attempts.filter((attempt) => attempt.exerciseKey === item.exerciseKey).sort((a, b) => b.number - a.number);
          const open = mine.find((attempt) => attempt.status === "IN_PROGRESS");
          const answered = open ? item.questionKeys.filter((key) => isAnswered(open.answers[key]?.value)) : [];
          const next = item.questionKeys.find((key) => !answered.includes(key));
          const status = open ? "inProgress" : mine.length > 0 ? "submitted" : "notStarted";
          const submitted = mine.filter((attempt) => attempt.status === "SUBMITTED");
          const progress = t("progress", { answered: answered.length, total: item.questionKeys.length });
          return (
            <li key={item.key} className="rounded-lg border border-line bg-surface p-5 shadow-sm">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h3 className="font-serif text-xl font-semibold">{item.title}</h3>
                <Badge tone={status === "inProgress" ? "info" : status === "submitted" ? "ok" : "neutral"}>{t(status)}</Badge>
              </div>
              {open && (
                <div className="mt-3">
                  <p className="text-sm">
                    {t("attempt", { number: open.number })} · {t("startedOn", { date: day(open.startedAt) })} · {progress}
                  </p>
                  <progress className="mt-2 h-2 w-full accent-accent" max={item.questionKeys.length} value={answered.length} aria-label={progress} />
                </div>
              )}
              <div className="mt-3 flex flex-wrap gap-2">
                <Link
                  href={`${item.href}${open && next && item.key !== "comparison" ? `#q-${next}` : ""}`}
                  className={`${BUTTON} bg-accent text-on-accent hover:bg-accent-strong`}
                >
                  {open ? t("resume") : mine.length > 0 ? t("startAgain") : t("start")}
                </Link>
              </div>
              {submitted.length > 0 && (
                <ul className="mt-3 space-y-1 border-t border-line pt-3 text-sm">
                  {submitted.map((attempt) => (
                    <li key={attempt.id}>
                      {t("attempt", { number: attempt.number })} · {t("submittedOnShort", { date: day(attempt.submittedAt ?? attempt.startedAt) })} ·{" "}
                      <Link href={`/my-work/${attempt.id}`} className="text-accent underline">
                        {t("seeCommentary")}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      {after}
    </div>
  );
}
