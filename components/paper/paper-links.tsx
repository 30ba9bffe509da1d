import { getLocale, getTranslations } from "next-intl/server";
import { ArticleTitle } from "@/components/article/article-title";
import { ScrollTable } from "@/components/ui/scroll-table";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import { COMPARISON_GUIDE } from "@/lib/content/guide-schemas";
import { guidePath, keyPath, worksheetPath } from "@/lib/guides/paths";

/**
 * On a class's page: for every article, its teacher's guide, its answer key and its worksheet to
 * print, one click each, before any assignment; then the comparison's guide. A table (exercise ×
 * what to prepare), so that the page's list items stay the class's assignments.
 */
export async function PaperLinks({ content }: Readonly<{ content: Content }>) {
  const [t, guides, exercise, locale] = await Promise.all([
    getTranslations("paper"),
    getTranslations("guides"),
    getTranslations("exercise"),
    getLocale() as Promise<AppLocale>,
  ]);
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
                <Link href={guidePath(article.slug)} aria-label={guides("guideLinkNamed", { title: article.title[locale] })} className="text-link">
                  {guides("guideLink")}
                </Link>
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
        <tr>
          <th scope="row" className="py-2 pr-4 text-base font-normal">
            {exercise("title")}
          </th>
          <td className="py-2">
            <Link href={guidePath(COMPARISON_GUIDE)} aria-label={guides("guideLinkNamed", { title: exercise("title") })} className="text-link">
              {guides("guideLink")}
            </Link>
          </td>
        </tr>
      </ScrollTable>
    </section>
  );
}
