import type { Metadata } from "next";
import { notFound } from "@/lib/http/not-found";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ExportView } from "@/components/review/export/export-view";
import { StudentWorkList } from "@/components/review/student-work-list";
import { requireTeacher } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/config";
import { getContent } from "@/lib/content";
import { exerciseNames } from "@/lib/exercises/names";
import { getAssignmentWork } from "@/lib/review/work";
import { routeParams } from "@/lib/http/route-params";

type Props = Readonly<{ params: Promise<{ locale: string; classId: string; assignmentId: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "export" });
  return { title: t("metaTitle") };
}

/**
 * /[locale]/teach/classes/[classId]/assignments/[assignmentId]/export — the assignment's data: the
 * CSV's options (and the whole class's), and deleting a student's work. One statement.
 */
export default async function AssignmentExportPage({ params }: Props) {
  const { locale, classId, assignmentId } = await routeParams(params);
  setRequestLocale(locale);
  const viewer = await requireTeacher();
  const [target, content, exercise] = await Promise.all([getAssignmentWork(viewer, assignmentId), getContent(), getTranslations("exercise")]);
  if (!target || target.classId !== classId) notFound(locale);
  const name = exerciseNames(content, locale as AppLocale, exercise("title")).find((candidate) => candidate.key === target.exerciseKey);
  return (
    <>
      <ExportView
        back={{ href: `/teach/classes/${target.classId}`, label: target.className }}
        subject={
          <>
            {target.className} · <span lang={name?.lang}>{name?.text ?? target.exerciseKey}</span>
          </>
        }
        action={`/api/teach/assignments/${target.assignmentId}/export`}
        classAction={`/api/teach/classes/${target.classId}/export`}
      />
      <StudentWorkList assignmentId={target.assignmentId} students={target.students} />
    </>
  );
}
