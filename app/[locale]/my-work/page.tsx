import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MyWorkView } from "@/components/my-work/my-work-view";
import { listSelfStudyAttempts } from "@/lib/attempts/queries";
import { getViewer } from "@/lib/auth/session";
import { getContent } from "@/lib/content";

type Props = Readonly<{ params: Promise<{ locale: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "myWork" });
  return { title: t("title") };
}

export default async function MyWorkPage({ params }: Props) {
  setRequestLocale((await params).locale);
  const viewer = await getViewer();
  const [content, attempts] = await Promise.all([getContent(), viewer ? listSelfStudyAttempts(viewer) : []]);
  return <MyWorkView content={content} attempts={attempts} />;
}
