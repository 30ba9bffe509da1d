import { getLocale, getTranslations } from "next-intl/server";
import { SourceCardsSummary } from "@/components/background/source-cards";
import { getPathname } from "@/i18n/navigation";
import { backgroundHref } from "@/lib/background/sections";
import type { Article, Content } from "@/lib/content";
import { ArticleTitle } from "./article-title";
import { Attribution } from "./attribution";

/**
 * Title as printed (or marked editorial), attribution, who is speaking, and a way to what is and is
 * not known of the text (in the background panel, so that the text starts high on the screen).
 */
export async function ArticleHeader({ article, content }: Readonly<{ article: Article; content: Content }>) {
  const [t, locale] = await Promise.all([getTranslations("article"), getLocale()]);
  return (
    <header className="mb-8">
      <a href={getPathname({ href: "/", locale })} className="text-sm text-accent underline-offset-4 hover:underline">
        ← {t("backToArticles")}
      </a>
      <h1 id="article-title" className="mt-3 font-serif text-3xl leading-tight font-semibold md:text-4xl">
        <ArticleTitle article={article} />
      </h1>
      <div className="mt-4">
        <Attribution article={article} />
      </div>
      <SourceCardsSummary slug={article.slug} content={content} />
      <p className="mt-4 rounded border-l-4 border-warn bg-panel px-4 py-3 text-sm leading-relaxed">
        {t("verbatimNotice")}{" "}
        <a href={getPathname({ href: backgroundHref(article.slug, "overview", "about-text"), locale })} data-keep-scroll className="text-link">
          {t("aboutLink")}
        </a>
      </p>
    </header>
  );
}
