import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ArticleProvenance } from "./article-provenance";
import { TechniqueGuide } from "@/components/questions/technique-guide";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/lib/config";
import { BACKGROUND_SECTIONS, backgroundHref, type BackgroundSection } from "@/lib/background/sections";
import type { Article, Content } from "@/lib/content";
import { FigureTables } from "./figure-tables";
import { GlossaryList } from "./glossary-list";
import { OverviewList } from "./overview-list";
import { SourceCardsFull } from "./source-cards";
import { SourcesList } from "./sources-list";
import { TimelineList } from "./timeline-list";

type Props = Readonly<{ content: Content; article: Article; section: BackgroundSection }>;

/** Neutral, sourced background, one section at a time: in brief (with where this article comes from and who speaks in it), timeline, figures, glossary, the persuasion techniques, sources. */
export async function BackgroundPanel({ content, article, section }: Props) {
  const slug = article.slug;
  const t = await getTranslations("background");
  const locale = (await getLocale()) as AppLocale;
  const body: Record<BackgroundSection, () => ReactNode> = {
    overview: () => (
      <>
        <ArticleProvenance article={article} content={content} />
        <SourceCardsFull slug={slug} content={content} />
        <section aria-labelledby="bg-overview-title" className="mt-8">
          <h3 id="bg-overview-title" className="text-lg font-semibold">
            {t("overview")}
          </h3>
          <OverviewList content={content} />
        </section>
      </>
    ),
    timeline: () => <TimelineList content={content} />,
    figures: () => <FigureTables content={content} />,
    glossary: () => <GlossaryList content={content} />,
    techniques: () => <TechniqueGuide techniques={content.techniques} locale={locale} />,
    sources: () => <SourcesList content={content} />,
  };

  return (
    <div>
      <h2 className="font-serif text-2xl font-semibold">{t("title")}</h2>
      <p className="mt-1 text-sm leading-relaxed text-muted">{t("intro")}</p>
      <nav aria-label={t("sections")} className="mt-3">
        <ul className="flex flex-wrap gap-2 text-sm">
          {BACKGROUND_SECTIONS.map((name) => (
            <li key={name}>
              <Link
                href={backgroundHref(slug, name)}
                scroll={false}
                aria-current={name === section ? "page" : undefined}
                className={`inline-block rounded-full border px-3 py-1 no-underline ${
                  name === section ? "border-accent bg-accent text-on-accent" : "border-line bg-surface text-accent hover:bg-accent-soft"
                }`}
              >
                {t(name)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {section === "overview" ? (
        body.overview()
      ) : (
        <section aria-labelledby="bg-section-title" className="mt-6">
          <h3 id="bg-section-title" className="text-lg font-semibold">
            {t(section)}
          </h3>
          {body[section]()}
        </section>
      )}
    </div>
  );
}
