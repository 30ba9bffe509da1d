import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import type { FigurePoint } from "@/lib/content/schemas";
import { formatDate, formatNumber } from "@/lib/format/dates";
import { ScrollTable } from "@/components/ui/scroll-table";
import { SourceLinks } from "./source-links";
import { ConfidenceBadge } from "./confidence-badge";

/** Key figures, one table per series, dated and attributed, in the order they were given. */
export async function FigureTables({ content }: Readonly<{ content: Content }>) {
  const [t, locale] = await Promise.all([getTranslations("background"), getLocale() as Promise<AppLocale>]);
  const figure = (point: FigurePoint) => {
    const value = point.upTo
      ? t("range", { from: formatNumber(point.value, locale), to: formatNumber(point.upTo, locale) })
      : formatNumber(point.value, locale);
    return point.qualifier ? t(`qualifier.${point.qualifier}`, { value }) : value;
  };
  return (
    <>
      {content.background.figures.map((series) => (
        <div key={series.id} id={`fig-${series.id}`} className="mt-5">
          <h4 className="font-semibold">{series[locale].label}</h4>
          <ScrollTable className="mt-2" caption={series[locale].label} columns={[{ label: t("date") }, { label: t("figure") }, { label: t("details") }]}>
            {[...series.points]
              .sort((a, b) => a.asOf.localeCompare(b.asOf))
              .map((point, index) => (
                <tr key={`${point.asOf}-${index}`} className="border-b border-line align-top">
                  <td className="py-2 pr-2 whitespace-nowrap">
                    <time dateTime={point.asOf}>{formatDate(point.asOf, locale, "short")}</time>
                  </td>
                  <td className={`py-2 pr-2 font-semibold tabular-nums ${point.status === "withdrawn" ? "line-through decoration-2" : ""}`}>{figure(point)}</td>
                  <td className="py-2 leading-relaxed">
                    <span className="block text-xs text-muted">
                      {t(`figureStatus.${point.status}`)} · {point[locale].who}
                    </span>
                    {point[locale].text}
                    <SourceLinks ids={point.sources} sources={content.sources} />
                    <span className="mt-1 block">
                      <ConfidenceBadge confidence={point.confidence} />
                    </span>
                  </td>
                </tr>
              ))}
          </ScrollTable>
          <p className="mt-2 rounded bg-panel px-3 py-2 text-sm leading-relaxed">
            <span className="font-medium">{t("figureNote")} </span>
            {series[locale].note}
          </p>
        </div>
      ))}
    </>
  );
}
