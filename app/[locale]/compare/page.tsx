import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CompareNav } from "@/components/compare/compare-nav";
import { NarrativeMatrix } from "@/components/compare/narrative-matrix";
import { Link } from "@/i18n/navigation";
import { getContent } from "@/lib/content";

type Props = Readonly<{ params: Promise<{ locale: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "compare" });
  return { title: t("matrixTitle") };
}

export default async function ComparePage({ params }: Props) {
  setRequestLocale((await params).locale);
  const [t, content] = await Promise.all([getTranslations("compare"), getContent()]);
  return (
    <>
      <CompareNav current="matrix" />
      <div className="mx-auto max-w-6xl px-4 py-6">
        <h1 className="font-serif text-3xl font-semibold">{t("matrixTitle")}</h1>
        <p className="mt-2 max-w-3xl leading-relaxed">{t("matrixIntro")}</p>
        <p className="mt-3 max-w-3xl rounded border-l-4 border-accent bg-accent-soft px-4 py-3 text-sm">
          {t("exerciseFirst")}{" "}
          <Link href="/compare/exercise" className="font-medium text-accent-strong underline">
            {t("nav.exercise")}
          </Link>
        </p>
        <NarrativeMatrix content={content} />
      </div>
    </>
  );
}
