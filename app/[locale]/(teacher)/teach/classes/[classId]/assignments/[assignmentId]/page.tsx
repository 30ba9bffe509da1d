import type { Metadata } from "next";
import { notFound } from "@/lib/http/not-found";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SECONDARY_LINK } from "@/components/forms/buttons";
import { AssignmentHeader } from "@/components/review/assignment-header";
import { ProgressGrid } from "@/components/review/progress-grid";
import { ReleaseAllAction } from "@/components/review/student-actions";
import { Link } from "@/i18n/navigation";
import { requireTeacher } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/config";
import { getContent } from "@/lib/content";
import { getAssignmentProgress } from "@/lib/review/queries";
import { reviewQuestions } from "@/lib/review/questions";
import { routeParams } from "@/lib/http/route-params";
import { assignmentPath } from "@/lib/review/paths";

type Props = Readonly<{ params: Promise<{ locale: string; classId: string; assignmentId: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "review" });
  return { title: t("progressHeading") };
}

/** /[locale]/teach/classes/[classId]/assignments/[assignmentId] — the class's live progress (and the way to copy the assignment to another class). One statement. */
export default async function AssignmentProgressPage({ params }: Props) {
  const { locale, classId, assignmentId } = await routeParams(params);
  setRequestLocale(locale);
  const viewer = await requireTeacher();
  const [progress, content, teach] = await Promise.all([getAssignmentProgress(viewer, classId, assignmentId), getContent(), getTranslations("teach")]);
  if (!progress) notFound(locale);
  const labels = Object.fromEntries(
    reviewQuestions(content, progress.assignment, locale as AppLocale).map((question) => [question.key, { number: question.number, prompt: question.prompt }]),
  );
  return (
    <>
      <AssignmentHeader assignment={progress.assignment} content={content} />
      <div className="mt-4 flex flex-wrap items-start gap-3">
        <ReleaseAllAction
          classId={classId}
          assignmentId={assignmentId}
          releasesCommentary={progress.assignment.revealPolicy === "AFTER_RELEASE" && progress.assignment.releasedAt === null}
        />
        <Link href={`${assignmentPath(classId, assignmentId)}/copy`} className={SECONDARY_LINK}>
          {teach("copy.link")}
        </Link>
      </div>
      <ProgressGrid classId={classId} assignmentId={assignmentId} initial={progress.grid} labels={labels} />
    </>
  );
}
