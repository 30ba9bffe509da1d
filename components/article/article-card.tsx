import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/lib/config";
import type { Article } from "@/lib/content";
import { Attribution } from "./attribution";
import { ArticleTitle } from "./article-title";

export async function ArticleCard({ article }: Readonly<{ article: Article }>) {
  const [t, locale] = await Promise.all([getTranslations("home"), getLocale() as Promise<AppLocale>]);
  const headingId = `card-${article.slug}`;
  return (
    <article aria-labelledby={headingId} className="flex h-full flex-col rounded-lg border border-line bg-surface p-5 shadow-sm">
      <h3 id={headingId} className="font-serif text-xl leading-snug font-semibold">
        <ArticleTitle article={article} />
      </h3>
      <div className="mt-3">
        <Attribution article={article} />
      </div>
      <p className="mt-3 flex-1 leading-relaxed text-ink">{article.meta.summary[locale]}</p>
      <Link
        href={`/articles/${article.slug}`}
        className="mt-4 inline-flex w-fit items-center rounded-md bg-accent px-4 py-2 font-medium text-on-accent hover:bg-accent-strong"
      >
        {t("read")}
        <span className="sr-only"> : {article.title[locale]}</span>
      </Link>
    </article>
  );
}
