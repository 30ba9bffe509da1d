import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import { formatDate } from "@/lib/format/dates";
import { ShortTitle } from "./short-title";

/** The map's places as a list: what happened there, on which dates, and which articles mention them. */
export async function PlacesList({ content }: Readonly<{ content: Content }>) {
  const [t, locale] = await Promise.all([getTranslations("compare"), getLocale() as Promise<AppLocale>]);
  const events = new Map(content.background.timeline.map((event) => [event.id, event]));
  return (
    <section aria-labelledby="places-title" className="mt-8">
      <h2 id="places-title" className="text-xl font-semibold">
        {t("placesTitle")}
      </h2>
      <ul className="mt-3 grid gap-3 md:grid-cols-2">
        {content.places.map((place) => (
          <li
            key={place.id}
            id={`place-${place.id}`}
            tabIndex={-1}
            className="rounded-md border border-line bg-surface p-3 text-sm target:ring-2 target:ring-accent focus:outline-none"
          >
            <h3 className="font-semibold">{place[locale].name}</h3>
            <p className="text-xs text-muted">{t(`placeKind.${place.kind}`)}</p>
            <p className="mt-1 leading-relaxed">{place[locale].note}</p>
            {place.events.length > 0 && (
              <ul className="mt-2 space-y-0.5">
                {place.events
                  .flatMap((id) => (events.get(id) ? [events.get(id)!] : []))
                  .map((event) => (
                    <li key={event.id}>
                      <Link href={`/compare/timeline#d-${event.date}`} className="text-accent underline">
                        {formatDate(event.date, locale)}
                      </Link>{" "}
                      — {event[locale].title}
                    </li>
                  ))}
              </ul>
            )}
            {place.articles.length > 0 && (
              <p className="mt-2 text-muted">
                {t("mentionedIn")}{" "}
                {place.articles.map((slug, index) => {
                  const article = content.articles.find((candidate) => candidate.slug === slug);
                  return article ? (
                    <span key={slug}>
                      {index > 0 && ", "}
                      <ShortTitle article={article} locale={locale} max={32} />
                    </span>
                  ) : null;
                })}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
