import { notFound } from "next/navigation";
import { ReaderPanels } from "@/components/reader/reader-panels";
import { isBackgroundSection } from "@/lib/background/sections";
import { getArticle } from "@/lib/content";

type Props = Readonly<{ params: Promise<{ slug: string; section?: string[] }> }>;

/** The reader with the background tab open on one section (the overview when none is named). */
export default async function ArticleBackgroundPage({ params }: Props) {
  const { slug, section = [] } = await params;
  const [name = "overview", ...rest] = section;
  if (rest.length > 0 || !isBackgroundSection(name)) notFound();
  const { content, article } = await getArticle(slug);
  if (!article) notFound();
  return <ReaderPanels article={article} content={content} active="background" section={name} />;
}
