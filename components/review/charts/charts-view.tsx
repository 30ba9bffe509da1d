import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { ClassCharts } from "@/lib/review/charts";
import { ChoiceChart } from "./choice-chart";
import { HeatmapText } from "./heatmap-text";
import { TechniqueChart } from "./technique-chart";
import { TrustChart } from "./trust-chart";

type Props = Readonly<{ charts: ClassCharts; enrolled: number; showNames: boolean; path: string }>;

/** The class charts of an article assignment: closed questions, trust before/after, techniques and the heatmap beside the reference. */
export async function ChartsView({ charts, enrolled, showNames, path }: Props) {
  const t = await getTranslations("charts");
  return (
    <div className="space-y-10">
      <p className="text-muted">
        {t("basis", { count: charts.students, total: enrolled })}{" "}
        <Link href={showNames ? path : `${path}?names=1`} className="text-link">
          {showNames ? t("hideNames") : t("showNames")}
        </Link>
      </p>
      <section aria-labelledby="charts-choices">
        <h2 id="charts-choices" className="text-2xl font-semibold">
          {t("choicesTitle")}
        </h2>
        <div className="mt-4 grid gap-6 xl:grid-cols-2">
          {charts.choices.map((chart, index) => (
            <ChoiceChart key={chart.key} chart={chart} students={charts.students} index={index} />
          ))}
        </div>
      </section>
      {charts.trust && (
        <section aria-labelledby="charts-trust">
          <h2 id="charts-trust" className="text-2xl font-semibold">
            {t("trustTitle")}
          </h2>
          <div className="mt-4">
            <TrustChart chart={charts.trust} showNames={showNames} />
          </div>
        </section>
      )}
      <section aria-labelledby="charts-techniques">
        <h2 id="charts-techniques" className="text-2xl font-semibold">
          {t("techniquesTitle")}
        </h2>
        <p className="mt-1 max-w-3xl text-muted">{t("techniquesHelp")}</p>
        <div className="mt-4 grid gap-8 lg:grid-cols-2">
          <section aria-labelledby="charts-heatmap">
            <h3 id="charts-heatmap" className="text-xl font-semibold">
              {t("heatmapTitle")}
            </h3>
            <div className="mt-2">
              <HeatmapText heat={charts.heat} students={charts.students} />
            </div>
          </section>
          <section aria-labelledby="charts-reference">
            <h3 id="charts-reference" className="text-xl font-semibold">
              {t("referenceTitle")}
            </h3>
            <div className="mt-2 lg:sticky lg:top-4">
              <TechniqueChart chart={charts.techniques} students={charts.students} />
            </div>
          </section>
        </div>
      </section>
    </div>
  );
}
