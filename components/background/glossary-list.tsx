import { getLocale } from "next-intl/server";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import { SourceLinks } from "./source-links";

/** Terms the articles use or assume (CSTO, akimat, Elbasy, colour revolution…), defined with sources. */
export async function GlossaryList({ content }: Readonly<{ content: Content }>) {
  const locale = (await getLocale()) as AppLocale;
  return (
    <dl className="mt-2 space-y-3 text-sm leading-relaxed">
      {content.background.glossary.map((entry) => (
        <div key={entry.id} id={`term-${entry.id}`}>
          <dt className="font-semibold">{entry[locale].term}</dt>
          <dd>
            {entry[locale].definition}
            <SourceLinks ids={entry.sources} sources={content.sources} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
