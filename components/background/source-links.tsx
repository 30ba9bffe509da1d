import { getTranslations } from "next-intl/server";
import type { Source } from "@/lib/content/schemas";

/** Inline links to the sources behind a statement, by publisher: "(sources : HRW, Reuters)". */
export async function SourceLinks({ ids, sources }: Readonly<{ ids: readonly string[]; sources: Record<string, Source> }>) {
  const t = await getTranslations("background");
  const cited = ids.flatMap((id) => (sources[id] ? [sources[id]] : []));
  if (cited.length === 0) return null;
  return (
    <span className="text-sm text-muted">
      {" ("}
      {t("citationsLabel")}{" "}
      {cited.map((source, index) => (
        <span key={source.id}>
          {index > 0 && ", "}
          <a href={source.url} className="text-link" rel="noopener noreferrer" target="_blank" title={source.title}>
            {source.publisher}
          </a>
        </span>
      ))}
      {")"}
    </span>
  );
}
