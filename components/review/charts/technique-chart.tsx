import { getTranslations } from "next-intl/server";
import type { TechniqueChart as Chart } from "@/lib/review/charts";

const BAR = 160;

/**
 * The reference annotation, technique by technique: each span the experts marked, and how many
 * students tagged it with the same technique (dark) or one of the same family (light). A table:
 * the numbers are read as text; the bars beside them are decoration.
 */
export async function TechniqueChart({ chart, students }: Readonly<{ chart: Chart; students: number }>) {
  const t = await getTranslations("charts");
  const width = (count: number) => (students === 0 ? 0 : (count / students) * BAR);
  return (
    <div className="space-y-5">
      {chart.map((technique) => (
        <table key={technique.technique} className="w-full border-collapse text-left text-sm">
          <caption className="text-left text-base font-semibold">{technique.name}</caption>
          <thead>
            <tr className="border-b border-line text-xs text-muted">
              <th scope="col" className="py-1 pr-2 font-medium">
                {t("passage")}
              </th>
              <th scope="col" className="py-1 pr-2 font-medium">
                {t("found", { total: students })}
              </th>
            </tr>
          </thead>
          <tbody>
            {technique.spans.map((span) => (
              <tr key={span.id} className="border-b border-line align-top">
                <td className="py-1.5 pr-2">
                  <span className="text-muted">§ {span.number}</span> <q lang="fr">{span.quote}</q>
                </td>
                <td className="py-1.5 pr-2 whitespace-nowrap">
                  <svg width={BAR} height={14} aria-hidden="true" className="mr-2 inline-block align-middle">
                    <rect width={BAR} height={14} fill="var(--color-panel)" />
                    <rect width={width(span.exact + span.category)} height={14} fill="var(--color-accent-soft)" />
                    <rect width={width(span.exact)} height={14} fill="var(--color-accent)" />
                  </svg>
                  {t("foundCounts", { exact: span.exact, category: span.category })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
