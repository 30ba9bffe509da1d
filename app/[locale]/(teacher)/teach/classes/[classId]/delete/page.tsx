import type { Metadata } from "next";
import { notFound } from "@/lib/http/not-found";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DeleteClassForm } from "@/components/classroom/delete-class-form";
import { Link } from "@/i18n/navigation";
import { requireTeacher } from "@/lib/auth/session";
import { getClassOverview } from "@/lib/classes/queries";
import { ERROR_STATUS, type ErrorCode } from "@/lib/errors";
import { routeParams } from "@/lib/http/route-params";

type Props = Readonly<{ params: Promise<{ locale: string; classId: string }>; searchParams: Promise<{ error?: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "teach" });
  return { title: t("deleteClass") };
}

/** /[locale]/teach/classes/[classId]/delete — confirm a class's deletion by typing its name. */
export default async function DeleteClassPage({ params, searchParams }: Props) {
  const [{ locale, classId }, { error }] = await Promise.all([routeParams(params), searchParams]);
  setRequestLocale(locale);
  const viewer = await requireTeacher();
  const [t, exportT, cls] = await Promise.all([getTranslations("teach"), getTranslations("export"), getClassOverview(viewer, classId)]);
  if (!cls) notFound(locale);
  const code = error && error in ERROR_STATUS ? (error as ErrorCode) : null;
  return (
    <>
      <Link href={`/teach/classes/${cls.id}`} className="text-sm text-link">
        ← {cls.name}
      </Link>
      <h1 className="mt-2 font-serif text-3xl font-semibold">{t("deleteClass")}</h1>
      <p className="mt-2 max-w-3xl leading-relaxed">
        {t("deleteClassHelp")}{" "}
        <Link href={`/teach/classes/${cls.id}/export`} className="text-link">
          {exportT("classExportLink")}
        </Link>
      </p>
      <div className="mt-6">
        <DeleteClassForm classId={cls.id} name={cls.name} students={cls.students.length} locale={locale} error={code} />
      </div>
    </>
  );
}
