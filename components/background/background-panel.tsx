import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/config";
import { citationNumbers } from "@/lib/background/citations";
import type { Content } from "@/lib/content";
import { formatDate } from "@/lib/format/dates";
import { Cite } from "./cite";
import { SourceCards } from "./source-cards";
import { ConfidenceBadge } from "./confidence-badge";
import { FigureTables } from "./figure-tables";
import { TimelineList } from "./timeline-list";

/** Neutral, sourced background: in brief, timeline, figures, glossary, and the numbered sources. */
export async function BackgroundPanel({ content, slug }: Readonly<{ content: Content; slug: string }>) {
  const [t, locale] = await Promise.all([getTranslations("background"), getLocale() as Promise<AppLocale>]);
  const numbers = citationNumbers(content.background);
  const sections = ["overview", "timeline", "figures", "glossary", "sources"] as const;
  const cited = [...numbers.entries()].flatMap(([id, number]) => (content.sources[id] ? [{ number, source: content.sources[id] }] : []));

  return (
    <div>
      <h2 className="font-serif text-2xl font-semibold">{t("title")}</h2>
      <p className="mt-1 text-sm leading-relaxed text-muted">{t("intro")}</p>
      <nav aria-label={t("sections")} className="mt-3">
        <ul className="flex flex-wrap gap-2 text-sm">
          {sections.map((section) => (
            <li key={section}>
              <a href={`#bg-${section}`} className="inline-block rounded-full border border-line bg-white px-3 py-1 text-accent hover:bg-accent-soft">
                {t(section)}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <SourceCards slug={slug} content={content} variant="full" />

      <section id="bg-overview" aria-labelledby="bg-overview-title" className="mt-6">
        <h3 id="bg-overview-title" className="text-lg font-semibold">{t("overview")}</h3>
        <ol className="mt-2 space-y-3">
          {content.background.overview.map((item) => (
            <li key={item.id} className="text-sm leading-relaxed">
              <p className="font-semibold">{item[locale].title}</p>
              <p>
                {item[locale].text}
                <Cite ids={item.sources} numbers={numbers} sources={content.sources} />
              </p>
              <ConfidenceBadge confidence={item.confidence} />
            </li>
          ))}
        </ol>
      </section>

      <section id="bg-timeline" aria-labelledby="bg-timeline-title" className="mt-8">
        <h3 id="bg-timeline-title" className="text-lg font-semibold">{t("timeline")}</h3>
        <TimelineList content={content} numbers={numbers} />
      </section>

      <section id="bg-figures" aria-labelledby="bg-figures-title" className="mt-8">
        <h3 id="bg-figures-title" className="text-lg font-semibold">{t("figures")}</h3>
        <FigureTables content={content} numbers={numbers} />
      </section>

      <section id="bg-glossary" aria-labelledby="bg-glossary-title" className="mt-8">
        <h3 id="bg-glossary-title" className="text-lg font-semibold">{t("glossary")}</h3>
        <dl className="mt-2 space-y-3 text-sm leading-relaxed">
          {content.background.glossary.map((entry) => (
            <div key={entry.id} id={`term-${entry.id}`}>
              <dt className="font-semibold">{entry[locale].term}</dt>
              <dd>
                {entry[locale].definition}
                <Cite ids={entry.sources} numbers={numbers} sources={content.sources} />
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section id="bg-sources" aria-labelledby="bg-sources-title" className="mt-8">
        <h3 id="bg-sources-title" className="text-lg font-semibold">{t("sources")}</h3>
        <ol className="mt-2 space-y-2 text-sm leading-relaxed">
          {cited.map(({ number, source }) => (
            <li key={source.id} id={`src-${source.id}`} className="grid grid-cols-[2.25rem_1fr]">
              <span className="text-muted tabular-nums">[{number}]</span>
              <span>
                {source.publisher}, <a href={source.url} lang={source.language} className="text-accent underline underline-offset-2" rel="noopener noreferrer" target="_blank">{source.title}</a>
                {source.date && <>, {formatDate(source.date, locale)}</>}
                {source.via && <span className="text-muted"> ({t("via", { site: source.via })})</span>}
                <span className="text-muted"> · {t(`voice.${source.voice}`)}</span>
              </span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
