import { getLocale, getTranslations } from "next-intl/server";
import { ArticleTitle } from "@/components/article/article-title";
import { ScrollTable } from "@/components/ui/scroll-table";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import { keyPath, worksheetPath } from "@/lib/guides/paths";

/**
 * On a class's page: for every article, its answer key and its worksheet to print, one click
 * each, before any assignment. A table (article × what to prepare), so that the page's list items
 * stay the class's assignments.
 */
export async function PaperLinks({ content }: Readonly<{ content: Content }>) {
  const [t, locale] = await Promise.all([getTranslations("paper"), getLocale() as Promise<AppLocale>]);
  return (
    <section aria-labelledby="paper-title" className="mt-10">
      <h2 id="paper-title" className="text-xl font-semibold">
        {t("classTitle")}
      </h2>
      <p className="mt-1 max-w-3xl text-muted">{t("classIntro")}</p>
      <ScrollTable className="card mt-3" caption={t("classTitle")} columns={[{ label: t("articleColumn") }, { label: t("paperColumn") }]}>
        {content.articles.map((article) => (
          <tr key={article.slug} className="border-b border-line last:border-0">
            <th scope="row" className="py-2 pr-4 font-serif text-base font-normal">
              <ArticleTitle article={article} />
            </th>
            <td className="py-2">
              <span className="flex flex-wrap gap-x-4 gap-y-1 sm:flex-nowrap sm:whitespace-nowrap">
                <Link href={keyPath(article.slug)} aria-label={t("keyLinkFor", { title: article.title[locale] })} className="text-link">
                  {t("keyLink")}
                </Link>
                <Link href={worksheetPath(article.slug)} aria-label={t("worksheetLinkFor", { title: article.title[locale] })} className="text-link">
                  {t("worksheetLink")}
                </Link>
              </span>
            </td>
          </tr>
        ))}
      </ScrollTable>
    </section>
  );
}
