import { getTranslations } from "next-intl/server";
import { ScrollTable } from "@/components/ui/scroll-table";
import type { ChoiceChart as Chart } from "@/lib/review/charts";

const WIDTH = 720;
const ROW = 64;
const LABEL_MAX = 70;
const short = (text: string) => (text.length > LABEL_MAX ? `${text.slice(0, LABEL_MAX - 1)}…` : text);

/**
 * One closed question: a bar per choice with its count, the reference choice marked, drawn large
 * enough for a projector. The SVG is an image with a title and a description; the table under it
 * carries the same numbers for screen readers and for reading the full labels.
 */
export async function ChoiceChart({ chart, students, index }: Readonly<{ chart: Chart; students: number; index: number }>) {
  const t = await getTranslations("charts");
  const most = Math.max(1, ...chart.options.map((option) => option.count));
  const barSpace = WIDTH - 70;
  const id = `choice-${index}`;
  const summary = chart.options.map((option) => t("choiceCount", { label: option.label, count: option.count })).join(" ; ");
  return (
    <figure className="card" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="font-medium">
        {chart.prompt}
        <span className="block text-sm font-normal text-muted">{t("answered", { count: chart.answered, total: students })}</span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${chart.options.length * ROW}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="mt-3 h-auto w-full">
        <title id={`${id}-title`}>{chart.prompt}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {chart.options.map((option, row) => {
          const width = (option.count / most) * barSpace;
          const y = row * ROW;
          return (
            <g key={option.key}>
              <text x={0} y={y + 20} fontSize={18} fill="var(--color-ink)">
                {option.reference ? "✓ " : ""}
                {short(option.label)}
              </text>
              <rect x={0} y={y + 28} width={Math.max(width, 2)} height={26} rx={3} fill={option.reference ? "var(--color-ok)" : "var(--color-accent)"} />
              <text x={Math.max(width, 2) + 8} y={y + 48} fontSize={20} fontWeight={700} fill="var(--color-ink)">
                {option.count}
              </text>
            </g>
          );
        })}
      </svg>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-link">{t("showTable")}</summary>
        <ScrollTable caption={chart.prompt} columns={[{ label: t("choice") }, { label: t("students") }, { label: t("reference") }]}>
          {chart.options.map((option) => (
            <tr key={option.key} className="border-b border-line">
              <td className="py-1 pr-2">{option.label}</td>
              <td className="py-1 pr-2">{option.count}</td>
              <td className="py-1 pr-2">{option.reference ? t("yes") : ""}</td>
            </tr>
          ))}
        </ScrollTable>
      </details>
    </figure>
  );
}
