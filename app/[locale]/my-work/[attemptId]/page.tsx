import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AttemptResults } from "@/components/results/attempt-results";
import { ComparisonResults } from "@/components/results/comparison-results";
import { getOwnAttemptWithAnswers } from "@/lib/attempts/queries";
import { getViewer } from "@/lib/auth/session";
import { getContent } from "@/lib/content";
import { COMPARISON_EXERCISE_KEY } from "@/lib/exercises/keys";
import { buildResults } from "@/lib/results/results";

type Props = Readonly<{ params: Promise<{ locale: string; attemptId: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "results" });
  return { title: t("title") };
}

/** The commentary of a submitted attempt. Another learner's attempt reads as not found. */
export default async function AttemptResultsPage({ params }: Props) {
  const { locale, attemptId } = await params;
  setRequestLocale(locale);
  const viewer = await getViewer();
  const attempt = viewer ? await getOwnAttemptWithAnswers(viewer, attemptId) : null;
  if (!attempt) notFound();
  const isComparison = attempt.exerciseKey === COMPARISON_EXERCISE_KEY;
  if (attempt.status === "IN_PROGRESS") redirect(isComparison ? `/${locale}/compare/exercise` : `/${locale}/articles/${attempt.articleSlug}`);
  const content = await getContent();
  if (isComparison) return <ComparisonResults attempt={attempt} content={content} />;
  const article = content.articles.find((candidate) => candidate.slug === attempt.articleSlug);
  if (!article) notFound();
  return <AttemptResults attempt={attempt} article={article} content={content} results={buildResults(attempt, article, content)} />;
}
