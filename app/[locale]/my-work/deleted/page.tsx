import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DeletedNotice } from "@/components/privacy/deleted-notice";

type Props = Readonly<{ params: Promise<{ locale: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "myWork" });
  return { title: t("erasedTitle"), robots: { index: false } };
}

/** /[locale]/my-work/deleted — where a guest lands once their work is erased and their session gone. */
export default async function WorkErasedPage({ params }: Props) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("myWork");
  return <DeletedNotice title={t("erasedTitle")} body={t("erasedBody")} />;
}
