import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CompareNav } from "@/components/compare/compare-nav";
import { ComparisonExercise } from "@/components/compare/comparison-exercise";
import { ClientMessages } from "@/i18n/client-messages";
import { getContent } from "@/lib/content";

type Props = Readonly<{ params: Promise<{ locale: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "exercise" });
  return { title: t("title") };
}

/** The same for everyone (static); the learner's own matrix arrives in the browser. */
export default async function ExercisePage({ params }: Props) {
  setRequestLocale((await params).locale);
  return (
    <>
      <CompareNav current="exercise" />
      <ClientMessages part="answering">
        <ComparisonExercise content={await getContent()} />
      </ClientMessages>
    </>
  );
}
