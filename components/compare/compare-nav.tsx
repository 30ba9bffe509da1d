import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export type CompareSection = "matrix" | "numbers" | "timeline" | "map" | "exercise";

const HREF: Record<CompareSection, string> = {
  matrix: "/compare",
  numbers: "/compare/numbers",
  timeline: "/compare/timeline",
  map: "/compare/map",
  exercise: "/compare/exercise",
};

/** The comparison pages' own navigation; the current page is marked for screen readers. */
export async function CompareNav({ current }: Readonly<{ current: CompareSection }>) {
  const t = await getTranslations("compare");
  return (
    <div className="mx-auto max-w-6xl px-4 pt-8">
      <p className="text-sm font-medium text-muted">{t("kicker")}</p>
      <nav aria-label={t("sections")} className="mt-3 border-b border-line">
        <ul className="flex flex-wrap gap-1">
          {(Object.keys(HREF) as CompareSection[]).map((section) => (
            <li key={section}>
              <Link
                href={HREF[section]}
                aria-current={section === current ? "page" : undefined}
                className={`-mb-px inline-block rounded-t-md border px-3 py-2 text-sm font-medium no-underline ${
                  section === current ? "border-line border-b-paper bg-paper text-ink" : "border-transparent text-accent hover:bg-accent-soft"
                }`}
              >
                {t(`nav.${section}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
