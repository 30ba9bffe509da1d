import { getTranslations } from "next-intl/server";
import { ScrollTable } from "@/components/ui/scroll-table";
import type { Bin, Side } from "@/lib/scoring/calibration";

const W = 420;
const H = 400;
const LEFT = 64;
const RIGHT = W - 20;
const TOP = 20;
const BOTTOM = H - 56;
const x = (percent: number) => LEFT + (percent / 100) * (RIGHT - LEFT);
const y = (share: number) => BOTTOM - share * (BOTTOM - TOP);

const SERIES: Record<Side, { fill: string; stroke: string }> = {
  before: { fill: "var(--color-accent)", stroke: "var(--color-accent)" },
  after: { fill: "white", stroke: "var(--color-ink)" },
};

type Props = Readonly<{
  id: string;
  bins: Readonly<Partial<Record<Side, readonly Bin[]>>>;
  /** Whose estimates: the learner's own ("when you said"), or a class's pooled. */
  whose?: "own" | "class";
}>;

/**
 * A calibration chart (reliability diagram): per bin of stated probability, the share of its claims
 * the record supports; on the diagonal, said and found agree. A point's size and label give its
 * number of claims. The sentences under it say the same in words, and a table gives the figures.
 */
export async function CalibrationChart({ id, bins, whose = "own" }: Props) {
  const t = await getTranslations("calibration");
  const sides = (["before", "after"] as const).filter((side) => (bins[side]?.length ?? 0) > 0);
  const ticks = [0, 25, 50, 75, 100];
  const title = whose === "own" ? t("chartTitle") : t("classChartTitle");
  return (
    <figure aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="font-medium">
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-words`} className="mt-2 h-auto w-full max-w-md">
        <title id={`${id}-title`}>{title}</title>
        <rect x={LEFT} y={TOP} width={RIGHT - LEFT} height={BOTTOM - TOP} fill="none" stroke="var(--color-line)" />
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={TOP} y2={BOTTOM} stroke="var(--color-line)" strokeWidth={0.5} />
            <line x1={LEFT} x2={RIGHT} y1={y(tick / 100)} y2={y(tick / 100)} stroke="var(--color-line)" strokeWidth={0.5} />
            <text x={x(tick)} y={BOTTOM + 18} textAnchor="middle" fontSize={13} fill="var(--color-muted)">
              {t("percent", { value: tick })}
            </text>
            <text x={LEFT - 8} y={y(tick / 100) + 4} textAnchor="end" fontSize={13} fill="var(--color-muted)">
              {t("percent", { value: tick })}
            </text>
          </g>
        ))}
        <line x1={x(0)} y1={y(0)} x2={x(100)} y2={y(1)} stroke="var(--color-muted)" strokeDasharray="6 4" />
        <text x={(LEFT + RIGHT) / 2} y={H - 12} textAnchor="middle" fontSize={14} fill="var(--color-ink)">
          {t("axisStated")}
        </text>
        <text transform={`translate(16 ${(TOP + BOTTOM) / 2}) rotate(-90)`} textAnchor="middle" fontSize={14} fill="var(--color-ink)">
          {t("axisSupported")}
        </text>
        {sides.flatMap((side) =>
          (bins[side] ?? []).map((bin) => (
            <g key={`${side}-${bin.percent}`}>
              <circle
                cx={x(bin.percent)}
                cy={y(bin.supported / bin.count)}
                r={6 + Math.min(10, bin.count * 1.5)}
                fill={SERIES[side].fill}
                fillOpacity={side === "before" ? 0.75 : 0.9}
                stroke={SERIES[side].stroke}
                strokeWidth={2}
              />
              <text
                x={x(bin.percent)}
                y={y(bin.supported / bin.count) + 4}
                textAnchor="middle"
                fontSize={11}
                fontWeight={700}
                fill={side === "before" ? "white" : "var(--color-ink)"}
              >
                {bin.count}
              </text>
            </g>
          )),
        )}
      </svg>
      <ul aria-label={t("chartLegend")} className="mt-1 flex flex-wrap gap-x-5 gap-y-1 text-sm">
        {sides.map((side) => (
          <li key={side} className="flex items-center gap-1.5">
            <svg aria-hidden="true" width="18" height="18">
              <circle cx="9" cy="9" r="7" fill={SERIES[side].fill} stroke={SERIES[side].stroke} strokeWidth="2" />
            </svg>
            {t(side === "before" ? "seriesBefore" : "seriesAfter")}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <svg aria-hidden="true" width="28" height="8">
            <line x1="2" y1="4" x2="26" y2="4" stroke="var(--color-muted)" strokeDasharray="6 4" strokeWidth="2" />
          </svg>
          {t("diagonal")}
        </li>
      </ul>
      <div id={`${id}-words`} className="mt-3 space-y-2 text-sm">
        {sides.map((side) => (
          <div key={side}>
            <p id={`${id}-${side}-words`} className="font-medium">
              {t(side === "before" ? "seriesBefore" : "seriesAfter")}
            </p>
            <ul className="list-disc pl-5" aria-labelledby={`${id}-${side}-words`}>
              {(bins[side] ?? []).map((bin) => (
                <li key={bin.percent}>
                  {t(whose === "own" ? "binSentence" : "classBinSentence", { percent: bin.percent, supported: bin.supported, count: bin.count })}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-link">{t("showTable")}</summary>
        <ScrollTable
          caption={title}
          columns={[
            { label: t("columnSide") },
            { label: t("columnBin") },
            { label: t("columnCount") },
            { label: t("columnMean") },
            { label: t("columnSupported") },
          ]}
        >
          {sides.flatMap((side) =>
            (bins[side] ?? []).map((bin) => (
              <tr key={`${side}-${bin.percent}`} className="border-b border-line">
                <td className="py-1 pr-2">{t(side === "before" ? "seriesBefore" : "seriesAfter")}</td>
                <td className="py-1 pr-2">{t("percent", { value: bin.percent })}</td>
                <td className="py-1 pr-2 tabular-nums">{bin.count}</td>
                <td className="py-1 pr-2 tabular-nums">{t("percent", { value: Math.round(bin.meanStated) })}</td>
                <td className="py-1 pr-2 tabular-nums">{bin.supported}</td>
              </tr>
            )),
          )}
        </ScrollTable>
      </details>
    </figure>
  );
}
