import { getLocale, getTranslations } from "next-intl/server";
import { ShortTitle } from "@/components/compare/short-title";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import { correctionPlace } from "@/lib/content/corrections";
import { formatDate } from "@/lib/format/dates";

/** The dated list of corrections, newest first, each with the place a reader would look for it. */
export async function CorrectionsList({ content }: Readonly<{ content: Content }>) {
  const [t, locale] = await Promise.all([getTranslations("method"), getLocale() as Promise<AppLocale>]);
  const articles = new Map(content.articles.map((article) => [article.slug, article]));
  const dates = [...new Set(content.corrections.map((correction) => correction.date))];
  if (dates.length === 0) return <p className="mt-3">{t("noCorrections")}</p>;

  return dates.map((date) => {
    const entries = content.corrections.filter((correction) => correction.date === date);
    return (
      <section key={date} aria-labelledby={`corrections-${date}`} className="mt-6">
        <h3 id={`corrections-${date}`} className="text-lg font-semibold">
          <time dateTime={date}>{formatDate(date, locale)}</time>{" "}
          <span className="text-sm font-normal text-muted">({t("correctionsCount", { count: entries.length })})</span>
        </h3>
        <dl className="mt-2 divide-y divide-line rounded-lg border border-line bg-surface">
          {entries.map((correction, index) => {
            const place = correctionPlace(correction.where);
            const article = "slug" in place ? articles.get(place.slug) : undefined;
            return (
              <div key={index} className="p-3">
                <dt className="text-sm font-semibold text-muted">
                  {place.part === "other" ? t("where.other", { file: place.file }) : t(`where.${place.part}`)}
                  {article && (
                    <>
                      {" — "}
                      <ShortTitle article={article} locale={locale} max={60} />
                    </>
                  )}
                </dt>
                <dd className="mt-1 leading-relaxed">{correction[locale]}</dd>
              </div>
            );
          })}
        </dl>
      </section>
    );
  });
}
