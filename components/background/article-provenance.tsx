import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { SourceLinks } from "./source-links";
import type { AppLocale } from "@/lib/config";
import type { Article, Content } from "@/lib/content";

/** What is and is not known of where the text comes from, how its date was worked out, and what was removed. */
export async function ArticleProvenance({ article, content }: Readonly<{ article: Article; content: Content }>) {
  const [t, format, locale] = await Promise.all([getTranslations("article"), getFormatter(), getLocale() as Promise<AppLocale>]);
  const { provenance, published, removed } = article.meta;
  return (
    <section id="about-text" aria-labelledby="about-text-title" className="mt-6 text-sm leading-relaxed">
      <h3 id="about-text-title" className="text-lg font-semibold">
        {t("aboutTitle")}
      </h3>
      <h4 className="mt-3 font-semibold">{t("known")}</h4>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {provenance.known.map((item) => (
          <li key={item.text.en}>
            {item.text[locale]}
            <SourceLinks ids={item.sources} sources={content.sources} />
          </li>
        ))}
      </ul>
      <h4 className="mt-3 font-semibold">{t("unknown")}</h4>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {provenance.unknown.map((item) => (
          <li key={item.en}>{item[locale]}</li>
        ))}
      </ul>
      <h4 className="mt-3 font-semibold">{t("dateReasoning")}</h4>
      <p className="mt-1">{published.reasoning[locale]}</p>
      <h4 className="mt-3 font-semibold">{t("removedTitle")}</h4>
      <p className="mt-1">{removed.length === 0 ? t("noneRemoved") : format.list(removed.map((piece) => t(`removed.${piece.kind}`)))}</p>
    </section>
  );
}
