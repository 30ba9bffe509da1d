import { getLocale, getTranslations } from "next-intl/server";
import { ArticleTitle } from "@/components/article/article-title";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";

/** On a class's page: for every article, its answer key and its worksheet to print, one click each, before any assignment. */
export async function PaperLinks({ content }: Readonly<{ content: Content }>) {
  const [t, locale] = await Promise.all([getTranslations("paper"), getLocale() as Promise<AppLocale>]);
  return (
    <section aria-labelledby="paper-title" className="mt-10">
      <h2 id="paper-title" className="text-xl font-semibold">
        {t("classTitle")}
      </h2>
      <p className="mt-1 max-w-3xl text-muted">{t("classIntro")}</p>
      <ul className="mt-3 divide-y divide-line rounded-lg border border-line bg-white">
        {content.articles.map((article) => (
          <li key={article.slug} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-2">
            <span className="font-serif">
              <ArticleTitle article={article} />
            </span>
            <span className="flex shrink-0 gap-4 text-sm">
              <Link href={`/teach/guides/${article.slug}/key`} aria-label={t("keyLinkFor", { title: article.title[locale] })} className="text-link">
                {t("keyLink")}
              </Link>
              <Link href={`/teach/guides/${article.slug}/worksheet`} aria-label={t("worksheetLinkFor", { title: article.title[locale] })} className="text-link">
                {t("worksheetLink")}
              </Link>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
