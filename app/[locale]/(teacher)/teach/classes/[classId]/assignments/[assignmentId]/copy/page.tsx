import type { Metadata } from "next";
import { notFound } from "@/lib/http/not-found";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CopyAssignmentForm } from "@/components/classroom/copy-assignment-form";
import { LINK_BUTTON } from "@/components/forms/buttons";
import { Link } from "@/i18n/navigation";
import { getAssignmentForEdit } from "@/lib/assignments/queries";
import { requireTeacher } from "@/lib/auth/session";
import { listClasses } from "@/lib/classes/queries";
import type { AppLocale } from "@/lib/config";
import { getContent } from "@/lib/content";
import { exerciseNames } from "@/lib/exercises/names";
import { routeParams } from "@/lib/http/route-params";

type Props = Readonly<{ params: Promise<{ locale: string; classId: string; assignmentId: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "teach" });
  return { title: t("copy.title") };
}

/**
 * /[locale]/teach/classes/[classId]/assignments/[assignmentId]/copy — the assignment copied to
 * another of the teacher's classes (not archived): same text and reveal policy, a due day if one is
 * chosen, nothing of this class's work. An archived class's assignments can be copied too.
 */
export default async function CopyAssignmentPage({ params }: Props) {
  const { locale, classId, assignmentId } = await routeParams(params);
  setRequestLocale(locale);
  const viewer = await requireTeacher();
  const [t, exercise, assignment, classes, content] = await Promise.all([
    getTranslations("teach"),
    getTranslations("exercise"),
    getAssignmentForEdit(viewer, assignmentId),
    listClasses(viewer),
    getContent(),
  ]);
  if (!assignment || assignment.classId !== classId) notFound(locale);
  const name = exerciseNames(content, locale as AppLocale, exercise("title")).find((candidate) => candidate.key === assignment.exerciseKey);
  const destinations = classes.filter((cls) => cls.id !== classId && !cls.archivedAt).map((cls) => ({ id: cls.id, name: cls.name }));
  return (
    <div className="mx-auto max-w-3xl">
      <Link href={`/teach/classes/${classId}#assignments`} className="mt-4 inline-block text-sm text-link">
        ← {assignment.className}
      </Link>
      <h1 className="mt-2 font-serif text-3xl font-semibold">{t("copy.title")}</h1>
      <p className="mt-2 text-lg" lang={name?.lang}>
        {name?.text ?? assignment.exerciseKey}
      </p>
      <p className="mt-1 text-sm text-muted">{t(`reveal.${assignment.revealPolicy}`)}</p>
      <p className="mt-3 max-w-2xl leading-relaxed text-muted">{t("copy.intro")}</p>
      <div className="mt-6">
        {destinations.length === 0 ? (
          <div className="card space-y-3">
            <p>{t("copy.noOtherClass")}</p>
            <Link href="/teach" className={LINK_BUTTON}>
              {t("classes")}
            </Link>
          </div>
        ) : (
          <CopyAssignmentForm classId={classId} assignmentId={assignmentId} destinations={destinations} />
        )}
      </div>
    </div>
  );
}
