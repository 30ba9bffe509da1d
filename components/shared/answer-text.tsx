import { getLocale, getTranslations } from "next-intl/server";
import type { AnswerView } from "@/lib/question-types/definition";
import { isAnswered } from "@/lib/question-types/registry";
import { answerView } from "@/lib/question-types/values";
import { claimsById } from "@/lib/claims/outcome";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import type { Question } from "@/lib/content/schemas";
import { TrailList } from "./trail-list";
import { BlockLabel } from "./block-label";

/**
 * A student's answer as text, on the teacher's review screens and beside the released feedback on
 * the student's results: React escapes every value, nothing a student typed becomes markup or a
 * link (a `javascript:` answer is just words).
 */
export async function AnswerText({
  question,
  value,
  content,
  large = false,
}: Readonly<{ question: Question | null; value: unknown; content: Content; large?: boolean }>) {
  const [t, locale] = await Promise.all([getTranslations("review"), getLocale() as Promise<AppLocale>]);
  const view = isAnswered(value) ? answerView(question ?? { type: "matrix" }, value) : null;
  if (!view) return <p className="text-muted italic">{t("noAnswer")}</p>;
  const size = large ? "text-2xl leading-relaxed" : "leading-relaxed";
  const passages = (items: Extract<AnswerView, { as: "passages" }>["passages"]) => (
    <ul className={`space-y-1 ${size}`}>
      {items.map((item, index) => (
        <li key={index}>
          <BlockLabel block={item.block} /> <q lang="fr">{item.quote}</q>
          {item.technique && (
            <span className="text-muted">
              {" "}
              — {content.techniques.techniques.find((technique) => technique.id === item.technique)?.[locale].name ?? item.technique}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
  switch (view.as) {
    case "matrix": {
      const narratives = new Map(content.comparison.narratives.map((narrative) => [narrative.id, narrative[locale].name]));
      const titles = new Map(content.articles.map((article) => [article.slug, article.title[locale]]));
      return (
        <ul className={`space-y-1 ${size}`}>
          {view.found.map(({ article, narrative, passage }) => (
            <li key={`${article}-${narrative}`}>
              {titles.get(article) ?? article} · {narratives.get(narrative) ?? narrative}
              {passage && (
                <>
                  {" "}
                  <q lang="fr">{passage}</q>
                </>
              )}
            </li>
          ))}
        </ul>
      );
    }
    case "text":
      return <p className={`whitespace-pre-wrap ${size}`}>{view.text}</p>;
    case "number":
      return <p className={`font-semibold ${size}`}>{t("scaleValue", { value: view.value ?? 0, max: view.max })}</p>;
    case "choices":
      return (
        <ul className={`list-disc pl-5 ${size}`}>
          {view.chosen.map((choice) => (
            <li key={choice.key}>{choice.isOther ? t("otherWithText", { text: view.other ?? "" }) : (choice.label?.[locale] ?? choice.key)}</li>
          ))}
        </ul>
      );
    case "passages":
      return passages(view.passages);
    case "trail":
      return <TrailList view={view} content={content} hint className={size} />;
    case "estimates": {
      const [words, claims] = [await getTranslations("calibration"), claimsById(content)];
      const percent = (value: number | null) => (value === null ? "–" : words("percent", { value }));
      return (
        <ul className={`space-y-1 ${size}`}>
          {view.estimates.map(({ claim, before, after }) => (
            <li key={claim}>
              {claims.get(claim)?.[locale].claim ?? claim}{" "}
              <span className="text-muted">— {words("estimateLine", { before: percent(before), after: percent(after) })}</span>
            </li>
          ))}
        </ul>
      );
    }
  }
}
