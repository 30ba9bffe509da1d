import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PrivacyView } from "@/components/privacy/privacy-view";

type Props = Readonly<{ params: Promise<{ locale: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "privacy" });
  return { title: t("footerLink"), description: t("metaDescription") };
}

/** /[locale]/privacy — what is stored about a student, for how long, how a teacher deletes it. Static. */
export default async function PrivacyPage({ params }: Props) {
  setRequestLocale((await params).locale);
  return <PrivacyView />;
}
