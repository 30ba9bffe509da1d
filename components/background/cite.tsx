import { getTranslations } from "next-intl/server";
import type { Source } from "@/lib/content/schemas";

/** Numbered citation links [1][2] pointing into the panel's source list. */
export async function Cite({
  ids,
  numbers,
  sources,
}: Readonly<{ ids: readonly string[]; numbers: Map<string, number>; sources: Record<string, Source> }>) {
  const t = await getTranslations("background");
  return (
    <span className="ml-1 text-xs whitespace-nowrap">
      {ids.map((id) => {
        const number = numbers.get(id);
        const source = sources[id];
        if (!number || !source) return null;
        return (
          <a key={id} href={`#src-${id}`} className="mr-0.5 text-accent no-underline hover:underline" title={`${source.publisher} — ${source.title}`}>
            <span aria-hidden="true">[{number}]</span>
            <span className="sr-only">{t("sourceNumber", { number })}</span>
          </a>
        );
      })}
    </span>
  );
}
