import { BackgroundPanel } from "@/components/background/background-panel";
import { getContent } from "@/lib/content";

type Props = Readonly<{ params: Promise<{ slug: string }> }>;

/** The reader with the background tab open: this article's source cards, then the shared background. */
export default async function ArticleBackgroundPage({ params }: Props) {
  return <BackgroundPanel content={await getContent()} slug={(await params).slug} />;
}
