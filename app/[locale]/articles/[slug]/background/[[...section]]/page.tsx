import { notFound } from "next/navigation";
import { BackgroundPanel } from "@/components/background/background-panel";
import { isBackgroundSection } from "@/lib/background/sections";
import { getContent } from "@/lib/content";

type Props = Readonly<{ params: Promise<{ slug: string; section?: string[] }> }>;

/** The reader with the background tab open on one section (the overview when none is named). */
export default async function ArticleBackgroundPage({ params }: Props) {
  const { slug, section = [] } = await params;
  const [name = "overview", ...rest] = section;
  if (rest.length > 0 || !isBackgroundSection(name)) notFound();
  return <BackgroundPanel content={await getContent()} slug={slug} section={name} />;
}
