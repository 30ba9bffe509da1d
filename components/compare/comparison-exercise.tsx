import { getLocale, getTranslations } from "next-intl/server";
import { AnswerSession } from "@/components/questions/answer-session";
import { SubmitAttempt } from "@/components/questions/submit-attempt";
import { SubmittedNotice } from "@/components/questions/submitted-notice";
import { SyncSummary } from "@/components/questions/sync-summary";
import { TeacherComment } from "@/components/questions/teacher-comment";
import { WorkContext } from "@/components/questions/work-context";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import { MatrixAnswer } from "./matrix-answer";

type Props = Readonly<{ content: Content }>;

/** The comparison exercise: the learner's own matrix, autosaved like any answer, then submitted. */
export async function ComparisonExercise({ content }: Props) {
  const [t, locale] = await Promise.all([getTranslations("exercise"), getLocale() as Promise<AppLocale>]);
  const { exercise } = content.comparison;
  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="font-serif text-3xl font-semibold">{t("title")}</h1>
      <AnswerSession target={{ exercise: "comparison" }}>
        <p id="exercise-prompt" className="mt-3 max-w-3xl text-lg leading-relaxed">
          {exercise[locale].prompt}
        </p>
        {exercise[locale].hint && <p className="mt-1 max-w-3xl text-sm text-muted">{exercise[locale].hint}</p>}
        <WorkContext />
        <SubmittedNotice />
        <div className="z-10 mt-3 max-w-3xl">
          <SyncSummary />
        </div>
        <MatrixAnswer
          question={exercise.key}
          labelledBy="exercise-prompt"
          articles={content.articles.map((article) => ({
            slug: article.slug,
            title: article.title[locale],
            lang: article.meta.title.kind === "editorial" ? locale : "fr",
          }))}
          narratives={content.comparison.narratives.map((narrative) => ({
            id: narrative.id,
            name: narrative[locale].name,
            description: narrative[locale].description,
          }))}
        />
        <div className="max-w-3xl">
          <TeacherComment question={exercise.key} />
          <SubmitAttempt questionKeys={[exercise.key]} />
        </div>
      </AnswerSession>
    </div>
  );
}
