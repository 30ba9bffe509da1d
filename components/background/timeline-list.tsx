import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import type { TimelineEvent } from "@/lib/content/schemas";
import { formatDate, formatDateRange } from "@/lib/format/dates";
import { SourceLinks } from "./source-links";
import { ConfidenceBadge } from "./confidence-badge";

type Era = "context" | "january" | "after";
const eraOf = (event: TimelineEvent): Era => (event.date < "2022-01-01" ? "context" : event.date <= "2022-01-31" ? "january" : "after");

/** The dated timeline, in three eras; statements are labelled with who made them. */
export async function TimelineList({ content }: Readonly<{ content: Content }>) {
  const [t, locale] = await Promise.all([getTranslations("background"), getLocale() as Promise<AppLocale>]);
  const eras: Era[] = ["context", "january", "after"];
  return (
    <>
      {eras.map((era) => {
        const events = content.background.timeline.filter((event) => eraOf(event) === era);
        if (events.length === 0) return null;
        return (
          <div key={era} className="mt-4">
            <h4 className="text-sm font-semibold text-muted">{t(era)}</h4>
            <ol className="mt-2 space-y-3 border-l-2 border-line pl-4">
              {events.map((event) => {
                const text = event[locale];
                const range = event.endDate ? formatDateRange(event.date, event.endDate, locale) : formatDate(event.date, locale);
                return (
                  <li key={event.id} id={`ev-${event.id}`} className="text-sm leading-relaxed">
                    <p className="font-medium">
                      <time dateTime={event.date}>{range}</time>
                      {text.time && <span className="text-muted"> · {text.time}</span>}
                    </p>
                    <p className="font-semibold">{text.title}</p>
                    <p className="mt-0.5">
                      {text.text}
                      <SourceLinks ids={event.sources} sources={content.sources} />
                    </p>
                    <p className="mt-1 flex flex-wrap gap-1">
                      <ConfidenceBadge confidence={event.confidence} />
                      {event.claimBy && <Badge tone="info">{t("claimBy", { voice: t(`voice.${event.claimBy}`) })}</Badge>}
                    </p>
                  </li>
                );
              })}
            </ol>
          </div>
        );
      })}
    </>
  );
}
