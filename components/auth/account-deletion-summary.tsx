import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { ClassSummary } from "@/lib/classes/queries";

/** What deleting a teacher's account takes with it, class by class, each with the way to export its answers first. */
export async function AccountDeletionSummary({ classes }: Readonly<{ classes: readonly ClassSummary[] }>) {
  const t = await getTranslations("auth");
  return (
    <div className="mt-4 max-w-3xl space-y-3 leading-relaxed">
      <p className="font-medium">{t("deleteAccountIntro")}</p>
      <ul className="list-disc space-y-2 pl-5">
        <li>{t("deleteAccountYou")}</li>
        <li>
          {t("deleteAccountClasses", { count: classes.length })}
          {classes.length > 0 && (
            <ul className="mt-1 list-[circle] space-y-1 pl-5">
              {classes.map((cls) => (
                <li key={cls.id}>
                  {t("deleteAccountClass", { name: cls.name, students: cls.students, assignments: cls.assignments })}{" "}
                  <Link href={`/teach/classes/${cls.id}/export`} className="text-link">
                    {t("deleteAccountExport", { name: cls.name })}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </li>
        <li>{t("deleteAccountComments")}</li>
      </ul>
      <p>{t(classes.length > 0 ? "deleteAccountExportFirst" : "deleteAccountNoRecovery")}</p>
    </div>
  );
}
