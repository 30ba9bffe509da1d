import { notFound } from "@/lib/http/not-found";
import { setRequestLocale } from "next-intl/server";
import { ReaderPanels } from "@/components/reader/reader-panels";
import { getArticle } from "@/lib/content";

type Props = Readonly<{ params: Promise<{ locale: string; slug: string }> }>;

/** The reader with the questions tab open (the questions themselves live in the layout). */
export default async function ArticlePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale); // here too: pages and layouts render apart, and each must stay static
  const { content, article } = await getArticle(slug);
  if (!article) notFound(locale);
  return <ReaderPanels article={article} content={content} active="questions" />;
}
