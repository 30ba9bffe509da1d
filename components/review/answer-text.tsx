import { getLocale, getTranslations } from "next-intl/server";
import { OTHER } from "@/lib/answers/constants";
import { isAnswered } from "@/lib/answers/answered";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import type { Question } from "@/lib/content/schemas";

type Passage = { block: string; quote: string; technique?: string };
type Value = {
  text?: string;
  choice?: string | null;
  choices?: string[];
  other?: string;
  value?: number | null;
  highlights?: Passage[];
  tags?: Passage[];
  cells?: Record<string, Record<string, { uses?: boolean; passage?: string }>>;
};



/**
 * A student's answer on a review screen, always as text: React escapes every value, nothing a
 * student typed becomes markup or a link (a `javascript:` answer is just words).
 */
export async function AnswerText({ question, value, content, large = false }: Readonly<{ question: Question | null; value: unknown; content: Content; large?: boolean }>) {
  const [t, locale] = await Promise.all([getTranslations("review"), getLocale() as Promise<AppLocale>]);
  if (!isAnswered(value)) return <p className="text-muted italic">{t("noAnswer")}</p>;
  const v = value as Value;
  const size = large ? "text-2xl leading-relaxed" : "leading-relaxed";
  const passages = (items: Passage[]) => (
    <ul className={`space-y-1 ${size}`}>
      {items.map((item, index) => (
        <li key={index}>
          {item.block === "title" ? t("titleBlock") : t("paragraph", { number: Number(item.block.slice(1)) })} <q lang="fr">{item.quote}</q>
          {item.technique && <span className="text-muted"> — {content.techniques.techniques.find((technique) => technique.id === item.technique)?.[locale].name ?? item.technique}</span>}
        </li>
      ))}
    </ul>
  );
  if (question === null) {
    const narratives = new Map(content.comparison.narratives.map((narrative) => [narrative.id, narrative[locale].name]));
    const titles = new Map(content.articles.map((article) => [article.slug, article.title[locale]]));
    return (
      <ul className={`space-y-1 ${size}`}>
        {Object.entries(v.cells ?? {}).flatMap(([article, row]) =>
          Object.entries(row)
            .filter(([, cell]) => cell.uses)
            .map(([narrative, cell]) => (
              <li key={`${article}-${narrative}`}>
                {titles.get(article) ?? article} · {narratives.get(narrative) ?? narrative}
                {cell.passage && (
                  <>
                    {" "}
                    <q lang="fr">{cell.passage}</q>
                  </>
                )}
              </li>
            )),
        )}
      </ul>
    );
  }
  switch (question.type) {
    case "open":
      return <p className={`whitespace-pre-wrap ${size}`}>{v.text}</p>;
    case "scale":
      return <p className={`font-semibold ${size}`}>{t("scaleValue", { value: v.value ?? 0, max: question.max })}</p>;
    case "single":
    case "multiple": {
      const chosen = v.choices ?? (v.choice ? [v.choice] : []);
      return (
        <ul className={`list-disc pl-5 ${size}`}>
          {chosen.map((key) => (
            <li key={key}>{key === OTHER ? t("otherWithText", { text: v.other ?? "" }) : (question.options.find((option) => option.key === key)?.[locale] ?? key)}</li>
          ))}
        </ul>
      );
    }
    case "evidence":
      return passages(v.highlights ?? []);
    case "technique":
      return passages(v.tags ?? []);
  }
}
