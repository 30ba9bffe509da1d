import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { SourceCardsSummary } from "@/components/background/source-cards";
import { SourceLinks } from "@/components/background/source-links";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/lib/config";
import type { Article, Content } from "@/lib/content";
import { ArticleTitle } from "./article-title";
import { Attribution } from "./attribution";

/** Title as printed (or marked editorial), attribution, and what is and is not known of the text. */
export async function ArticleHeader({ article, content }: Readonly<{ article: Article; content: Content }>) {
  const [t, format, locale] = await Promise.all([getTranslations("article"), getFormatter(), getLocale() as Promise<AppLocale>]);
  const { provenance, published, removed } = article.meta;
  return (
    <header className="mb-8">
      <Link href="/" className="text-sm text-accent underline-offset-4 hover:underline">
        ← {t("backToArticles")}
      </Link>
      <h1 id="article-title" className="mt-3 font-serif text-3xl leading-tight font-semibold md:text-4xl">
        <ArticleTitle article={article} />
      </h1>
      <div className="mt-4">
        <Attribution article={article} />
      </div>
      <SourceCardsSummary slug={article.slug} content={content} />
      <p className="mt-4 rounded border-l-4 border-warn bg-panel px-4 py-3 text-sm leading-relaxed">{t("verbatimNotice")}</p>
      <details className="mt-3 rounded border border-line bg-white px-4 py-2 text-sm leading-relaxed">
        <summary className="cursor-pointer py-1 font-medium">{t("aboutTitle")}</summary>
        <h2 className="mt-3 font-semibold">{t("known")}</h2>
        <ul className="mt-1 list-disc space-y-1 pl-5">
          {provenance.known.map((item) => (
            <li key={item.text.en}>
              {item.text[locale]}
              <SourceLinks ids={item.sources} sources={content.sources} />
            </li>
          ))}
        </ul>
        <h2 className="mt-3 font-semibold">{t("unknown")}</h2>
        <ul className="mt-1 list-disc space-y-1 pl-5">
          {provenance.unknown.map((item) => (
            <li key={item.en}>{item[locale]}</li>
          ))}
        </ul>
        <h2 className="mt-3 font-semibold">{t("dateReasoning")}</h2>
        <p className="mt-1">{published.reasoning[locale]}</p>
        <h2 className="mt-3 font-semibold">{t("removedTitle")}</h2>
        <p className="mt-1 mb-2">
          {removed.length === 0 ? t("noneRemoved") : format.list(removed.map((piece) => t(`removed.${piece.kind}`)))}
        </p>
      </details>
    </header>
  );
}
