import { notFound } from "next/navigation";
import { ReaderPanels } from "@/components/reader/reader-panels";
import { getArticle } from "@/lib/content";

type Props = Readonly<{ params: Promise<{ slug: string }> }>;

/** The reader with the questions tab open (the questions themselves live in the layout). */
export default async function ArticlePage({ params }: Props) {
  const { content, article } = await getArticle((await params).slug);
  if (!article) notFound();
  return <ReaderPanels article={article} content={content} active="questions" />;
}
