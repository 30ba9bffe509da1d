import { getTranslations } from "next-intl/server";
import { ClaimStatusBadge } from "@/components/claims/claim-status";
import { CalibrationChart } from "@/components/shared/calibration-chart";
import { ScrollTable } from "@/components/ui/scroll-table";
import type { CalibrationChart as Chart } from "@/lib/review/charts";

/** The class's calibration for the debrief: the claims it was most confidently wrong about, each claim's mean estimates, the pooled chart. */
export async function ClassCalibration({ chart }: Readonly<{ chart: Chart }>) {
  const t = await getTranslations("calibration");
  const mean = (value: Chart["claims"][number]["before"]) => (value === null ? "–" : t("percent", { value: Math.round(value.mean) }));
  const errors = chart.errors.flatMap((id) => chart.claims.filter((claim) => claim.claim === id));
  return (
    <div className="space-y-6">
      <p className="text-muted">{t("classBasis", { count: chart.students })}</p>
      <section aria-labelledby="calibration-errors-title">
        <h3 id="calibration-errors-title" className="text-lg font-semibold">
          {t("classErrorsTitle")}
        </h3>
        {errors.length === 0 ? (
          <p className="mt-1 text-sm">{t("classNoErrors")}</p>
        ) : (
          <ol className="mt-2 grid gap-3 lg:grid-cols-3">
            {errors.map((claim) => (
              <li key={claim.claim} className="card text-sm" data-class-error={claim.claim}>
                <blockquote lang="fr" className="border-l-4 border-warn pl-3 font-serif">
                  {claim.quote}
                </blockquote>
                <p className="mt-1">{claim.text}</p>
                <p className="mt-2 flex flex-wrap items-center gap-2">{claim.status && <ClaimStatusBadge status={claim.status} />}</p>
                <p className="mt-1">{t("classErrorLine", { wrong: claim.confidentlyWrong, count: claim.before?.count ?? 0, before: mean(claim.before) })}</p>
              </li>
            ))}
          </ol>
        )}
      </section>
      <div className="grid gap-8 xl:grid-cols-2">
        <ScrollTable
          caption={t("classTableTitle")}
          captionVisible
          minWidth="min-w-[32rem]"
          columns={[
            { label: t("columnClaim") },
            { label: t("columnRecord") },
            { label: t("seriesBefore"), className: "text-right" },
            { label: t("seriesAfter"), className: "text-right" },
            { label: t("columnWrong"), className: "text-right" },
          ]}
        >
          {chart.claims.map((claim) => (
            <tr key={claim.claim} className="border-b border-line align-top" data-claim-row={claim.claim}>
              <td className="py-1 pr-2">{claim.text}</td>
              <td className="py-1 pr-2">{t("outcome", { outcome: String(claim.outcome) })}</td>
              <td className="py-1 pr-2 text-right tabular-nums">{mean(claim.before)}</td>
              <td className="py-1 pr-2 text-right tabular-nums">{mean(claim.after)}</td>
              <td className="py-1 pr-2 text-right tabular-nums">{claim.confidentlyWrong}</td>
            </tr>
          ))}
        </ScrollTable>
        <div className="card">
          <CalibrationChart id="class-calibration-chart" bins={chart.bins} whose="class" />
        </div>
      </div>
    </div>
  );
}
