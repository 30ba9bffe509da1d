import type { AppLocale } from "@/lib/config";
import type { Article } from "@/lib/content";

/** A compact label for tables: the article's title (verbatim, in French), cut to fit. */
export function ShortTitle({ article, locale, max = 40 }: Readonly<{ article: Article; locale: AppLocale; max?: number }>) {
  const title = article.meta.title.kind === "editorial" ? article.title[locale] : article.title.fr;
  const short = title.length > max ? `${title.slice(0, max - 1).trimEnd()}…` : title;
  return (
    <span lang={article.meta.title.kind === "editorial" ? locale : "fr"} title={title}>
      {short}
    </span>
  );
}
