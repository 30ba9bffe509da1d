import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { QuestionsPanel } from "@/components/questions/questions-panel";
import { controlExcerpts } from "@/lib/content/controls";
import { ReaderView } from "@/components/reader/reader-view";
import { locatedClaims } from "@/lib/claims/located";
import type { AppLocale } from "@/lib/config";
import { getArticle, getContent } from "@/lib/content";
import { notFound } from "@/lib/http/not-found";

type Props = Readonly<{ children: ReactNode; params: Promise<{ locale: string; slug: string }> }>;

/**
 * Every article is prerendered: the reader is the same for everyone (the learner's work is fetched
 * apart). Any other slug is an address no page has, answered by app/global-not-found.tsx.
 */
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getContent()).articles.map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale, slug } = await params;
  const { article } = await getArticle(slug);
  return article ? { title: article.title[locale as AppLocale] } : {};
}

/**
 * The reader: the article and the questions stay mounted while the side panel switches between
 * questions, claims (…/claims) and background (…/background); each route's page renders those two.
 */
export default async function ReaderLayout({ children, params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const { content, article } = await getArticle(slug);
  if (!article) notFound(locale);
  const questions = content.questionSets[slug]?.questions ?? [];

  return (
    <ReaderView
      article={article}
      content={content}
      questions={
        <QuestionsPanel
          article={article}
          questions={questions}
          techniques={content.techniques}
          sourceCards={content.sourceCards}
          claims={content.claims[slug]?.claims ?? []}
          controls={{ excerpts: controlExcerpts(content.annotations[slug]), sources: content.sources }}
        />
      }
      marks={locatedClaims(article, content)}
    >
      {children}
    </ReaderView>
  );
}
