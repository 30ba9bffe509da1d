import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ArticleHeader } from "@/components/article/article-header";
import { ArticleText, type ClaimMark } from "@/components/article/article-text";
import { DisplaySettingsControl } from "@/components/display/display-settings";
import { TeacherGuideLink } from "@/components/guides/teacher-guide-link";
import { HtmlOnly } from "@/components/html-only/html-only";
import { getPathname } from "@/i18n/navigation";
import { ClientMessages } from "@/i18n/client-messages";
import { guidePath } from "@/lib/guides/paths";
import type { Article, Content } from "@/lib/content";
import { GlossOpener } from "./gloss-opener";
import { PhoneSwitcher } from "./phone-switcher";
import { ReadAloud } from "./read-aloud";
import { ReaderTabs } from "./reader-tabs";
import { TextViewSwitch } from "./text-view-switch";

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
  const [t, guides, articleWords, locale] = await Promise.all([getTranslations("reader"), getTranslations("guides"), getTranslations("article"), getLocale()]);
  return (
    <div className="mx-auto max-w-7xl px-4 py-6">
      <PhoneSwitcher slug={article.slug} />
      <div className="reader-grid">
        <article id="article" aria-labelledby="article-title" className="relative max-w-[68ch]">
          {/* Beside "back to the articles", out of the flow: the guide's link appearing for a teacher moves nothing. */}
          <div className="absolute top-0 right-0 flex items-center gap-3">
            <TeacherGuideLink href={getPathname({ href: guidePath(article.slug), locale })} label={guides("teacherGuide")} />
            <DisplaySettingsControl />
          </div>
          {/* The text and its header are in the HTML only: nothing in them is interactive. */}
          <HtmlOnly id={`article-header-${locale}-${article.slug}`}>
            <ArticleHeader article={article} content={content} />
          </HtmlOnly>
          {/* Between the header and the text: where reading starts, never over the text. */}
          <ClientMessages part="reading">
            <ReadAloud root="article" />
          </ClientMessages>
          <TextViewSwitch
            locale={locale}
            labels={{
              legend: articleWords("textView"),
              hint: articleWords("textViewHint"),
              original: articleWords("textViewOriginal"),
              under: articleWords("textViewUnder"),
              beside: articleWords("textViewBeside"),
            }}
          />
          <HtmlOnly id={`article-${locale}-${article.slug}`}>
            <ArticleText article={article} claims={marks} glossary={content.background.glossary} translated />
          </HtmlOnly>
          <GlossOpener root="article" />
        </article>
        <aside aria-label={t("panels")} className="reader-aside">
          <ReaderTabs
            label={t("panels")}
            tabs={[
              { id: "questions", label: t("questionsTab"), href: `/articles/${article.slug}` },
              { id: "claims", label: t("claimsTab"), href: `/articles/${article.slug}/claims` },
              { id: "background", label: t("backgroundTab"), href: `/articles/${article.slug}/background` },
            ]}
            questions={<ClientMessages part="answering">{questions}</ClientMessages>}
          >
            {children}
          </ReaderTabs>
        </aside>
      </div>
    </div>
  );
}
