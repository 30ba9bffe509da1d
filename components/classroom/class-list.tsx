import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
import { formatJoinCode } from "@/lib/classes/codes";
import type { ClassSummary } from "@/lib/classes/queries";

/** The teacher's classes as cards: name, code, how many students and assignments; archived ones apart. */
export async function ClassList({ classes }: Readonly<{ classes: readonly ClassSummary[] }>) {
  const t = await getTranslations("teach");
  const current = classes.filter((cls) => !cls.archivedAt);
  const archived = classes.filter((cls) => cls.archivedAt);
  const cards = (list: readonly ClassSummary[]) => (
    <ul className="mt-3 grid gap-4 sm:grid-cols-2">
      {list.map((cls) => (
        <li key={cls.id} className="card">
          <h3 className="flex flex-wrap items-center gap-2 text-lg font-semibold">
            <Link href={`/teach/classes/${cls.id}`} className="text-link">
              {cls.name}
            </Link>
            {cls.archivedAt && <Badge>{t("archived")}</Badge>}
          </h3>
          <p className="mt-1 text-sm text-muted">
            {t("studentsCount", { count: cls.students })} · {t("assignmentsCount", { count: cls.assignments })}
          </p>
          <p className="mt-1 text-sm">
            {t("codeLabel")} <span className="font-mono font-semibold tracking-wider">{formatJoinCode(cls.joinCode)}</span>
          </p>
        </li>
      ))}
    </ul>
  );
  return (
    <>
      {current.length === 0 ? <p className="mt-3 rounded-md bg-panel px-4 py-3">{t("noClasses")}</p> : cards(current)}
      {archived.length > 0 && (
        <section aria-labelledby="archived-classes" className="mt-8">
          <h2 id="archived-classes" className="text-lg font-semibold text-muted">
            {t("archivedClasses")}
          </h2>
          {cards(archived)}
        </section>
      )}
    </>
  );
}
