import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleTimeline } from "@/components/compare/article-timeline";
import { CompareNav } from "@/components/compare/compare-nav";
import { getContent } from "@/lib/content";

type Props = Readonly<{ params: Promise<{ locale: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "compare" });
  return { title: t("timelineTitle") };
}

export default async function TimelinePage({ params }: Props) {
  setRequestLocale((await params).locale);
  const [t, content] = await Promise.all([getTranslations("compare"), getContent()]);
  return (
    <>
      <CompareNav current="timeline" />
      <div className="mx-auto max-w-4xl px-4 py-6">
        <h1 className="font-serif text-3xl font-semibold">{t("timelineTitle")}</h1>
        <p className="mt-2 leading-relaxed">{t("timelineIntro")}</p>
        <ArticleTimeline content={content} />
      </div>
    </>
  );
}
