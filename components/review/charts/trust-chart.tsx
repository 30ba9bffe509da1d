import { getTranslations } from "next-intl/server";
import { ScrollTable } from "@/components/ui/scroll-table";
import type { TrustChart as Chart } from "@/lib/review/charts";

const W = 560;
const H = 380;
const TOP = 40;
const BOTTOM = 40;
const LEFT = 140;
const RIGHT = W - 140;

/** A line's colour says which way a student's trust went; the legend under the chart says so in words. */
const TRUST_MOVES = [
  { key: "up", colour: "var(--color-accent)" },
  { key: "down", colour: "var(--color-warn)" },
  { key: "same", colour: "var(--color-muted)" },
] as const;

/**
 * Trust in the article before and after reading, one line per student (a slope chart). Students
 * with the same pair share one line, drawn thicker; each point of an axis says how many students
 * are there: readable for a class of 35 on a projector.
 */
export async function TrustChart({ chart, showNames }: Readonly<{ chart: Chart; showNames: boolean }>) {
  const t = await getTranslations("charts");
  const y = (value: number) => TOP + ((chart.max - value) / Math.max(1, chart.max - chart.min)) * (H - TOP - BOTTOM);
  const pairs = new Map<string, { before: number; after: number; count: number }>();
  for (const point of chart.points) {
    const key = `${point.before}-${point.after}`;
    pairs.set(key, { before: point.before, after: point.after, count: (pairs.get(key)?.count ?? 0) + 1 });
  }
  const moves = { up: chart.points.filter((p) => p.after > p.before).length, down: chart.points.filter((p) => p.after < p.before).length };
  const steps = Array.from({ length: chart.max - chart.min + 1 }, (_, index) => chart.min + index);
  const label = (point: Chart["points"][number]) => (showNames ? point.name : t("pseudonym", { number: point.number }));
  return (
    <figure className="card" aria-labelledby="trust-caption">
      <figcaption id="trust-caption" className="font-medium">
        {t("trustCaption", { count: chart.points.length })}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="trust-title trust-desc" className="mt-3 h-auto w-full max-w-2xl">
        <title id="trust-title">{t("trustTitle")}</title>
        <desc id="trust-desc">{t("trustDesc", { up: moves.up, down: moves.down, same: chart.points.length - moves.up - moves.down })}</desc>
        {[LEFT, RIGHT].map((x, index) => (
          <g key={x}>
            <line x1={x} x2={x} y1={TOP} y2={H - BOTTOM} stroke="var(--color-line)" strokeWidth={2} />
            <text x={x} y={H - 10} textAnchor="middle" fontSize={18} fill="var(--color-ink)">
              {index === 0 ? t("before") : t("after")}
            </text>
          </g>
        ))}
        {steps.map((step) => (
          <text key={step} x={LEFT - 16} y={y(step) + 6} textAnchor="end" fontSize={18} fill="var(--color-muted)">
            {step}
          </text>
        ))}
        {[...pairs.values()].map((pair) => {
          const colour = TRUST_MOVES.find(({ key }) => key === (pair.after > pair.before ? "up" : pair.after < pair.before ? "down" : "same"))!.colour;
          return (
            <line
              key={`${pair.before}-${pair.after}`}
              x1={LEFT}
              y1={y(pair.before)}
              x2={RIGHT}
              y2={y(pair.after)}
              stroke={colour}
              strokeWidth={2 + pair.count * 1.5}
              strokeLinecap="round"
              opacity={0.85}
            />
          );
        })}
        {(["before", "after"] as const).flatMap((side) =>
          steps.map((step) => {
            const count = chart.points.filter((point) => point[side] === step).length;
            const x = side === "before" ? LEFT : RIGHT;
            return count === 0 ? null : (
              <g key={`${side}-${step}`}>
                <circle cx={x} cy={y(step)} r={15} fill="white" stroke="var(--color-ink)" strokeWidth={2} />
                <text x={x} y={y(step) + 6} textAnchor="middle" fontSize={16} fontWeight={700} fill="var(--color-ink)">
                  {count}
                </text>
              </g>
            );
          }),
        )}
      </svg>
      <ul aria-label={t("trustLegend")} className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
        {TRUST_MOVES.map(({ key, colour }) => (
          <li key={key} className="flex items-center gap-1.5">
            <svg aria-hidden="true" width="28" height="8">
              <line x1="2" y1="4" x2="26" y2="4" stroke={colour} strokeWidth="4" strokeLinecap="round" />
            </svg>
            {t(`trustMove.${key}`)}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <svg aria-hidden="true" width="22" height="22">
            <circle cx="11" cy="11" r="9" fill="white" stroke="var(--color-ink)" strokeWidth="2" />
          </svg>
          {t("trustCircle")}
        </li>
      </ul>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-link">{t("showTable")}</summary>
        <ScrollTable caption={t("trustTitle")} columns={[{ label: t("student") }, { label: t("before") }, { label: t("after") }]}>
          {chart.points.map((point) => (
            <tr key={point.number} className="border-b border-line">
              <td className="py-1 pr-2">{label(point)}</td>
              <td className="py-1 pr-2">{point.before}</td>
              <td className="py-1 pr-2">{point.after}</td>
            </tr>
          ))}
        </ScrollTable>
      </details>
    </figure>
  );
}
