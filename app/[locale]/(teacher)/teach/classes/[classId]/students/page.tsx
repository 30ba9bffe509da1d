import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AddStudentsForm } from "@/components/classroom/add-students-form";
import { Link } from "@/i18n/navigation";
import { formatJoinCode } from "@/lib/classes/codes";
import { ClassGroups } from "@/components/classroom/class-groups";
import { requireTeacher } from "@/lib/auth/session";
import { getClassGroups } from "@/lib/classes/groups";
import { requireOwnClass } from "@/lib/classes/queries";
import { AddressNote } from "@/components/classroom/address-note";
import { studentAddress } from "@/lib/http/origin";
import { routeParams } from "@/lib/http/route-params";

type Props = Readonly<{ params: Promise<{ locale: string; classId: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "teach" });
  return { title: t("addTitle") };
}

/** /[locale]/teach/classes/[classId]/students — paste a list of names; print the slips with their passwords; the class's groups. */
export default async function AddStudentsPage({ params }: Props) {
  const { locale, classId } = await routeParams(params);
  setRequestLocale(locale);
  const [t, cls, address, roster] = await Promise.all([
    getTranslations("teach"),
    requireOwnClass(classId),
    studentAddress(),
    requireTeacher().then((viewer) => getClassGroups(viewer, classId)),
  ]);
  return (
    <>
      <div className="print:hidden">
        <Link href={`/teach/classes/${cls.id}`} className="text-sm text-link">
          ← {cls.name}
        </Link>
        <h1 className="mt-2 font-serif text-3xl font-semibold">{t("addTitle")}</h1>
        <p className="mt-2 max-w-3xl leading-relaxed text-muted">{t("addIntro")}</p>
        <p className="mt-2 max-w-3xl">
          <Link href={`/teach/classes/${cls.id}/slips`} className="text-link">
            {t("reprint.fromAdd")}
          </Link>
        </p>
        <p className="mt-2 max-w-3xl">{t("slipsAddress", { url: `${address.origin}/${locale}/sign-in` })}</p>
        <AddressNote address={address} />
      </div>
      <div className="mt-6">
        {cls.archived ? (
          <p className="rounded-md border-l-4 border-warn bg-panel px-4 py-2">{t("archivedNotice")}</p>
        ) : (
          <AddStudentsForm classId={cls.id} className={cls.name} code={formatJoinCode(cls.joinCode)} address={`${address.origin}/${locale}/sign-in`} />
        )}
      </div>
      {!cls.archived && roster && <ClassGroups classId={cls.id} groups={roster.groups} students={roster.students} />}
    </>
  );
}
