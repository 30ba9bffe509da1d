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
import { GroupFilter } from "@/components/review/group-filter";
import { listGroups } from "@/lib/classes/groups";
import { idSchema } from "@/lib/ids";
import { getAssignmentProgress } from "@/lib/review/queries";
import { reviewQuestions } from "@/lib/review/questions";
import { routeParams } from "@/lib/http/route-params";
import { assignmentPath } from "@/lib/review/paths";

type Props = Readonly<{ params: Promise<{ locale: string; classId: string; assignmentId: string }>; searchParams: Promise<{ group?: string | string[] }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "review" });
  return { title: t("progressHeading") };
}

/**
 * /[locale]/teach/classes/[classId]/assignments/[assignmentId] — the live progress of the students
 * the assignment is for, of one group of the class with ?group=, and the way to copy it to
 * another class. Two statements (the grid, the groups).
 */
export default async function AssignmentProgressPage({ params, searchParams }: Props) {
  const { locale, classId, assignmentId } = await routeParams(params);
  setRequestLocale(locale);
  const viewer = await requireTeacher();
  const requestedGroup = idSchema.safeParse((await searchParams).group).data ?? null;
  const [progress, content, groups, teach] = await Promise.all([
    getAssignmentProgress(viewer, classId, assignmentId, requestedGroup),
    getContent(),
    listGroups(viewer, classId),
    getTranslations("teach"),
  ]);
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
      <GroupFilter here={assignmentPath(classId, assignmentId)} groups={groups} current={requestedGroup} />
      <ProgressGrid classId={classId} assignmentId={assignmentId} initial={progress.grid} labels={labels} group={requestedGroup} />
    </>
  );
}
