import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { notFound } from "@/lib/http/not-found";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleTitle } from "@/components/article/article-title";
import { AttemptResults } from "@/components/results/attempt-results";
import { ComparisonResults } from "@/components/results/comparison-results";
import { HandedInNotice } from "@/components/results/handed-in-notice";
import { HeldNotice } from "@/components/results/held-notice";
import { ReleasedFeedbackList } from "@/components/results/released-feedback-list";
import { getAttemptResultsView } from "@/lib/attempts/queries";
import { getPageViewer } from "@/lib/auth/session";
import { getContent } from "@/lib/content";
import { assignmentReaderPath } from "@/lib/exercises/names";
import { COMPARISON_EXERCISE_KEY } from "@/lib/exercises/keys";
import { articleQuestions, questionsShownBy } from "@/lib/assignments/questions";
import { buildResults } from "@/lib/results/results";
import { routeParams } from "@/lib/http/route-params";

type Props = Readonly<{ params: Promise<{ locale: string; attemptId: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "results" });
  return { title: t("title") };
}

/**
 * The commentary of a submitted attempt, or, for an assignment whose reveal policy holds it back,
 * "waiting for your teacher" / "handed in"; for self-study held back by an assignment of the
 * learner's class, why. Another learner's attempt reads as not found.
 */
export default async function AttemptResultsPage({ params }: Props) {
  const { locale, attemptId } = await routeParams(params);
  setRequestLocale(locale);
  const viewer = await getPageViewer();
  const view = viewer ? await getAttemptResultsView(viewer, attemptId) : null;
  if (!view) notFound(locale);
  const { attempt, visibility, hold } = view;
  const isComparison = attempt.exerciseKey === COMPARISON_EXERCISE_KEY;
  const slug = isComparison ? null : attempt.articleSlug;
  if (attempt.status === "IN_PROGRESS") {
    redirect(`/${locale}${attempt.assignment ? assignmentReaderPath(slug, attempt.assignment.id) : isComparison ? "/compare/exercise" : `/articles/${slug}`}`);
  }
  const [content, exercise] = await Promise.all([getContent(), getTranslations("exercise")]);
  const article = content.articles.find((candidate) => candidate.slug === attempt.articleSlug);
  if (!isComparison && !article) notFound(locale);
  if (visibility !== "commentary" && attempt.assignment) {
    const title = article ? <ArticleTitle article={article} /> : exercise("resultsTitle");
    return (
      <HandedInNotice
        attempt={{ ...attempt, assignment: attempt.assignment }}
        title={title}
        visibility={visibility}
        rereadHref={assignmentReaderPath(slug, attempt.assignment.id)}
      >
        <ReleasedFeedbackList attempt={attempt} content={content} />
      </HandedInNotice>
    );
  }
  if (visibility !== "commentary" && hold) {
    return (
      <HeldNotice
        attempt={attempt}
        title={article ? <ArticleTitle article={article} /> : exercise("resultsTitle")}
        hold={hold}
        startAgainHref={slug ? `/articles/${slug}` : "/compare/exercise"}
      />
    );
  }
  if (isComparison || !article) return <ComparisonResults attempt={attempt} content={content} />;
  return (
    <AttemptResults
      attempt={attempt}
      article={article}
      content={content}
      results={buildResults(attempt, article, content, questionsShownBy(attempt.assignment, articleQuestions(content, article.slug)))}
    />
  );
}
