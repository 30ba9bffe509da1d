import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DeletedNotice } from "@/components/privacy/deleted-notice";

type Props = Readonly<{ params: Promise<{ locale: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth" });
  return { title: t("accountDeletedTitle"), robots: { index: false } };
}

/** /[locale]/account-deleted — where a teacher lands once their account is deleted and they are signed out. */
export default async function AccountDeletedPage({ params }: Props) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("auth");
  return <DeletedNotice title={t("accountDeletedTitle")} body={t("accountDeletedBody")} />;
}
