import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

type Props = Readonly<{ here: string; groups: ReadonlyArray<{ id: string; name: string }>; current: string | null }>;

/** Links that show the screen for the whole audience or one group of the class (?group=); nothing when the class has no group. */
export async function GroupFilter({ here, groups, current }: Props) {
  const t = await getTranslations("review");
  if (groups.length === 0) return null;
  const choices = [{ id: null, name: t("allStudents") }, ...groups];
  return (
    <nav aria-label={t("groupFilter")} className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <span className="text-muted">{t("groupFilter")}</span>
      {choices.map((choice) => (
        <Link
          key={choice.id ?? "all"}
          href={choice.id ? `${here}?group=${encodeURIComponent(choice.id)}` : here}
          aria-current={choice.id === current ? "page" : undefined}
          className={choice.id === current ? "font-semibold text-ink no-underline" : "text-link"}
        >
          {choice.name}
        </Link>
      ))}
    </nav>
  );
}
