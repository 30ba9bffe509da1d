import { getLocale, getTranslations } from "next-intl/server";
import { SECONDARY_LINK } from "@/components/forms/buttons";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
import type { ClassAssignment } from "@/lib/classes/queries";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import { formatDate } from "@/lib/format/dates";
import { exerciseNames } from "@/lib/exercises/names";
import { guidePath, guideSubjectForExercise } from "@/lib/guides/paths";
import { assignmentPath } from "@/lib/review/paths";
import { AssignmentActions } from "./assignment-actions";

type Props = Readonly<{ classId: string; assignments: readonly ClassAssignment[]; content: Content; archived: boolean }>;

/** The class's assignments: what (with its teacher's guide), due when, how the commentary is revealed, how far the class has got. */
export async function AssignmentList({ classId, assignments, content, archived }: Props) {
  const [t, exercise, guides, locale] = await Promise.all([
    getTranslations("teach"),
    getTranslations("exercise"),
    getTranslations("guides"),
    getLocale() as Promise<AppLocale>,
  ]);
  const names = exerciseNames(content, locale, exercise("title"));
  const slugs = content.articles.map((article) => article.slug);
  return (
    <section aria-labelledby="assignments" className="mt-10">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="assignments" className="text-xl font-semibold">
          {t("assignmentsTitle")}
        </h2>
        {!archived && (
          <Link href={`/teach/classes/${classId}/assignments/new`} className={SECONDARY_LINK}>
            {t("newAssignment")}
          </Link>
        )}
      </div>
      {assignments.length === 0 && <p className="mt-3 rounded-md bg-panel px-4 py-3">{t("assignmentsEmpty")}</p>}
      <ul className="mt-3 space-y-3">
        {assignments.map((assignment) => {
          const name = names.find((candidate) => candidate.key === assignment.exerciseKey);
          const title = name?.text ?? assignment.exerciseKey;
          const guide = guideSubjectForExercise(assignment.exerciseKey, slugs);
          return (
            <li key={assignment.id} className="card">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h3 className="font-semibold" lang={name?.lang}>
                  <Link href={assignmentPath(classId, assignment.id)}>{title}</Link>
                </h3>
                <div className="flex items-center gap-2">
                  {guide && (
                    <Link href={guidePath(guide)} aria-label={guides("guideLinkNamed", { title })} className={SECONDARY_LINK}>
                      {guides("guideLink")}
                    </Link>
                  )}
                  <Badge tone={assignment.closed ? "neutral" : "ok"}>{assignment.closed ? t("closed") : t("open")}</Badge>
                </div>
              </div>
              <p className="mt-1 text-sm text-muted">
                {assignment.dueAt ? t("due", { date: formatDate(assignment.dueAt.slice(0, 10), locale) }) : t("noDue")} ·{" "}
                {t(`reveal.${assignment.revealPolicy}`)}
                {assignment.releasedAt && ` · ${t("released")}`}
              </p>
              <p className="mt-1 text-sm">{t("progress", { started: assignment.started, submitted: assignment.submitted, total: assignment.audienceSize })}</p>
              <div className="mt-3">
                <AssignmentActions
                  classId={classId}
                  assignmentId={assignment.id}
                  title={title}
                  closed={assignment.closed}
                  canRelease={assignment.revealPolicy === "AFTER_RELEASE" && !assignment.releasedAt}
                  archived={archived}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
