import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { ClaimsPanel } from "@/components/claims/claims-panel";
import { QuestionsPanel } from "@/components/questions/questions-panel";
import { ReaderView } from "@/components/reader/reader-view";
import { getSelfStudyAttempts } from "@/lib/attempts/queries";
import { exerciseKeyForArticle } from "@/lib/exercises/keys";
import { getViewer } from "@/lib/auth/session";
import { locatedClaims } from "@/lib/claims/located";
import type { AppLocale } from "@/lib/config";
import { getContent } from "@/lib/content";

type Props = Readonly<{ children: ReactNode; params: Promise<{ locale: string; slug: string }> }>;

async function findArticle(slug: string) {
  const content = await getContent();
  return { content, article: content.articles.find((candidate) => candidate.slug === slug) };
}

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale, slug } = await params;
  const { article } = await findArticle(slug);
  return article ? { title: article.title[locale as AppLocale] } : {};
}

/**
 * The reader around both panels: the article and the questions stay mounted while the side panel
 * switches between questions (this segment's page) and background (…/background).
 */
export default async function ReaderLayout({ children, params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const { content, article } = await findArticle(slug);
  if (!article) notFound();
  const viewer = await getViewer();
  const { open, lastSubmitted } = viewer ? await getSelfStudyAttempts(viewer, exerciseKeyForArticle(slug)) : { open: null, lastSubmitted: null };
  const questions = content.questionSets[slug]?.questions ?? [];
  const claims = locatedClaims(article, content);

  return (
    <ReaderView
      article={article}
      content={content}
      questions={
        <QuestionsPanel
          article={article}
          questions={questions}
          techniques={content.techniques}
          attempt={open}
          lastSubmitted={lastSubmitted}
          isGuest={viewer?.isGuest ?? true}
        />
      }
      claims={<ClaimsPanel slug={slug} claims={claims} content={content} />}
      marks={claims}
      background={children}
    />
  );
}
