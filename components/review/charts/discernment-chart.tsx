import { getFormatter, getTranslations } from "next-intl/server";
import { ScrollTable } from "@/components/ui/scroll-table";
import type { DiscernmentChart as Chart } from "@/lib/review/charts";

const BAR = 100;

/**
 * The class's discernment per technique (issue 27): the share of the technique's passages marked
 * (hit rate), the share of neutral passages marked (false alarms) and the mean d′. A table: the
 * numbers are read as text; the bars beside the rates are decoration.
 */
export async function DiscernmentChart({ chart }: Readonly<{ chart: Chart }>) {
  const [t, format] = await Promise.all([getTranslations("discernment"), getFormatter()]);
  const percent = (rate: number | null) => (rate === null ? "—" : format.number(rate, { style: "percent", maximumFractionDigits: 0 }));
  const bar = (rate: number | null, fill: string) => (
    <svg width={BAR} height={10} aria-hidden="true" className="mr-2 inline-block align-middle">
      <rect width={BAR} height={10} fill="var(--color-panel)" />
      <rect width={(rate ?? 0) * BAR} height={10} fill={fill} />
    </svg>
  );
  return (
    <div data-discernment-chart>
      <p className="text-sm text-muted">{t("chartBasis", { count: chart.students })}</p>
      <ScrollTable
        className="mt-2"
        minWidth="min-w-[34rem]"
        caption={t("chartTitle")}
        columns={[{ label: t("technique") }, { label: t("hitRate") }, { label: t("falseAlarmRate") }, { label: t("meanDPrime"), className: "text-right" }]}
      >
        {chart.rows.map((row) => (
          <tr key={row.technique ?? "all"} className={`border-b border-line ${row.technique === null ? "font-semibold" : ""}`}>
            <th scope="row" className={`py-1.5 pr-2 ${row.technique === null ? "" : "font-normal"}`}>
              {row.technique === null ? t("allTechniques") : row.name}
            </th>
            <td className="py-1.5 pr-2 whitespace-nowrap tabular-nums">
              {bar(row.hitRate, "var(--color-accent)")}
              {percent(row.hitRate)}
            </td>
            <td className="py-1.5 pr-2 whitespace-nowrap tabular-nums">
              {bar(row.falseAlarmRate, "var(--color-warn)")}
              {percent(row.falseAlarmRate)}
            </td>
            <td className="py-1.5 text-right tabular-nums">
              {row.meanDPrime === null ? "—" : format.number(row.meanDPrime, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
            </td>
          </tr>
        ))}
      </ScrollTable>
    </div>
  );
}
