import { notFound } from "@/lib/http/not-found";
import { setRequestLocale } from "next-intl/server";
import { ReaderPanels } from "@/components/reader/reader-panels";
import { BACKGROUND_SECTIONS, isBackgroundSection } from "@/lib/background/sections";
import { getArticle } from "@/lib/content";

type Props = Readonly<{ params: Promise<{ locale: string; slug: string; section?: string[] }> }>;

/** Every section of every article is prerendered (the slugs come from the layout); any other is an address no page has. */
export const dynamicParams = false;

export function generateStaticParams() {
  return [{ section: [] }, ...BACKGROUND_SECTIONS.map((section) => ({ section: [section] }))];
}

/** The reader with the background tab open on one section (the overview when none is named). */
export default async function ArticleBackgroundPage({ params }: Props) {
  const { locale, slug, section = [] } = await params;
  setRequestLocale(locale);
  const [name = "overview", ...rest] = section;
  if (rest.length > 0 || !isBackgroundSection(name)) notFound(locale);
  const { content, article } = await getArticle(slug);
  if (!article) notFound(locale);
  return <ReaderPanels article={article} content={content} active="background" section={name} />;
}
