import { getLocale, getTranslations } from "next-intl/server";
import { ClaimStatusBadge } from "@/components/claims/claim-status";
import { ConfidenceBadge } from "@/components/background/confidence-badge";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
import { locatedClaims } from "@/lib/claims/located";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import { formatDate } from "@/lib/format/dates";
import { ShortTitle } from "./short-title";

/**
 * January 2022 day by day: what happened (the background timeline), which article appeared that day,
 * and which of the articles' claims are about that day's events.
 */
export async function ArticleTimeline({ content }: Readonly<{ content: Content }>) {
  const [t, background, locale] = await Promise.all([getTranslations("compare"), getTranslations("background"), getLocale() as Promise<AppLocale>]);
  const inJanuary = (date: string) => date >= "2022-01-01" && date <= "2022-01-31";
  const events = content.background.timeline.filter((event) => inJanuary(event.date));
  const claims = content.articles.flatMap((article) => locatedClaims(article, content).map((claim) => ({ claim, article })));
  const dates = [...new Set([...events.map((event) => event.date), ...content.articles.map((article) => article.meta.published.date)])]
    .filter(inJanuary)
    .sort();

  return (
    <ol className="mt-6 space-y-6 border-l-2 border-line pl-5">
      {dates.map((date) => {
        const published = content.articles.filter((article) => article.meta.published.date === date);
        const todays = events.filter((event) => event.date === date);
        return (
          <li key={date} id={`d-${date}`}>
            <h2 className="-ml-[1.85rem] flex items-center gap-2 text-lg font-semibold">
              <span aria-hidden="true" className="inline-block size-3 rounded-full border-2 border-accent bg-paper" />
              <time dateTime={date}>{formatDate(date, locale)}</time>
            </h2>
            {published.map((article) => (
              <p key={article.slug} className="mt-2 rounded-md border border-accent/40 bg-accent-soft px-3 py-2 text-sm">
                <span className="font-semibold">{article.meta.published.precision === "inferred" ? t("publishedInferred") : t("published")}</span>{" "}
                <Link href={`/articles/${article.slug}`} className="text-accent-strong underline">
                  <ShortTitle article={article} locale={locale} max={90} />
                </Link>
              </p>
            ))}
            <ul className="mt-2 space-y-3">
              {todays.map((event) => {
                const about = claims.filter(({ claim }) => claim.events.includes(event.id));
                return (
                  <li key={event.id} className="text-sm leading-relaxed">
                    <p className="font-semibold">{event[locale].title}</p>
                    <p>{event[locale].text}</p>
                    <p className="mt-1 flex flex-wrap gap-1">
                      <ConfidenceBadge confidence={event.confidence} />
                      {event.claimBy && <Badge tone="info">{background("claimBy", { voice: background(`voice.${event.claimBy}`) })}</Badge>}
                    </p>
                    {about.length > 0 && (
                      <div className="mt-2 rounded-md border border-warn/40 bg-warn-soft px-3 py-2">
                        <p className="text-xs font-semibold text-warn">{t("claimsAbout")}</p>
                        <ul className="mt-1 space-y-1">
                          {about.map(({ claim, article }) => (
                            <li key={claim.id}>
                              <Link href={`/articles/${article.slug}/claims#claim-${claim.id}`} className="text-ink underline decoration-dotted">
                                <q lang="fr">{claim.quote}</q>
                              </Link>{" "}
                              <span className="text-muted">
                                — <ShortTitle article={article} locale={locale} max={30} />
                              </span>{" "}
                              <ClaimStatusBadge status={claim.status} />
                            </li>
                          ))}
                        </ul>
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
