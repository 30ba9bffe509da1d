import { getLocale, getTranslations } from "next-intl/server";
import { ClaimStatusBadge } from "@/components/claims/claim-status";
import { CalibrationChart } from "@/components/shared/calibration-chart";
import { ScrollTable } from "@/components/ui/scroll-table";
import { claimsById } from "@/lib/claims/outcome";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import { formatNumber } from "@/lib/format/dates";
import type { AttemptResults } from "@/lib/results/results";

type Props = Readonly<{ calibration: NonNullable<AttemptResults["calibration"]>; content: Content }>;

/** A Brier score as the results and the e2e read it: three decimals. */
export const formatBrier = (score: number, locale: AppLocale) => formatNumber(score, locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 });

/** The learner's calibration after hand-in: Brier before and after, the chart, the most confident errors, every estimate. */
export async function CalibrationResults({ calibration, content }: Props) {
  const [t, locale] = await Promise.all([getTranslations("calibration"), getLocale() as Promise<AppLocale>]);
  const { report, estimates } = calibration;
  const claims = claimsById(content);
  const percent = (value: number | null) => (value === null ? "–" : t("percent", { value }));
  const brier = (side: "before" | "after") => {
    const score = report.brier[side];
    return score ? t("brierValue", { score: formatBrier(score.score, locale), count: score.count }) : t("noEstimate");
  };
  return (
    <section aria-labelledby="calibration-title" className="mt-4 rounded-lg border border-line bg-surface p-5 shadow-sm">
      <h3 id="calibration-title" className="text-lg font-semibold">
        {t("resultsTitle")}
      </h3>
      <p className="mt-1 text-sm text-muted">{t("brierHelp")}</p>
      <dl className="mt-3 grid gap-3 sm:grid-cols-2">
        {(["before", "after"] as const).map((side) => (
          <div key={side} className="rounded-md bg-panel p-3" data-brier={side}>
            <dt className="text-sm text-muted">{t(side === "before" ? "brierBefore" : "brierAfter")}</dt>
            <dd className="mt-1 text-lg font-semibold">{brier(side)}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-5">
        <CalibrationChart id="calibration-chart" bins={report.bins} />
      </div>
      <h4 className="mt-6 font-semibold">{t("errorsTitle")}</h4>
      {report.errors.length === 0 ? (
        <p className="mt-1 text-sm">{t("noErrors")}</p>
      ) : (
        <ol className="mt-2 space-y-3" aria-label={t("errorsTitle")}>
          {report.errors.map((error) => {
            const claim = claims.get(error.claim);
            return (
              <li key={error.claim} className="rounded-md border border-line p-3 text-sm" data-error={error.claim}>
                {claim && (
                  <blockquote lang="fr" className="border-l-4 border-warn pl-3 font-serif">
                    {claim.quote}
                  </blockquote>
                )}
                <p className="mt-1">{claim?.[locale].claim}</p>
                <p className="mt-1 flex flex-wrap items-center gap-2">
                  {t("errorLine", { stated: error.stated, outcome: String(error.outcome) })}
                  {claim && <ClaimStatusBadge status={claim.status} />}
                </p>
              </li>
            );
          })}
        </ol>
      )}
      <details className="mt-4 text-sm">
        <summary className="cursor-pointer text-link">{t("allEstimates")}</summary>
        <ScrollTable
          caption={t("allEstimates")}
          columns={[{ label: t("columnClaim") }, { label: t("seriesBefore") }, { label: t("seriesAfter") }, { label: t("columnRecord") }]}
        >
          {estimates.map((estimate) => {
            const claim = claims.get(estimate.claim);
            return (
              <tr key={estimate.claim} className="border-b border-line">
                <td className="py-1 pr-2">{claim?.[locale].claim ?? estimate.claim}</td>
                <td className="py-1 pr-2 tabular-nums">{percent(estimate.before)}</td>
                <td className="py-1 pr-2 tabular-nums">{percent(estimate.after)}</td>
                <td className="py-1 pr-2">{t("outcome", { outcome: String(estimate.outcome) })}</td>
              </tr>
            );
          })}
        </ScrollTable>
      </details>
      <p className="mt-4 text-sm text-muted">{t("outcomeRule")}</p>
    </section>
  );
}
