import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { ScrollTable } from "@/components/ui/scroll-table";
import { Link } from "@/i18n/navigation";
import type { AttemptWithAnswers } from "@/lib/attempts/queries";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import { compareMatrix } from "@/lib/results/comparison";
import { ResultsHeader } from "./results-header";
import { TeacherFeedback } from "./teacher-feedback";

/** A submitted comparison exercise: the learner's grid beside the reference, article by article. */
export async function ComparisonResults({ attempt, content }: Readonly<{ attempt: AttemptWithAnswers; content: Content }>) {
  const [t, results, locale] = await Promise.all([getTranslations("exercise"), getTranslations("results"), getLocale() as Promise<AppLocale>]);
  const compared = compareMatrix(attempt, content);
  const name = (id: string) => content.comparison.narratives.find((narrative) => narrative.id === id)?.[locale].name ?? id;
  const exercise = content.comparison.exercise;
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <ResultsHeader attempt={attempt} title={t("resultsTitle")} startAgain={{ href: "/compare/exercise", label: t("startAgain") }}>
        <Link href="/compare" className="rounded-md border border-accent px-4 py-2 text-sm font-medium text-accent no-underline">
          {t("seeReference")}
        </Link>
      </ResultsHeader>
      <dl className="mt-6 max-w-sm rounded-lg border border-line bg-surface p-4">
        <dt className="text-sm text-muted">{t("agreement")}</dt>
        <dd className="mt-1 text-lg font-semibold">{t("agreementValue", { same: compared.same, total: compared.total })}</dd>
      </dl>
      <TeacherFeedback feedback={attempt.feedback[exercise.key]} />
      <section className="mt-6 rounded-md bg-panel px-4 py-3">
        <h2 className="text-sm font-semibold">{results("lookFor")}</h2>
        <p className="mt-1 text-sm leading-relaxed">{exercise[locale].teacherNotes}</p>
      </section>
      {compared.articles.map(({ article, cells }) => (
        <section key={article.slug} className="mt-8" aria-labelledby={`cmp-${article.slug}`}>
          <h2 id={`cmp-${article.slug}`} className="font-serif text-xl font-semibold" lang={article.meta.title.kind === "editorial" ? locale : "fr"}>
            {article.title[locale]}
          </h2>
          <ScrollTable
            className="mt-2"
            minWidth="min-w-[40rem]"
            caption={article.title[locale]}
            columns={[{ label: t("narrative") }, { label: t("you") }, { label: t("reference") }, { label: <span className="sr-only">{t("agreement")}</span> }]}
          >
            {cells.map((cell) => (
              <tr key={cell.narrative} className="border-b border-line align-top">
                <th scope="row" className="py-2 pr-2 font-normal">
                  {name(cell.narrative)}
                </th>
                <td className="py-2 pr-2">
                  {cell.mine ? t("uses") : t("doesNot")}
                  {cell.passage && (
                    <span className="block text-xs">
                      <q lang="fr">{cell.passage}</q>{" "}
                      <span className="text-muted">{cell.foundIn ? t("passageFound", { number: cell.foundIn }) : t("passageNotFound")}</span>
                    </span>
                  )}
                </td>
                <td className="py-2 pr-2">
                  {cell.reference ? (
                    <Link href={`/compare#use-${article.slug}-${cell.narrative}`} className="text-accent underline">
                      {t("uses")}
                    </Link>
                  ) : (
                    t("doesNot")
                  )}
                </td>
                <td className="py-2">
                  <Badge tone={cell.mine === cell.reference ? "ok" : "warn"}>{cell.mine === cell.reference ? t("agree") : t("differ")}</Badge>
                </td>
              </tr>
            ))}
          </ScrollTable>
        </section>
      ))}
    </div>
  );
}
