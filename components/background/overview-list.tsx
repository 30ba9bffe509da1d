import { getLocale } from "next-intl/server";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import { ConfidenceBadge } from "./confidence-badge";
import { SourceLinks } from "./source-links";

/** The events in brief: a few sourced statements, each with how sure the record is. */
export async function OverviewList({ content }: Readonly<{ content: Content }>) {
  const locale = (await getLocale()) as AppLocale;
  return (
    <ol className="mt-2 space-y-3">
      {content.background.overview.map((item) => (
        <li key={item.id} className="text-sm leading-relaxed">
          <p className="font-semibold">{item[locale].title}</p>
          <p>
            {item[locale].text}
            <SourceLinks ids={item.sources} sources={content.sources} />
          </p>
          <ConfidenceBadge confidence={item.confidence} />
        </li>
      ))}
    </ol>
  );
}
