import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SourceLinks } from "@/components/background/source-links";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import type { GuideFile } from "@/lib/content/guide-schemas";
import { stagesOf, type GuideQuestion } from "@/lib/guides/view";
import { QuestionRefs } from "./question-refs";

type Props = Readonly<{ guide: GuideFile; content: Content; questions: readonly GuideQuestion[]; locale: AppLocale }>;

function Section({ id, title, intro, children }: Readonly<{ id: string; title: ReactNode; intro?: string; children: ReactNode }>) {
  return (
    <section aria-labelledby={id} className="guide-section">
      <h2 id={id} className="guide-h2">
        {title}
      </h2>
      {intro && <p className="mt-1 text-sm text-muted">{intro}</p>}
      {children}
    </section>
  );
}

/** Objectives with the programme strands and the method's stages they serve. */
export async function GuideObjectives({ guide, questions, locale }: Omit<Props, "content">) {
  const [t, stage] = await Promise.all([getTranslations("guides"), getTranslations("questions.stage")]);
  return (
    <Section id="guide-objectives" title={t("objectivesTitle")}>
      <ul className="mt-3 space-y-3">
        {guide.objectives.map((objective, index) => {
          const stages = stagesOf(objective.questions, questions);
          return (
            <li key={index} className="guide-item">
              <p className="leading-relaxed">{objective[locale]}</p>
              <p className="mt-1 text-sm text-muted">
                <span className="font-medium">{t("programmesLabel")}</span>{" "}
                {objective.programmes.map((programme, at) => (
                  <span key={programme}>
                    {at > 0 && " · "}
                    {/* A programme's official French title stays French in the English page, marked so for screen readers. */}
                    {t.rich(`programme.${programme}`, { fr: (chunks) => <span lang="fr">{chunks}</span> })}
                  </span>
                ))}
              </p>
              {stages.length > 0 && (
                <p className="text-sm text-muted">
                  <span className="font-medium">{t("stagesLabel")}</span>{" "}
                  {stages
                    .map(({ stage: name, numbers }) =>
                      t("stageNumbers", { stage: stage(name), numbers: numbers.map((number) => t("questionShort", { number })).join(", ") }),
                    )
                    .join(" · ")}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

/** What to know before class: each point with its sources. */
export async function GuideBackground({ guide, content, locale }: Omit<Props, "questions">) {
  const t = await getTranslations("guides");
  return (
    <Section id="guide-background" title={t("backgroundTitle")} intro={t("backgroundIntro")}>
      <ul className="mt-3 list-disc space-y-3 pl-5">
        {guide.background.map((point, index) => (
          <li key={index} className="guide-item leading-relaxed">
            {point[locale]}
            <SourceLinks ids={point.sources} sources={content.sources} />
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** What students often think, and what to answer. */
export async function GuideMisconceptions({ guide, questions, locale }: Omit<Props, "content">) {
  const t = await getTranslations("guides");
  return (
    <Section id="guide-misconceptions" title={t("misconceptionsTitle")}>
      <dl className="mt-3 space-y-4">
        {guide.misconceptions.map((misconception, index) => (
          <div key={index} className="guide-item">
            <dt className="font-semibold">{misconception[locale].belief}</dt>
            <dd className="mt-1 leading-relaxed">{misconception[locale].answer}</dd>
            {misconception.questions.length > 0 && (
              <dd className="mt-1 text-sm text-muted">
                <QuestionRefs keys={misconception.questions} questions={questions} />
              </dd>
            )}
          </div>
        ))}
      </dl>
    </Section>
  );
}

/** The extension activity, with the sources it sends students to. */
export async function GuideExtension({ guide, content, questions, locale }: Props) {
  const t = await getTranslations("guides");
  const { extension } = guide;
  return (
    <Section id="guide-extension" title={t("extensionTitle", { title: extension[locale].title })}>
      <p className="guide-item mt-3 leading-relaxed">
        {extension[locale].text}
        <SourceLinks ids={extension.sources} sources={content.sources} />
      </p>
      {extension.questions.length > 0 && (
        <p className="mt-1 text-sm text-muted">
          <QuestionRefs keys={extension.questions} questions={questions} />
        </p>
      )}
    </Section>
  );
}

/** The questions as students see them, so that "Q7" in the plan reads without the app open. */
export async function GuideQuestionList({ questions }: Readonly<{ questions: readonly GuideQuestion[] }>) {
  const [t, stage] = await Promise.all([getTranslations("guides"), getTranslations("questions.stage")]);
  return (
    <Section id="guide-questions" title={t("questionsTitle")}>
      <ol className="mt-3 space-y-2">
        {questions.map((question) => (
          <li key={question.key} className="guide-item flex gap-3 leading-relaxed">
            <span className="w-9 shrink-0 font-semibold tabular-nums">{t("questionShort", { number: question.number })}</span>
            <span>
              {question.stage && <span className="text-sm text-muted">{stage(question.stage)} · </span>}
              {question.prompt}
            </span>
          </li>
        ))}
      </ol>
    </Section>
  );
}
