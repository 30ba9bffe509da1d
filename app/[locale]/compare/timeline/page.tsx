import { setRequestLocale } from "next-intl/server";
import { ArticleTimeline } from "@/components/compare/article-timeline";
import { compareMetadata, ComparePage } from "@/components/compare/compare-page";
import { getContent } from "@/lib/content";

type Props = Readonly<{ params: Promise<{ locale: string }> }>;

export const generateMetadata = compareMetadata("timeline");

export default async function TimelinePage({ params }: Props) {
  setRequestLocale((await params).locale);
  return (
    <ComparePage section="timeline" width="max-w-4xl">
      <ArticleTimeline content={await getContent()} />
    </ComparePage>
  );
}
