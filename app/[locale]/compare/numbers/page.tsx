import { setRequestLocale } from "next-intl/server";
import { compareMetadata, ComparePage } from "@/components/compare/compare-page";
import { NumbersTable } from "@/components/compare/numbers-table";
import { getContent } from "@/lib/content";

type Props = Readonly<{ params: Promise<{ locale: string }> }>;

export const generateMetadata = compareMetadata("numbers");

export default async function NumbersPage({ params }: Props) {
  setRequestLocale((await params).locale);
  return (
    <ComparePage section="numbers" width="max-w-6xl">
      <NumbersTable content={await getContent()} />
    </ComparePage>
  );
}
