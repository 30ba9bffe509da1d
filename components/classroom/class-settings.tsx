import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { DANGER_BUTTON } from "@/components/forms/buttons";
import { Link } from "@/i18n/navigation";
import { setClassArchivedAction } from "@/lib/classes/actions";
import { RETENTION } from "@/lib/config";
import { RenameClassForm } from "./rename-class-form";

type Props = Readonly<{ classId: string; name: string; archived: boolean }>;

/** Rename, archive or unarchive, export, delete (on its own page, with what deletion takes, and a link to the privacy page). */
export async function ClassSettings({ classId, name, archived }: Props) {
  const [t, exportT] = await Promise.all([getTranslations("teach"), getTranslations("export")]);
  return (
    <section aria-labelledby="settings" className="mt-10 border-t border-line pt-6">
      <h2 id="settings" className="text-xl font-semibold">
        {t("settingsTitle")}
      </h2>
      <div className="mt-4 max-w-xl">
        <RenameClassForm classId={classId} name={name} />
      </div>
      <div className="mt-6">
        <p className="text-sm text-muted">{t("archiveHelp", { months: RETENTION.archivedClassMonths })}</p>
        <div className="mt-2">
          <ActionButton action={setClassArchivedAction} fields={{ classId, on: String(!archived) }}>
            {archived ? t("unarchive") : t("archive")}
          </ActionButton>
        </div>
      </div>
      <div className="mt-6">
        <p className="text-sm text-muted">
          {t("deleteClassHelp")}{" "}
          <Link href="/privacy" className="text-link">
            {t("privacyLink")}
          </Link>
        </p>
        <p className="mt-2 text-sm">
          <Link href={`/teach/classes/${classId}/export`} className="text-link">
            {exportT("classExportLink")}
          </Link>
        </p>
        <div className="mt-2">
          <Link href={`/teach/classes/${classId}/delete`} className={DANGER_BUTTON}>
            {t("deleteClass")}
          </Link>
        </div>
      </div>
    </section>
  );
}
