import type { Metadata } from "next";
import { notFound } from "@/lib/http/not-found";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleText } from "@/components/article/article-text";
import { HtmlOnly } from "@/components/html-only/html-only";
import { AnswerCard } from "@/components/review/answer-card";
import { AssignmentHeader } from "@/components/review/assignment-header";
import { ReviewToolbar } from "@/components/review/review-toolbar";
import { StudentActions } from "@/components/review/student-actions";
import { StudentPicker } from "@/components/review/student-picker";
import { requireTeacher } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/config";
import { getContent } from "@/lib/content";
import { ofPerson } from "@/lib/format/people";
import { reviewModeOf, type ReviewSearch } from "@/lib/review/mode";
import { neighboursOf } from "@/lib/review/order";
import { answerAnchor, assignmentPath, questionReviewPath, studentReviewPath } from "@/lib/review/paths";
import { getStudentReview } from "@/lib/review/queries";
import { reviewQuestions } from "@/lib/review/questions";
import { routeParams } from "@/lib/http/route-params";

type Props = Readonly<{ params: Promise<{ locale: string; classId: string; assignmentId: string; enrolmentId: string }>; searchParams: Promise<ReviewSearch> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "review" });
  return { title: t("tabs.byStudent") };
}

/**
 * /[locale]/teach/classes/[classId]/assignments/[assignmentId]/students/[enrolmentId] — one
 * student's whole attempt beside the article, feedback on each answer, release and return for
 * revision; previous/next student with links and j/k or [ ]. One statement for the student's data.
 */
export default async function StudentReviewPage({ params, searchParams }: Props) {
  const { locale, classId, assignmentId, enrolmentId } = await routeParams(params);
  setRequestLocale(locale);
  const viewer = await requireTeacher();
  const [review, content, t, people, mode] = await Promise.all([
    getStudentReview(viewer, classId, assignmentId, enrolmentId),
    getContent(),
    getTranslations("review"),
    getTranslations("people"),
    reviewModeOf(await searchParams),
  ]);
  if (!review) notFound(locale);
  const { assignment, student, roster, bank } = review;
  const person = mode.blind ? { number: student.number } : { name: student.name };
  const name = mode.blind ? t("pseudonym", { number: student.number }) : student.name;
  const article = content.articles.find((candidate) => candidate.slug === assignment.articleSlug);
  const link = (id: string | null) => (id ? studentReviewPath(classId, assignmentId, id) : null);
  const questions = reviewQuestions(content, assignment, locale as AppLocale);
  const { previous, next } = neighboursOf(roster, enrolmentId, mode.blind);
  return (
    <>
      <AssignmentHeader assignment={assignment} content={content} heading={name} />
      <StudentPicker action={`/${locale}${assignmentPath(classId, assignmentId)}/students`} roster={roster} current={enrolmentId} blind={mode.blind} />
      <ReviewToolbar
        neighbours={{ previous: link(previous), next: link(next) }}
        labels={{ previous: t("previousStudent"), next: t("nextStudent") }}
        here={studentReviewPath(classId, assignmentId, enrolmentId)}
        blind={mode.blind}
        keys={{ previous: ["k"], next: ["j"] }}
      />
      <StudentActions
        classId={classId}
        assignmentId={assignmentId}
        enrolmentId={enrolmentId}
        name={name}
        of={ofPerson(people, person)}
        attempt={student.attempt}
        returnedAt={student.returnedAt}
      />
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        {article && (
          <section
            aria-labelledby="article-title"
            className="rounded-lg border border-line bg-surface p-4 lg:sticky lg:top-4 lg:max-h-[90vh] lg:overflow-y-auto"
          >
            <h2 id="article-title" className="font-serif text-xl font-semibold" lang="fr">
              {article.title.fr}
            </h2>
            <HtmlOnly id={`review-article-${locale}-${article.slug}`} className="mt-3">
              <ArticleText article={article} />
            </HtmlOnly>
          </section>
        )}
        <section aria-labelledby="attempt-title">
          <h2 id="attempt-title" className="text-xl font-semibold">
            {t("attemptTitle")}
          </h2>
          <ol className="mt-3 space-y-4">
            {questions.map((question) => {
              const stored = student.answers[question.key];
              return (
                <li key={question.key}>
                  <AnswerCard
                    answer={{
                      ...roster.find((entry) => entry.enrolmentId === student.enrolmentId)!,
                      attempt: student.attempt,
                      answerId: stored?.answerId ?? null,
                      value: stored?.value ?? null,
                      savedAt: stored?.savedAt ?? null,
                      feedback: stored?.feedback ?? null,
                    }}
                    heading={`${t("questionHeading", { number: question.number })} · ${question.prompt}`}
                    person={person}
                    anchor={answerAnchor(question.key)}
                    question={question}
                    content={content}
                    bank={bank}
                    elsewhere={{ href: `${questionReviewPath(classId, assignmentId, question.key)}${mode.blind ? "?blind=1" : ""}`, text: t("wholeClass") }}
                  />
                </li>
              );
            })}
          </ol>
        </section>
      </div>
    </>
  );
}
