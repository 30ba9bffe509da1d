import type { Metadata } from "next";
import { notFound } from "@/lib/http/not-found";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EditAssignmentForm } from "@/components/classroom/edit-assignment-form";
import { Link } from "@/i18n/navigation";
import { questionKeysOf, questionMenus } from "@/lib/assignments/questions";
import { getAssignmentForEdit } from "@/lib/assignments/queries";
import { requireTeacher } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/config";
import { getContent } from "@/lib/content";
import { exerciseNames } from "@/lib/exercises/names";
import { routeParams } from "@/lib/http/route-params";

type Props = Readonly<{ params: Promise<{ locale: string; classId: string; assignmentId: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "teach" });
  return { title: t("editAssignmentTitle") };
}

/** /[locale]/teach/classes/[classId]/assignments/[assignmentId]/edit — change the exercise, its questions, the due day, for whom, the reveal policy. One statement. */
export default async function EditAssignmentPage({ params }: Props) {
  const { locale, classId, assignmentId } = await routeParams(params);
  setRequestLocale(locale);
  const viewer = await requireTeacher();
  const [t, exercise, assignment, content] = await Promise.all([
    getTranslations("teach"),
    getTranslations("exercise"),
    getAssignmentForEdit(viewer, assignmentId),
    getContent(),
  ]);
  if (!assignment || assignment.classId !== classId || assignment.archived) notFound(locale);
  const menus = questionMenus(content, locale as AppLocale);
  return (
    <div className="mx-auto max-w-3xl">
      <Link href={`/teach/classes/${classId}#assignments`} className="mt-4 inline-block text-sm text-link">
        ← {assignment.className}
      </Link>
      <h1 className="mt-2 font-serif text-3xl font-semibold">{t("editAssignmentTitle")}</h1>
      <div className="mt-6">
        <EditAssignmentForm
          classId={classId}
          assignmentId={assignmentId}
          exercises={exerciseNames(content, locale as AppLocale, exercise("title"))}
          menus={menus}
          current={{
            exerciseKey: assignment.exerciseKey,
            dueOn: assignment.dueAt?.slice(0, 10) ?? "",
            revealPolicy: assignment.revealPolicy,
            questionKeys: questionKeysOf(assignment, menus[assignment.exerciseKey]?.questions ?? []),
          }}
          started={assignment.started}
          audience={{ audience: assignment.audience, groupIds: assignment.groupIds, enrolmentIds: assignment.enrolmentIds, dueDates: assignment.dueDates }}
          students={assignment.students}
          groups={assignment.groups}
        />
      </div>
    </div>
  );
}
