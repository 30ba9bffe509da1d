import { notFound } from "next/navigation";
import { ReaderPanels } from "@/components/reader/reader-panels";
import { getArticle } from "@/lib/content";

type Props = Readonly<{ params: Promise<{ slug: string }> }>;

/** The reader with the claims tab open: the article's checked claims beside the text. */
export default async function ArticleClaimsPage({ params }: Props) {
  const { content, article } = await getArticle((await params).slug);
  if (!article) notFound();
  return <ReaderPanels article={article} content={content} active="claims" />;
}
