import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EraseWorkView } from "@/components/my-work/erase-work-view";
import { listSelfStudyAttempts } from "@/lib/attempts/queries";
import { getViewer } from "@/lib/auth/session";
import { getContent } from "@/lib/content";
import { mayEraseGuestWork } from "@/lib/erasure/policy";
import { ERROR_STATUS, type ErrorCode } from "@/lib/errors";
import { notFound } from "@/lib/http/not-found";

type Props = Readonly<{ params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "myWork" });
  return { title: t("eraseTitle") };
}

/** /[locale]/my-work/delete — a guest confirms erasing their work; anyone else reads "not found". */
export default async function EraseWorkPage({ params, searchParams }: Props) {
  const [{ locale }, { error }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (!mayEraseGuestWork(viewer)) notFound(locale);
  const [content, attempts] = await Promise.all([getContent(), listSelfStudyAttempts(viewer)]);
  const code = error && error in ERROR_STATUS ? (error as ErrorCode) : null;
  return <EraseWorkView content={content} attempts={attempts} locale={locale === "en" ? "en" : "fr"} error={code} />;
}
