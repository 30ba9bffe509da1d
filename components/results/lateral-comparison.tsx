import { getLocale, getTranslations } from "next-intl/server";
import { SourceLinks } from "@/components/background/source-links";
import { TrailList } from "@/components/shared/trail-list";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import type { Question } from "@/lib/content/schemas";
import { answerView } from "@/lib/question-types/values";

type Props = Readonly<{ question: Extract<Question, { type: "lateral" }>; value: unknown; content: Content }>;

/** After submission: the learner's trail beside a fact-checker's path for the same outlet or author (content/lateral.yaml). */
export async function LateralComparison({ question, value, content }: Props) {
  const [t, locale] = await Promise.all([getTranslations("lateralReview"), getLocale() as Promise<AppLocale>]);
  const view = answerView(question, value);
  const path = content.lateralPaths.find((candidate) => candidate.subject === question.subject);
  const name = content.sourceCards.find((card) => card.id === question.subject)?.name ?? question.search;
  const heading = `lateral-${question.key}`;
  return (
    <div className="mt-3 grid gap-4 text-sm leading-relaxed md:grid-cols-2">
      <section aria-labelledby={`${heading}-trail`} className="min-w-0 rounded-lg border border-line bg-surface p-4">
        <h4 id={`${heading}-trail`} className="font-semibold">
          {t("trailTitle")}
        </h4>
        {view?.as === "trail" ? <TrailList view={view} content={content} className="mt-2" /> : <p className="mt-2 text-muted italic">{t("noTrail")}</p>}
      </section>
      {path && (
        <section aria-labelledby={`${heading}-path`} className="min-w-0 rounded-lg border border-line bg-panel p-4">
          <h4 id={`${heading}-path`} className="font-semibold">
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
      )}
    </div>
  );
}
