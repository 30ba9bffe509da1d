import { getTranslations, setRequestLocale } from "next-intl/server";
import { compareMetadata, ComparePage } from "@/components/compare/compare-page";
import { NarrativeMatrix } from "@/components/compare/narrative-matrix";
import { Link } from "@/i18n/navigation";
import { getContent } from "@/lib/content";

type Props = Readonly<{ params: Promise<{ locale: string }> }>;

export const generateMetadata = compareMetadata("matrix");

export default async function MatrixPage({ params }: Props) {
  setRequestLocale((await params).locale);
  const [t, content] = await Promise.all([getTranslations("compare"), getContent()]);
  return (
    <ComparePage section="matrix" width="max-w-6xl">
      <p className="mt-3 max-w-3xl rounded border-l-4 border-accent bg-accent-soft px-4 py-3 text-sm">
        {t("exerciseFirst")}{" "}
        <Link href="/compare/exercise" className="font-medium text-accent-strong underline">
          {t("nav.exercise")}
        </Link>
      </p>
      <NarrativeMatrix content={content} />
    </ComparePage>
  );
}
