import { getLocale, getTranslations } from "next-intl/server";
import { SourceLinks } from "@/components/background/source-links";
import { Link } from "@/i18n/navigation";
import { backgroundHref } from "@/lib/background/sections";
import type { LocatedClaim } from "@/lib/claims/located";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import { formatDate } from "@/lib/format/dates";
import { ClaimStatusBadge } from "./claim-status";
import { ClaimStatusScale } from "./status-scale";

type Props = Readonly<{ slug: string; claims: readonly LocatedClaim[]; content: Content }>;

/** The article's checked claims, in text order: the exact words, what the record shows, the sources. */
export async function ClaimsPanel({ slug, claims, content }: Props) {
  const [t, method, locale] = await Promise.all([getTranslations("claims"), getTranslations("method"), getLocale() as Promise<AppLocale>]);
  const events = new Map(content.background.timeline.map((event) => [event.id, event]));
  const ordered = [...claims].sort((a, b) => (a.number ?? 0) - (b.number ?? 0) || a.start - b.start);
  return (
    <div>
      <h2 className="font-serif text-2xl font-semibold">{t("title")}</h2>
      <p className="mt-1 text-sm leading-relaxed text-muted">{t("intro")}</p>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-accent">{t("scaleTitle")}</summary>
        <ClaimStatusScale className="mt-2" />
      </details>
      <ol className="mt-4 space-y-4">
        {ordered.map((claim) => (
          <li key={claim.id}>
            <article
              id={`claim-${claim.id}`}
              tabIndex={-1}
              aria-labelledby={`claim-${claim.id}-title`}
              className="rounded-lg border border-line bg-surface p-4 shadow-sm target:ring-2 target:ring-accent focus:outline-none"
            >
              <p className="flex flex-wrap items-center gap-2 text-xs text-muted">
                <a href={`#${claim.block}`} className="text-accent underline">
                  § {claim.number}
                </a>
                <ClaimStatusBadge status={claim.status} />
                <span>{t("asOf", { date: formatDate(claim.asOf, locale) })}</span>
                <Link href="/method#checked" className="text-accent underline">
                  {method("claimLink")}
                </Link>
              </p>
              <blockquote lang="fr" className="mt-2 border-l-4 border-warn pl-3 font-serif">
                {claim.quote}
              </blockquote>
              <h3 id={`claim-${claim.id}-title`} className="mt-2 font-medium">
                {claim[locale].claim}
              </h3>
              <h4 className="mt-2 text-sm font-semibold text-muted">{t("record")}</h4>
              <p className="text-sm leading-relaxed">
                {claim[locale].record}
                <SourceLinks ids={claim.sources} sources={content.sources} />
              </p>
              {claim.events.length > 0 && (
                <p className="mt-2 text-sm">
                  {t("events")}{" "}
                  {claim.events.map((id, index) => (
                    <span key={id}>
                      {index > 0 && " · "}
                      <Link href={backgroundHref(slug, "timeline", `ev-${id}`)} className="text-accent underline">
                        {events.get(id) ? formatDate(events.get(id)!.date, locale) : id}
                      </Link>
                    </span>
                  ))}
                </p>
              )}
            </article>
          </li>
        ))}
      </ol>
    </div>
  );
}
