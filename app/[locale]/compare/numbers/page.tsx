import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CompareNav } from "@/components/compare/compare-nav";
import { NumbersTable } from "@/components/compare/numbers-table";
import { getContent } from "@/lib/content";

type Props = Readonly<{ params: Promise<{ locale: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "compare" });
  return { title: t("numbersTitle") };
}

export default async function NumbersPage({ params }: Props) {
  setRequestLocale((await params).locale);
  const [t, content] = await Promise.all([getTranslations("compare"), getContent()]);
  return (
    <>
      <CompareNav current="numbers" />
      <div className="mx-auto max-w-6xl px-4 py-6">
        <h1 className="font-serif text-3xl font-semibold">{t("numbersTitle")}</h1>
        <p className="mt-2 max-w-3xl leading-relaxed">{t("numbersIntro")}</p>
        <NumbersTable content={content} />
      </div>
    </>
  );
}
