import { getLocale, getTranslations } from "next-intl/server";
import { ScrollTable } from "@/components/ui/scroll-table";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import type { Match, TechniqueComparison as Comparison } from "@/lib/results/results";
import type { Prf } from "@/lib/scoring/spans";
import { BlockLabel } from "@/components/shared/block-label";
import { isControlBlock } from "@/lib/content/controls";
import { AnnotatedPassage } from "./annotated-passage";
import { DiscernmentSummary } from "./discernment-summary";

const percent = (value: number) => `${Math.round(value * 100)} %`;
const TONE: Record<Match, string> = { technique: "border-ok bg-ok-soft", category: "border-warn bg-warn-soft", none: "border-line bg-surface" };

/** The learner's tags beside the expert annotation, paragraph by paragraph, with scores per technique and category. */
export async function TechniqueComparison({ comparison, content }: Readonly<{ comparison: Comparison; content: Content }>) {
  const [t, locale] = await Promise.all([getTranslations("results"), getLocale() as Promise<AppLocale>]);
  const techniqueName = (id: string) => content.techniques.techniques.find((technique) => technique.id === id)?.[locale].name ?? id;
  const categoryName = (id: string) => content.techniques.categories.find((category) => category.id === id)?.[locale].name ?? id;

  const scoreTable = (caption: string, rows: Record<string, Prf>, name: (id: string) => string) => (
    <ScrollTable
      className="mt-2"
      caption={caption}
      captionVisible
      columns={[
        { label: t("label") },
        ...(["yours", "references", "precision", "recall", "f1"] as const).map((key) => ({ label: t(key), className: "text-right" })),
      ]}
    >
      {Object.entries(rows).map(([id, score]) => (
        <tr key={id} className="border-b border-line">
          <th scope="row" className="py-1 font-normal">
            {name(id)}
          </th>
          <td className="py-1 text-right tabular-nums">{score.predicted}</td>
          <td className="py-1 text-right tabular-nums">{score.reference}</td>
          <td className="py-1 text-right tabular-nums">{percent(score.precision)}</td>
          <td className="py-1 text-right tabular-nums">{percent(score.recall)}</td>
          <td className="py-1 text-right font-semibold tabular-nums">{percent(score.f1)}</td>
        </tr>
      ))}
    </ScrollTable>
  );

  return (
    <section aria-labelledby="comparison-title" className="mt-4 rounded-lg border border-line bg-surface p-5 shadow-sm">
      <h3 id="comparison-title" className="font-semibold">
        {t("comparisonTitle")}
      </h3>
      <p className="mt-1 text-sm leading-relaxed text-muted">{t("comparisonIntro")}</p>
      <DiscernmentSummary discernment={comparison.discernment} content={content} />
      <div className="mt-3 grid gap-6 md:grid-cols-2">
        {scoreTable(t("byCategory"), comparison.report.byCategory, categoryName)}
        {scoreTable(t("byTechnique"), comparison.report.byTechnique, techniqueName)}
      </div>
      <ScrollTable
        className="mt-6"
        minWidth="min-w-[36rem]"
        caption={t("sideBySide")}
        captionVisible
        columns={[{ label: "§", className: "w-12" }, { label: t("yourTags") }, { label: t("referenceTags") }]}
      >
        {comparison.rows.map((row) => (
          <tr key={row.block} className="border-b border-line align-top">
            <th scope="row" className="py-2 font-normal text-muted">
              {isControlBlock(row.block) ? <BlockLabel block={row.block} /> : row.number}
            </th>
            <td className="space-y-1 py-2 pr-3">
              {row.mine.map((tag) => (
                <AnnotatedPassage
                  key={`${tag.start}-${tag.end}-${tag.technique}`}
                  label={`${techniqueName(tag.technique)} · ${t(`match.${tag.match}`)}`}
                  quote={tag.quote}
                  className={TONE[tag.match]}
                />
              ))}
            </td>
            <td className="space-y-1 py-2">
              {row.reference.map((span) => (
                <AnnotatedPassage
                  key={span.id}
                  label={`${techniqueName(span.label)} · ${t(`found.${span.match}`)}`}
                  quote={span.quote}
                  why={span.why[locale]}
                  className={TONE[span.match]}
                />
              ))}
            </td>
          </tr>
        ))}
      </ScrollTable>
    </section>
  );
}
