import { BackgroundTeaser } from "@/components/background/background-teaser";

type Props = Readonly<{ params: Promise<{ slug: string }> }>;

/** The reader with the claims tab open (the panels themselves live in the layout). */
export default async function ArticleClaimsPage({ params }: Props) {
  return <BackgroundTeaser slug={(await params).slug} />;
}
