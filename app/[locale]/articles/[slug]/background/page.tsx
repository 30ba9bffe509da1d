import { BackgroundPanel } from "@/components/background/background-panel";
import { getContent } from "@/lib/content";

/** The reader with the background tab open. */
export default async function ArticleBackgroundPage() {
  return <BackgroundPanel content={await getContent()} />;
}
