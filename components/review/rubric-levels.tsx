import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/config";
import type { Rubric } from "@/lib/content/schemas";

/**
 * A question's 0–3 rubric, level by level, as the teacher grades with it: open above the answers
 * of one question, folded (`compact`) inside each card when the page shows several questions.
 */
export async function RubricLevels({ rubric, compact = false }: Readonly<{ rubric: Rubric | undefined; compact?: boolean }>) {
  if (!rubric) return null;
  const [t, locale] = await Promise.all([getTranslations("review"), getLocale() as Promise<AppLocale>]);
  return (
    <details className={compact ? "mt-3 rounded-md bg-panel px-3 py-1 text-sm" : "mt-3 rounded-md bg-panel px-4 py-2"} open={!compact}>
      <summary className="cursor-pointer font-semibold">{t("rubric")}</summary>
      <ol className="mt-2 space-y-1 text-sm">
        {rubric.map((level, score) => (
          <li key={score} className="flex gap-2">
            <span className="font-semibold tabular-nums">{t("level", { score })}</span>
            <span>{level[locale]}</span>
          </li>
        ))}
      </ol>
    </details>
  );
}
