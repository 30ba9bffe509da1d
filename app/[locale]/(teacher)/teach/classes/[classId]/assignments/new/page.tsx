import type { Metadata } from "next";
import { notFound } from "@/lib/http/not-found";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NewAssignmentForm } from "@/components/classroom/new-assignment-form";
import { Link } from "@/i18n/navigation";
import { questionMenus } from "@/lib/assignments/questions";
import { requireTeacher } from "@/lib/auth/session";
import { getClassGroups } from "@/lib/classes/groups";
import { requireOwnClass } from "@/lib/classes/queries";
import type { AppLocale } from "@/lib/config";
import { getContent } from "@/lib/content";
import { exerciseNames } from "@/lib/exercises/names";
import { routeParams } from "@/lib/http/route-params";

type Props = Readonly<{ params: Promise<{ locale: string; classId: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "teach" });
  return { title: t("newAssignmentTitle") };
}

/** /[locale]/teach/classes/[classId]/assignments/new — give the class, or some of its students, one or more of the exercises. */
export default async function NewAssignmentPage({ params }: Props) {
  const { locale, classId } = await routeParams(params);
  setRequestLocale(locale);
  const [t, exercise, cls, content, roster] = await Promise.all([
    getTranslations("teach"),
    getTranslations("exercise"),
    requireOwnClass(classId),
    getContent(),
    requireTeacher().then((viewer) => getClassGroups(viewer, classId)),
  ]);
  if (cls.archived || !roster) notFound(locale);
  return (
    <>
      <Link href={`/teach/classes/${cls.id}`} className="text-sm text-link">
        ← {cls.name}
      </Link>
      <h1 className="mt-2 font-serif text-3xl font-semibold">{t("newAssignmentTitle")}</h1>
      <p className="mt-1 text-lg text-muted">{cls.name}</p>
      <div className="mt-6 max-w-3xl">
        <NewAssignmentForm
          classId={cls.id}
          exercises={exerciseNames(content, locale as AppLocale, exercise("title"))}
          menus={questionMenus(content, locale as AppLocale)}
          students={roster.students}
          groups={roster.groups}
        />
      </div>
    </>
  );
}
