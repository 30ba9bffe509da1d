import { getTranslations } from "next-intl/server";
import type { Article } from "@/lib/content";
import { highlightSegments } from "@/lib/review/highlights";

type Range = { block: string; start: number; end: number };

/**
 * Mark strength by share of the class: light for a few, strong for most (always readable text:
 * the scale is the same in every theme, so its text is always dark).
 */
const shade = (count: number, total: number) => {
  const share = count / Math.max(total, 1);
  return `${share > 0.66 ? "bg-amber-400" : share > 0.33 ? "bg-amber-300" : "bg-amber-100"} text-black`;
};

/**
 * The paragraphs a question points to, verbatim, pinned beside the answers; with the class's
 * highlights on them, each stretch marked by how many students chose it.
 */
export async function PinnedPassages({
  article,
  blocks,
  ranges,
  students,
}: Readonly<{ article: Article; blocks: readonly string[]; ranges: readonly Range[]; students: number }>) {
  const t = await getTranslations("review");
  const shown = article.blocks.filter((block) => blocks.includes(block.id));
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="pinned" className="rounded-lg border border-line bg-surface p-4 lg:sticky lg:top-4">
      <h2 id="pinned" className="text-sm font-semibold text-muted">
        {t("pinned")}
      </h2>
      {ranges.length > 0 && <p className="mt-1 text-xs text-muted">{t("heatHelp")}</p>}
      <div lang="fr" className="mt-2 max-h-[70vh] space-y-3 overflow-y-auto font-serif leading-relaxed">
        {shown.map((block) => (
          <p key={block.id}>
            <span className="mr-1 text-xs font-sans text-muted">{block.number ?? ""}</span>
            {highlightSegments(
              block.text.length,
              ranges.filter((range) => range.block === block.id),
            ).map((segment) =>
              segment.count === 0 ? (
                block.text.slice(segment.start, segment.end)
              ) : (
                <mark key={segment.start} className={`rounded-sm ${shade(segment.count, students)}`}>
                  {block.text.slice(segment.start, segment.end)}
                  <span className="sr-only"> ({t("highlightedBy", { count: segment.count })})</span>
                </mark>
              ),
            )}
          </p>
        ))}
      </div>
    </section>
  );
}
