import { OTHER } from "@/lib/answers/constants";
import {
  evidenceValueSchema,
  matrixValueSchema,
  multipleValueSchema,
  openValueSchema,
  scaleValueSchema,
  singleValueSchema,
  techniqueValueSchema,
  type Highlight,
} from "@/lib/answers/values";
import type { AppLocale } from "@/lib/config";
import type { Question } from "@/lib/content/schemas";

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
};

/** The matrix exercise has no entry in a question set: it is this one kind. */
export type ExportQuestion = Question | { type: "matrix" };

const quoted = (locale: AppLocale, text: string) => (locale === "fr" ? `«\u00A0${text}\u00A0»` : `“${text}”`);
const passage = (words: AnswerWords, highlight: Highlight) => `§${highlight.block === "title" ? "0" : highlight.block.slice(1)} ${quoted(words.locale, highlight.quote)}`;
const lines = (items: readonly string[]) => items.join("\n");

function choiceText(question: Question, chosen: readonly string[], other: string | undefined, words: AnswerWords): string {
  const options = "options" in question ? question.options : [];
  return lines(
    chosen.map((key) => {
      if (key === OTHER) return other ? `${words.other}${words.locale === "fr" ? "\u202F:" : ":"} ${other}` : words.other;
      return options.find((option) => option.key === key)?.[words.locale] ?? key;
    }),
  );
}

export function answerText(question: ExportQuestion, value: unknown, words: AnswerWords): string {
  if (value === null || value === undefined) return "";
  switch (question.type) {
    case "open":
      return openValueSchema.safeParse(value).data?.text ?? "";
    case "single": {
      const single = singleValueSchema.safeParse(value).data;
      return single?.choice ? choiceText(question, [single.choice], single.other, words) : "";
    }
    case "multiple": {
      const multiple = multipleValueSchema.safeParse(value).data;
      return multiple ? choiceText(question, multiple.choices, multiple.other, words) : "";
    }
    case "scale":
      return String(scaleValueSchema.safeParse(value).data?.value ?? "");
    case "evidence":
      return lines((evidenceValueSchema.safeParse(value).data?.highlights ?? []).map((highlight) => passage(words, highlight)));
    case "technique":
      return lines(
        (techniqueValueSchema.safeParse(value).data?.tags ?? []).map((tag) => `${passage(words, tag)} (${words.techniques.get(tag.technique) ?? tag.technique})`),
      );
    case "matrix": {
      const cells = matrixValueSchema.safeParse(value).data?.cells ?? {};
      return lines(
        Object.entries(cells).flatMap(([article, row]) =>
          Object.entries(row)
            .filter(([, cell]) => cell.uses)
            .map(([narrative, cell]) => {
              const found = `${words.articles.get(article) ?? article} → ${words.narratives.get(narrative) ?? narrative}`;
              return cell.passage ? `${found} ${quoted(words.locale, cell.passage)}` : found;
            }),
        ),
      );
    }
  }
}
