import { getLocale, getTranslations } from "next-intl/server";
import { SourceLinks } from "@/components/background/source-links";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import { locatePassage } from "@/lib/content/passages";
import { formatDate } from "@/lib/format/dates";
import { ScrollTable } from "@/components/ui/scroll-table";
import { ShortTitle } from "./short-title";

const TOPICS = ["deaths", "injured", "arrests", "troops", "damage", "other"] as const;

/** Every figure the articles cite, next to the documented figure for the same date and who gave it. */
export async function NumbersTable({ content }: Readonly<{ content: Content }>) {
  const [t, locale] = await Promise.all([getTranslations("compare"), getLocale() as Promise<AppLocale>]);
  return (
    <>
      {TOPICS.map((topic) => {
        const rows = content.comparison.numbers.filter((row) => row.topic === topic);
        if (rows.length === 0) return null;
        return (
          <section key={topic} aria-labelledby={`topic-${topic}`} className="mt-8">
            <h2 id={`topic-${topic}`} className="text-xl font-semibold">
              {t(`topic.${topic}`)}
            </h2>
            <ScrollTable
              className="mt-3"
              minWidth="min-w-[56rem]"
              caption={t(`topic.${topic}`)}
              columns={["numbersArticle", "numbersCited", "numbersDate", "numbersDocumented", "numbersWho"].map((key) => ({ label: t(key) }))}
            >
              {rows.map((row) => {
                const article = content.articles.find((candidate) => candidate.slug === row.article)!;
                const number = locatePassage(article.blocks, row)?.block.number;
                return (
                  <tr key={row.id} className="border-b border-line align-top">
                    <td className="py-2 pr-3">
                      <ShortTitle article={article} locale={locale} />
                    </td>
                    <td className="py-2 pr-3">
                      <q lang="fr" className="font-semibold">
                        {row.quote}
                      </q>
                      <Link href={`/articles/${article.slug}#${row.block}`} className="ml-1 text-xs text-accent underline">
                        § {number}
                      </Link>
                      <span className="block text-muted">{row[locale].articleFigure}</span>
                    </td>
                    <td className="py-2 pr-3 whitespace-nowrap">
                      <time dateTime={row.asOf}>{formatDate(row.asOf, locale, "short")}</time>
                    </td>
                    <td className="py-2 pr-3 leading-relaxed">{row[locale].documented}</td>
                    <td className="py-2 leading-relaxed">
                      {row[locale].who}
                      <SourceLinks ids={row.sources} sources={content.sources} />
                    </td>
                  </tr>
                );
              })}
            </ScrollTable>
          </section>
        );
      })}
    </>
  );
}
