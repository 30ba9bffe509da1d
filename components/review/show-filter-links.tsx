import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { isAnswered } from "@/lib/question-types/registry";
import { SHOW_FILTERS, type ShowFilter } from "@/lib/review/mode";
import type { ReviewAnswer } from "@/lib/review/types";

/** "By question": every student, those who answered, those who handed in; each with how many. Links, so they work without JavaScript. */
export async function ShowFilterLinks({
  here,
  blind,
  current,
  answers,
}: Readonly<{ here: string; blind: boolean; current: ShowFilter; answers: readonly ReviewAnswer[] }>) {
  const t = await getTranslations("review");
  const count: Record<ShowFilter, number> = {
    all: answers.length,
    answered: answers.filter((answer) => isAnswered(answer.value)).length,
    submitted: answers.filter((answer) => answer.attempt === "SUBMITTED").length,
  };
  const href = (filter: ShowFilter) => {
    const query = new URLSearchParams({ ...(blind ? { blind: "1" } : {}), ...(filter === "all" ? {} : { show: filter }) }).toString();
    return query ? `${here}?${query}` : here;
  };
  return (
    <nav aria-label={t("showLabel")} className="mt-2">
      <ul className="flex flex-wrap gap-2 text-sm">
        {SHOW_FILTERS.map((filter) => (
          <li key={filter}>
            <Link
              href={href(filter)}
              aria-current={filter === current ? "page" : undefined}
              className={`inline-block rounded-full border px-3 py-1 no-underline ${filter === current ? "border-accent bg-accent-soft font-semibold text-ink" : "border-line bg-surface text-link"}`}
            >
              {t(`show.${filter}`, { count: count[filter] })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
