import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import { formatDate } from "@/lib/format/dates";

/** Every source the background, the claim cards and the source cards rely on, by publisher, with who is speaking. */
export async function SourcesList({ content }: Readonly<{ content: Content }>) {
  const [t, locale] = await Promise.all([getTranslations("background"), getLocale() as Promise<AppLocale>]);
  const sources = Object.values(content.sources).sort((a, b) => a.publisher.localeCompare(b.publisher, locale) || (b.date ?? "").localeCompare(a.date ?? ""));
  return (
    <>
      <p className="mt-1 text-sm text-muted">{t("sourcesIntro", { count: sources.length })}</p>
      <ul className="mt-3 space-y-2 text-sm leading-relaxed">
        {sources.map((source) => (
          <li key={source.id} id={`src-${source.id}`}>
            {source.publisher},{" "}
            <a href={source.url} lang={source.language} className="text-link" rel="noopener noreferrer" target="_blank">
              {source.title}
            </a>
            {source.date && <>, {formatDate(source.date, locale)}</>}
            {source.via && <span className="text-muted"> ({t("via", { site: source.via })})</span>}
            <span className="text-muted"> · {t(`voice.${source.voice}`)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
