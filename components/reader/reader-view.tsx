import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ArticleHeader } from "@/components/article/article-header";
import { ArticleText, type ClaimMark } from "@/components/article/article-text";
import type { Article, Content } from "@/lib/content";
import { PhoneSwitcher } from "./phone-switcher";
import { ReaderTabs } from "./reader-tabs";

type Props = Readonly<{
  article: Article;
  content: Content;
  marks: readonly ClaimMark[];
  questions: ReactNode;
  /** The route's claims and background panels (see ReaderPanels). */
  children: ReactNode;
}>;

/**
 * The reader: the article in a readable column with the side panel beside it on a laptop (sticky,
 * scrolling on its own), or stacked below it on a phone.
 */
export async function ReaderView({ article, content, marks, questions, children }: Props) {
  const t = await getTranslations("reader");
  return (
    <div className="mx-auto max-w-7xl px-4 py-6">
      <PhoneSwitcher slug={article.slug} />
      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_minmax(22rem,30rem)] lg:gap-10">
        <article id="article" aria-labelledby="article-title" className="max-w-[68ch]">
          <ArticleHeader article={article} content={content} />
          <ArticleText article={article} claims={marks} />
        </article>
        <aside aria-label={t("panels")} className="mt-10 lg:sticky lg:top-20 lg:mt-0 lg:max-h-[calc(100dvh-6rem)] lg:overflow-y-auto lg:pr-1">
          <ReaderTabs
            label={t("panels")}
            tabs={[
              { id: "questions", label: t("questionsTab"), href: `/articles/${article.slug}` },
              { id: "claims", label: t("claimsTab"), href: `/articles/${article.slug}/claims` },
              { id: "background", label: t("backgroundTab"), href: `/articles/${article.slug}/background` },
            ]}
            questions={questions}
          >
            {children}
          </ReaderTabs>
        </aside>
      </div>
    </div>
  );
}
