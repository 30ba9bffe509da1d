import { getLocale, getTranslations } from "next-intl/server";
import type { ClassCharts } from "@/lib/review/charts";

/** Shading from light to strong orange; text stays dark on every step (contrast checked by axe). */
const shade = (count: number, max: number) => (count === 0 || max === 0 ? undefined : `hsl(38 95% ${92 - Math.round((count / max) * 40)}%)`);

/**
 * The article's text, verbatim, shaded by how many students highlighted each stretch (evidence and
 * technique tags, each student counted once). A screen reader hears the count after each stretch.
 */
export async function HeatmapText({ heat, students }: Readonly<{ heat: ClassCharts["heat"]; students: number }>) {
  const [t, locale] = await Promise.all([getTranslations("charts"), getLocale()]);
  return (
    <div>
      <p className="flex flex-wrap items-center gap-2 text-sm" aria-hidden="true">
        <span>{t("legendFew")}</span>
        {Array.from({ length: 5 }, (_, index) => (
          <span key={index} className="inline-block h-4 w-8 border border-line" style={{ background: shade(index + 1, 5) }} />
        ))}
        <span>{t("legendMany", { count: heat.max })}</span>
      </p>
      <div lang="fr" className="mt-3 space-y-3 font-serif text-[1.125rem] leading-[1.75]">
        {heat.blocks.map((block) => (
          <p key={block.id} className="whitespace-pre-wrap">
            {block.number !== null && <span className="mr-2 font-sans text-xs text-muted">{block.number}</span>}
            {block.segments.map((segment, index) =>
              segment.count === 0 ? (
                segment.text
              ) : (
                <mark key={index} style={{ background: shade(segment.count, heat.max) }} className="text-ink">
                  {segment.text}
                  <span className="sr-only" lang={locale}>
                    {" "}
                    ({t("highlightedBy", { count: segment.count, total: students })})
                  </span>
                </mark>
              ),
            )}
          </p>
        ))}
      </div>
    </div>
  );
}
