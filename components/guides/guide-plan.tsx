import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/lib/config";
import { LESSON_MINUTES, type GuideFile, type GuideStep } from "@/lib/content/guide-schemas";
import { screenHref, type GuideQuestion } from "@/lib/guides/view";
import { QuestionRefs } from "./question-refs";

type Props = Readonly<{ guide: GuideFile; subject: string; questions: readonly GuideQuestion[]; locale: AppLocale }>;

/** The lesson step by step (from–to minutes, what to do, which questions, on which screen), then the two-lesson variant. */
export async function GuidePlan({ guide, subject, questions, locale }: Props) {
  const t = await getTranslations("guides");
  const starts = guide.plan.reduce<number[]>((list, step, index) => [...list, index === 0 ? 0 : list[index - 1]! + guide.plan[index - 1]!.minutes], []);
  return (
    <>
      <section aria-labelledby="guide-plan" className="guide-section">
        <h2 id="guide-plan" className="guide-h2">
          {t("planTitle", { minutes: LESSON_MINUTES })}
        </h2>
        <ol className="mt-3 space-y-4">
          {guide.plan.map((step, index) => (
            <li key={index} className="guide-item border-l-4 border-accent-soft pl-4">
              <h3 className="font-semibold">
                <span className="mr-2 text-muted tabular-nums">{t("minutesRange", { from: starts[index]!, to: starts[index]! + step.minutes })}</span>
                {step[locale].title}
              </h3>
              <p className="mt-1 leading-relaxed">{step[locale].text}</p>
              <StepDetails step={step} subject={subject} questions={questions} />
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="guide-two-lessons" className="guide-section">
        <h2 id="guide-two-lessons" className="guide-h2">
          {t("twoLessonsTitle")}
        </h2>
        {guide.twoLessons.map((lesson, index) => (
          <div key={index} className="guide-item mt-3">
            <h3 className="font-semibold">{lesson[locale].title}</h3>
            <p className="mt-1 leading-relaxed">{lesson[locale].text}</p>
            <p className="mt-1 text-sm text-muted">
              <QuestionRefs keys={lesson.questions} questions={questions} />
            </p>
          </div>
        ))}
      </section>
    </>
  );
}

async function StepDetails({ step, subject, questions }: Readonly<{ step: GuideStep; subject: string; questions: readonly GuideQuestion[] }>) {
  const t = await getTranslations("guides");
  const href = step.screen ? screenHref(step.screen, subject) : null;
  if (!step.screen && step.questions.length === 0) return null;
  return (
    <p className="mt-1 flex flex-wrap gap-x-4 text-sm text-muted">
      <QuestionRefs keys={step.questions} questions={questions} />
      {step.screen && (
        <span>
          <span className="font-medium">{t("screenLabel")}</span>{" "}
          {href ? (
            <Link href={href} className="text-link">
              {t(`screen.${step.screen}`)}
            </Link>
          ) : (
            t(`screen.${step.screen}`)
          )}
        </span>
      )}
    </p>
  );
}
