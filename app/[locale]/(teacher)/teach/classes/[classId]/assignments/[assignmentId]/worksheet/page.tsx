import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PaperToolbar } from "@/components/paper/paper-toolbar";
import { Worksheet } from "@/components/paper/worksheet";
import { getAssignmentForPaper } from "@/lib/assignments/queries";
import { articleQuestions, questionKeysOf } from "@/lib/assignments/questions";
import { requireTeacher } from "@/lib/auth/session";
import { formatJoinCode } from "@/lib/classes/codes";
import { getContent } from "@/lib/content";
import { notFound } from "@/lib/http/not-found";
import { studentAddress } from "@/lib/http/origin";
import { routeParams } from "@/lib/http/route-params";
import { assignmentPath } from "@/lib/review/paths";

type Props = Readonly<{ params: Promise<{ locale: string; classId: string; assignmentId: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "paper" });
  return { title: t("worksheetTitle") };
}

/**
 * /[locale]/teach/classes/[classId]/assignments/[assignmentId]/worksheet — the assignment's
 * worksheet to print: its article and its questions (lib/assignments/questions.ts questionKeysOf),
 * with the class's code and the address to go online later. One statement; "not found" for anyone
 * but the class's teacher, and for the comparison exercise (no article to print).
 */
export default async function AssignmentWorksheetPage({ params }: Props) {
  const { locale, classId, assignmentId } = await routeParams(params);
  setRequestLocale(locale);
  const viewer = await requireTeacher();
  const [review, assignment, content, address] = await Promise.all([
    getTranslations("review"),
    getAssignmentForPaper(viewer, assignmentId),
    getContent(),
    studentAddress(),
  ]);
  const article = content.articles.find((candidate) => candidate.slug === assignment?.articleSlug);
  if (!assignment || assignment.classId !== classId || !article) notFound(locale);
  return (
    <div className="mt-6">
      <PaperToolbar back={{ href: assignmentPath(classId, assignmentId), label: review("progressHeading") }} />
      <Worksheet
        article={article}
        content={content}
        questionKeys={questionKeysOf(assignment, articleQuestions(content, article.slug))}
        forClass={{ name: assignment.className, code: formatJoinCode(assignment.joinCode), joinUrl: `${address.origin}/${locale}/join` }}
      />
    </div>
  );
}
