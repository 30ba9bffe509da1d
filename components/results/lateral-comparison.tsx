import { getLocale, getTranslations } from "next-intl/server";
import { SourceLinks } from "@/components/background/source-links";
import { TrailList } from "@/components/shared/trail-list";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import type { Question } from "@/lib/content/schemas";
import { answerView } from "@/lib/question-types/values";

type LateralQuestion = Extract<Question, { type: "lateral" }>;

/** A fact-checker's path for the question's outlet or author (content/lateral.yaml): the steps in order, their sources, what they show. */
export async function FactCheckerPath({ question, content, className = "" }: Readonly<{ question: LateralQuestion; content: Content; className?: string }>) {
  const [t, locale] = await Promise.all([getTranslations("lateralReview"), getLocale() as Promise<AppLocale>]);
  const path = content.lateralPaths.find((candidate) => candidate.subject === question.subject);
  if (!path) return null;
  const name = content.sourceCards.find((card) => card.id === question.subject)?.name ?? question.search;
  return (
    <section
      aria-labelledby={`lateral-${question.key}-path`}
      className={`fact-checker-path min-w-0 rounded-lg border border-line bg-panel p-4 text-sm leading-relaxed ${className}`}
    >
      <h4 id={`lateral-${question.key}-path`} className="font-semibold">
        {t("pathTitle")}
      </h4>
      <p className="mt-1 text-muted">{t("pathIntro", { name })}</p>
      <ol className="mt-2 list-decimal space-y-2 pl-5">
        {path.steps.map((step) => (
          <li key={step.en.action}>
            <span className="font-medium">{step[locale].action}</span>
            {step.sources.length > 0 ? <SourceLinks ids={step.sources} sources={content.sources} /> : <span className="text-muted"> {t("noSource")}</span>}
            <span className="block">
              {t("shows")} {step[locale].shows}
            </span>
          </li>
        ))}
      </ol>
      <p className="mt-3 font-semibold">{t("pathVerdict")}</p>
      <p>{path.verdict[locale]}</p>
    </section>
  );
}

/** After submission: the learner's trail beside a fact-checker's path for the same outlet or author. */
export async function LateralComparison({ question, value, content }: Readonly<{ question: LateralQuestion; value: unknown; content: Content }>) {
  const t = await getTranslations("lateralReview");
  const view = answerView(question, value);
  return (
    <div className="mt-3 grid gap-4 md:grid-cols-2">
      <section aria-labelledby={`lateral-${question.key}-trail`} className="min-w-0 rounded-lg border border-line bg-surface p-4 text-sm leading-relaxed">
        <h4 id={`lateral-${question.key}-trail`} className="font-semibold">
          {t("trailTitle")}
        </h4>
        {view?.as === "trail" ? <TrailList view={view} content={content} className="mt-2" /> : <p className="mt-2 text-muted italic">{t("noTrail")}</p>}
      </section>
      <FactCheckerPath question={question} content={content} />
    </div>
  );
}
