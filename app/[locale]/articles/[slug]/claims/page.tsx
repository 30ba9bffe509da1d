import { notFound } from "@/lib/http/not-found";
import { setRequestLocale } from "next-intl/server";
import { ReaderPanels } from "@/components/reader/reader-panels";
import { getArticle } from "@/lib/content";

type Props = Readonly<{ params: Promise<{ locale: string; slug: string }> }>;

/** The reader with the claims tab open: the article's checked claims beside the text. */
export default async function ArticleClaimsPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const { content, article } = await getArticle(slug);
  if (!article) notFound(locale);
  return <ReaderPanels article={article} content={content} active="claims" />;
}
