import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { ClassCharts } from "@/lib/review/charts";
import { TitledSection } from "../titled-section";
import { ChoiceChart } from "./choice-chart";
import { ClassCalibration } from "./class-calibration";
import { DiscernmentChart } from "./discernment-chart";
import { HeatmapText } from "./heatmap-text";
import { TechniqueChart } from "./technique-chart";
import { TrustChart } from "./trust-chart";

type Props = Readonly<{ charts: ClassCharts; enrolled: number; showNames: boolean; path: string }>;

/** The class charts of an article assignment: closed questions, trust before/after, techniques and the heatmap beside the reference. */
export async function ChartsView({ charts, enrolled, showNames, path }: Props) {
  const [t, discernment] = await Promise.all([getTranslations("charts"), getTranslations("discernment")]);
  return (
    <div className="space-y-10">
      <p className="text-muted">
        {t("basis", { count: charts.students, total: enrolled })}{" "}
        <Link href={showNames ? path : `${path}?names=1`} className="text-link">
          {showNames ? t("hideNames") : t("showNames")}
        </Link>
      </p>
      <TitledSection id="charts-choices" title={t("choicesTitle")}>
        <div className="grid gap-6 xl:grid-cols-2">
          {charts.choices.map((chart, index) => (
            <ChoiceChart key={chart.key} chart={chart} students={charts.students} index={index} />
          ))}
        </div>
      </TitledSection>
      {charts.trust && (
        <TitledSection id="charts-trust" title={t("trustTitle")}>
          <TrustChart chart={charts.trust} showNames={showNames} />
        </TitledSection>
      )}
      {charts.calibration && (
        <TitledSection id="charts-calibration" title={t("calibrationTitle")} intro={t("calibrationHelp")}>
          <ClassCalibration chart={charts.calibration} />
        </TitledSection>
      )}
      <TitledSection id="charts-techniques" title={t("techniquesTitle")} intro={t("techniquesHelp")}>
        <div className="grid gap-8 lg:grid-cols-2">
          <TitledSection id="charts-heatmap" level={3} title={t("heatmapTitle")}>
            <HeatmapText heat={charts.heat} students={charts.students} />
          </TitledSection>
          <TitledSection id="charts-reference" level={3} title={t("referenceTitle")} className="lg:sticky lg:top-4 lg:self-start">
            <TechniqueChart chart={charts.techniques} students={charts.students} />
          </TitledSection>
        </div>
      </TitledSection>
      {charts.discernment && (
        <TitledSection id="charts-discernment" title={discernment("chartTitle")} intro={discernment("chartIntro")}>
          <DiscernmentChart chart={charts.discernment} />
        </TitledSection>
      )}
    </div>
  );
}
