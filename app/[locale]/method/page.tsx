import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MethodView } from "@/components/method/method-view";
import { getContent } from "@/lib/content";

type Props = Readonly<{ params: Promise<{ locale: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "method" });
  return { title: t("title"), description: t("metaDescription") };
}

/** /[locale]/method — how claims are checked, and the dated corrections. The same for everyone. */
export default async function MethodPage({ params }: Props) {
  setRequestLocale((await params).locale);
  return <MethodView content={await getContent()} />;
}
