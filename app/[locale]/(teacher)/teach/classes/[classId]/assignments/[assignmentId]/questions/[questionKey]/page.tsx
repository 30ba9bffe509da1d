import type { Metadata } from "next";
import { notFound } from "@/lib/http/not-found";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AnswerCard } from "@/components/review/answer-card";
import { AssignmentHeader } from "@/components/review/assignment-header";
import { ChoiceGroups } from "@/components/review/choice-groups";
import { PinnedPassages } from "@/components/review/pinned-passages";
import { ProjectionView } from "@/components/review/projection-view";
import { ReviewToolbar } from "@/components/review/review-toolbar";
import { RubricLevels } from "@/components/review/rubric-levels";
import { ShowFilterLinks } from "@/components/review/show-filter-links";
import { isAnswered } from "@/lib/question-types/registry";
import { passagesOf } from "@/lib/question-types/values";
import { requireTeacher } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/config";
import { getContent } from "@/lib/content";
import { answerAnchor, questionReviewPath, studentReviewPath } from "@/lib/review/paths";
import { GroupFilter } from "@/components/review/group-filter";
import { listGroups } from "@/lib/classes/groups";
import { idSchema } from "@/lib/ids";
import { getQuestionReview } from "@/lib/review/queries";
import { reviewQuestions } from "@/lib/review/questions";
import { reviewModeOf, type ReviewSearch } from "@/lib/review/mode";
import { answersToReview } from "@/lib/review/order";
import { routeParams } from "@/lib/http/route-params";

type Props = Readonly<{ params: Promise<{ locale: string; classId: string; assignmentId: string; questionKey: string }>; searchParams: Promise<ReviewSearch> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "review" });
  return { title: t("tabs.byQuestion") };
}

/**
 * /[locale]/teach/classes/[classId]/assignments/[assignmentId]/questions/[questionKey] — one
 * question, every student's answer side by side with the passages it points to; closed questions
 * grouped by choice; answers first, ?show= keeps only those who answered or handed in;
 * ?mode=projection shows one answer at a time for the class, ?blind=1 hides names (students go by
 * their number, lib/review/pseudonyms.ts). One statement for the class's answers, names and feedback drafts.
 */
export default async function QuestionReviewPage({ params, searchParams }: Props) {
  const { locale, classId, assignmentId, questionKey } = await routeParams(params);
  setRequestLocale(locale);
  const viewer = await requireTeacher();
  const search = await searchParams;
  // ?group= (untrusted): one group of the class's students; a group of another class shows no one.
  const requestedGroup = idSchema.safeParse(search.group).data ?? null;
  const [review, content, t, mode, groups] = await Promise.all([
    getQuestionReview(viewer, classId, assignmentId, questionKey, requestedGroup),
    getContent(),
    getTranslations("review"),
    reviewModeOf(search),
    listGroups(viewer, classId),
  ]);
  if (!review) notFound(locale);
  const { assignment, bank } = review;
  const questions = reviewQuestions(content, assignment, locale as AppLocale);
  const index = questions.findIndex((question) => question.key === questionKey);
  const current = questions[index];
  if (!current) notFound(locale);
  const article = content.articles.find((candidate) => candidate.slug === assignment.articleSlug);
  const hide = mode.blind || mode.projection;
  // Answered first, in name order or, names hidden, in the students' numbers (never the roll call).
  const answers = answersToReview(review.answers, hide, mode.projection ? "answered" : mode.show);
  const label = (answer: (typeof answers)[number]) => (hide ? t("pseudonym", { number: answer.number }) : answer.name);
  const link = (key: string | undefined) => (key ? questionReviewPath(classId, assignmentId, key) : null);
  const neighbours = { previous: link(questions[index - 1]?.key), next: link(questions[index + 1]?.key) };

  if (mode.projection) {
    return (
      <ProjectionView
        answers={answers}
        question={current}
        content={content}
        position={mode.position}
        base={questionReviewPath(classId, assignmentId, questionKey)}
      />
    );
  }
  const rangesOf = (value: unknown) => (current.question ? passagesOf(current.question, value) : []);
  const blocks = [...(current.question?.paragraphs ?? []), ...answers.flatMap((answer) => rangesOf(answer.value).map((range) => range.block))];
  return (
    <>
      <AssignmentHeader assignment={assignment} content={content} heading={t("questionHeading", { number: current.number })} />
      <ReviewToolbar
        neighbours={neighbours}
        blind={mode.blind}
        here={questionReviewPath(classId, assignmentId, questionKey)}
        labels={{ previous: t("previousQuestion"), next: t("nextQuestion") }}
        projection
      />
      <GroupFilter here={questionReviewPath(classId, assignmentId, questionKey)} groups={groups} current={requestedGroup} />
      <div className="mt-4">
        <p className="text-xl font-medium">{current.prompt}</p>
        <RubricLevels rubric={current.rubric} />
      </div>
      {current.question && <ChoiceGroups question={current.question} answers={answers.map((answer) => ({ label: label(answer), value: answer.value }))} />}
      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section aria-labelledby="answers-title">
          <h2 id="answers-title" className="text-xl font-semibold">
            {t("answersTitle", { count: review.answers.filter((answer) => isAnswered(answer.value)).length, total: review.answers.length })}
          </h2>
          <ShowFilterLinks here={questionReviewPath(classId, assignmentId, questionKey)} blind={mode.blind} current={mode.show} answers={review.answers} />
          <ul className="mt-3 grid gap-4 xl:grid-cols-2">
            {answers.map((answer) => (
              <li key={answer.enrolmentId}>
                <AnswerCard
                  answer={answer}
                  heading={label(answer)}
                  person={hide ? { number: answer.number } : { name: answer.name }}
                  anchor={`student-${answer.enrolmentId}`}
                  question={current}
                  content={content}
                  bank={bank}
                  rubricAbove
                  elsewhere={{
                    href: `${studentReviewPath(classId, assignmentId, answer.enrolmentId)}${mode.blind ? "?blind=1" : ""}#${answerAnchor(questionKey)}`,
                    text: t("wholeAttempt"),
                  }}
                />
              </li>
            ))}
          </ul>
        </section>
        {article && (
          <PinnedPassages
            article={article}
            blocks={[...new Set(blocks)]}
            ranges={answers.flatMap((answer) => rangesOf(answer.value))}
            students={answers.length}
          />
        )}
      </div>
    </>
  );
}
