import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import { exerciseNames } from "@/lib/exercises/names";
import { guidePath, guideSubjectForExercise, keyPath } from "@/lib/guides/paths";
import { formatDate } from "@/lib/format/dates";
import { assignmentPath } from "@/lib/review/paths";
import type { AssignmentHead } from "@/lib/review/queries";

type Props = Readonly<{ assignment: AssignmentHead; content: Content; heading?: string }>;

/** Above every review screen: back to the class, what was assigned (and its teacher's guide), due when, open or closed. */
export async function AssignmentHeader({ assignment, content, heading }: Props) {
  const [t, teach, exercise, paper, guides, locale] = await Promise.all([
    getTranslations("review"),
    getTranslations("teach"),
    getTranslations("exercise"),
    getTranslations("paper"),
    getTranslations("guides"),
    getLocale() as Promise<AppLocale>,
  ]);
  const name = exerciseNames(content, locale, exercise("title")).find((candidate) => candidate.key === assignment.exerciseKey);
  const guide = guideSubjectForExercise(
    assignment.exerciseKey,
    content.articles.map((article) => article.slug),
  );
  return (
    <header className="mt-4">
      <Link href={`/teach/classes/${assignment.classId}`} className="text-sm text-link">
        ← {assignment.className}
      </Link>
      <p className="mt-1 text-sm text-muted">
        <span lang={name?.lang}>{name?.text ?? assignment.exerciseKey}</span>
      </p>
      <h1 className="font-serif text-3xl font-semibold">{heading ?? t("progressHeading")}</h1>
      <p className="mt-1 text-sm text-muted">
        {assignment.dueAt ? teach("due", { date: formatDate(assignment.dueAt.slice(0, 10), locale) }) : teach("noDue")} ·{" "}
        {assignment.closed ? teach("closed") : teach("open")} · {teach(`reveal.${assignment.revealPolicy}`)}
        {assignment.releasedAt && ` · ${teach("released")}`}
      </p>
      {/* Preparing the lesson: the teacher's guide, the answer key, the worksheet (no key or worksheet for the comparison). */}
      <p className="mt-1 flex flex-wrap gap-x-4 text-sm">
        {guide && (
          <Link href={guidePath(guide)} className="text-link">
            {guides("teacherGuide")}
          </Link>
        )}
        {assignment.articleSlug && (
          <>
            <Link href={keyPath(assignment.articleSlug)} className="text-link">
              {paper("keyLink")}
            </Link>
            <Link href={`${assignmentPath(assignment.classId, assignment.id)}/worksheet`} className="text-link">
              {paper("worksheetLink")}
            </Link>
          </>
        )}
      </p>
    </header>
  );
}
