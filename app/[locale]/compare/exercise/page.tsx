import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CompareNav } from "@/components/compare/compare-nav";
import { ComparisonExercise } from "@/components/compare/comparison-exercise";
import { getSelfStudyAttempts } from "@/lib/attempts/queries";
import { getViewer } from "@/lib/auth/session";
import { getContent } from "@/lib/content";
import { COMPARISON_EXERCISE_KEY } from "@/lib/exercises/keys";

type Props = Readonly<{ params: Promise<{ locale: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "exercise" });
  return { title: t("title") };
}

export default async function ExercisePage({ params }: Props) {
  setRequestLocale((await params).locale);
  const viewer = await getViewer();
  const [content, attempts] = await Promise.all([
    getContent(),
    viewer ? getSelfStudyAttempts(viewer, COMPARISON_EXERCISE_KEY) : { open: null, lastSubmitted: null },
  ]);
  return (
    <>
      <CompareNav current="exercise" />
      <ComparisonExercise content={content} attempt={attempts.open} lastSubmitted={attempts.lastSubmitted} />
    </>
  );
}
