import { getLocale, getTranslations } from "next-intl/server";
import { LINK_BUTTON, SECONDARY_LINK } from "@/components/forms/buttons";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
import type { StudentClass } from "@/lib/assignments/queries";
import type { AssignmentContext, AssignmentStatus } from "@/lib/assignments/types";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import { assignmentReaderPath, exerciseNames } from "@/lib/exercises/names";
import { formatDate } from "@/lib/format/dates";

const TONE: Record<AssignmentStatus, BadgeTone> = {
  notStarted: "neutral",
  inProgress: "info",
  revising: "warn",
  submitted: "ok",
  commented: "ok",
  returned: "ok",
};

/** "My assignments": per class, each assignment with its due day, the student's status and the way into the reader. */
export async function MyAssignments({ classes, content }: Readonly<{ classes: readonly StudentClass[]; content: Content }>) {
  const [t, exercise, locale] = await Promise.all([getTranslations("myAssignments"), getTranslations("exercise"), getLocale() as Promise<AppLocale>]);
  const names = exerciseNames(content, locale, exercise("title"));
  const readLabel = (assignment: AssignmentContext) =>
    assignment.status === "notStarted"
      ? t("open")
      : (assignment.status === "inProgress" || assignment.status === "revising") && !assignment.closed
        ? t("continue")
        : t("read");
  return (
    <section aria-labelledby="my-assignments" className="mt-8">
      <h2 id="my-assignments" className="font-serif text-2xl font-semibold">
        {t("title")}
      </h2>
      {classes.map((cls) => (
        <div key={cls.id} className="mt-4">
          <h3 className="text-lg font-semibold">{t("classLine", { className: cls.name, name: cls.studentName })}</h3>
          {cls.assignments.length === 0 && <p className="mt-2 rounded-md bg-panel px-4 py-3">{t("empty")}</p>}
          <ul className="mt-2 space-y-3">
            {cls.assignments.map((assignment) => {
              const name = names.find((candidate) => candidate.key === assignment.exerciseKey);
              const submitted = assignment.status === "submitted" || assignment.status === "commented" || assignment.status === "returned";
              return (
                <li key={assignment.id} className="card">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <h4 className="font-serif text-lg font-semibold" lang={name?.lang}>
                      {name?.text ?? assignment.exerciseKey}
                    </h4>
                    <span className="flex flex-wrap gap-1">
                      {assignment.closed && <Badge>{t("closed")}</Badge>}
                      {assignment.commented && assignment.status !== "commented" && <Badge tone="info">{t("status.commented")}</Badge>}
                      <Badge tone={TONE[assignment.status]}>{t(`status.${assignment.status}`)}</Badge>
                    </span>
                  </div>
                  <p className="mt-1 text-sm text-muted">
                    {assignment.dueAt ? t("due", { date: formatDate(assignment.dueAt.slice(0, 10), locale) }) : t("noDue")}
                  </p>
                  <div className="mt-3 flex flex-wrap gap-2">
                    <Link href={assignmentReaderPath(assignment.articleSlug, assignment.id)} className={submitted ? SECONDARY_LINK : LINK_BUTTON}>
                      {readLabel(assignment)}
                    </Link>
                    {submitted && assignment.attempt && (
                      <Link href={`/my-work/${assignment.attempt.id}`} className={LINK_BUTTON}>
                        {t("seeResult")}
                      </Link>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
