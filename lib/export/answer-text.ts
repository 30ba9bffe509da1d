import { isControlBlock } from "@/lib/content/controls";
import type { QuestionLike } from "@/lib/question-types/definition";
import type { Highlight } from "@/lib/question-types/passage";
import type { AnswerQuestion } from "@/lib/question-types/registry";
import { answerView } from "@/lib/question-types/values";
import type { AppLocale } from "@/lib/config";

/**
 * An answer as a teacher reads it in a spreadsheet cell: choices by their labels, passages by
 * their quoted words and paragraph, scales as numbers, the comparison matrix as one line per
 * narrative found. Stored values were checked on save; one that no longer reads is left empty
 * rather than failing the whole export. Pure.
 */

export type AnswerWords = {
  locale: AppLocale;
  /** The "Other" choice's label. */
  other: string;
  /** Technique id → its name, for tagged passages. */
  techniques: ReadonlyMap<string, string>;
  /** The comparison: article slug → title, narrative id → name. */
  articles: ReadonlyMap<string, string>;
  narratives: ReadonlyMap<string, string>;
  /** A lateral-reading trail's words (messages lateralReview); without them, the trail's own text only. */
  trail?: {
    verdict: string;
    offline: string;
    card: (name: string) => string;
    trust: (level: number | null) => string;
    why: (text: string) => string;
    time: (seconds: number | null) => string;
    cards: ReadonlyMap<string, string>;
  };
  /** A calibration estimate as one line, with the record's verdict on its claim (lib/claims/outcome.ts), so the scores can be recomputed. */
  estimate: (estimate: { claim: string; before: number | null; after: number | null }) => string;
};

export type ExportQuestion = AnswerQuestion;

const quoted = (locale: AppLocale, text: string) => (locale === "fr" ? `«\u00A0${text}\u00A0»` : `“${text}”`);
const passage = (words: AnswerWords, highlight: Highlight) =>
  `${isControlBlock(highlight.block) ? highlight.block : `§${highlight.block === "title" ? "0" : highlight.block.slice(1)}`} ${quoted(words.locale, highlight.quote)}`;
const lines = (items: readonly string[]) => items.join("\n");

/** Renders the answer's view (lib/question-types), so a new type that reads like an existing one needs nothing here. */
export function answerText(question: QuestionLike, value: unknown, words: AnswerWords): string {
  if (value === null || value === undefined) return "";
  const view = answerView(question, value);
  switch (view?.as) {
    case undefined:
      return "";
    case "text":
      return view.text;
    case "number":
      return String(view.value ?? "");
    case "choices": {
      const colon = words.locale === "fr" ? "\u202F:" : ":";
      return lines(
        view.chosen.map((choice) =>
          choice.isOther ? (view.other ? `${words.other}${colon} ${view.other}` : words.other) : (choice.label?.[words.locale] ?? choice.key),
        ),
      );
    }
    case "passages":
      return lines(
        view.passages.map((highlight) =>
          highlight.technique
            ? `${passage(words, highlight)} (${words.techniques.get(highlight.technique) ?? highlight.technique})`
            : passage(words, highlight),
        ),
      );
    case "trail": {
      const trail = words.trail;
      const colon = words.locale === "fr" ? "\u00A0:" : ":";
      const entries = view.trail.map((entry, index) => {
        const where = entry.card !== undefined ? (trail ? trail.card(trail.cards.get(entry.card) ?? entry.card) : entry.card) : (entry.url ?? "");
        const parts = [where, entry.says, trail ? trail.trust(entry.trust) : String(entry.trust ?? ""), entry.why && trail ? trail.why(entry.why) : entry.why];
        return `${index + 1}. ${parts.filter(Boolean).join(" — ")}`;
      });
      return lines([
        ...entries,
        ...(view.verdict ? [`${trail?.verdict ?? "Verdict"}${colon} ${view.verdict}`] : []),
        ...(trail ? [trail.time(view.seconds)] : []),
        ...(view.offline && trail ? [trail.offline] : []),
      ]);
    }
    case "estimates":
      return lines(view.estimates.map(words.estimate));
    case "matrix":
      return lines(
        view.found.map(({ article, narrative, passage: quote }) => {
          const found = `${words.articles.get(article) ?? article} → ${words.narratives.get(narrative) ?? narrative}`;
          return quote ? `${found} ${quoted(words.locale, quote)}` : found;
        }),
      );
  }
}
