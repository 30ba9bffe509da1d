import { z } from "zod";
import { EMPTY_VALUES } from "./empty";
import { ANSWER_LIMITS } from "@/lib/config";
import type { Question } from "@/lib/content/schemas";
import { TECHNIQUE_IDS } from "@/lib/content/schemas";
import { MATRIX_PASSAGE_MAX_LENGTH, OTHER, OTHER_MAX_LENGTH } from "./constants";

/**
 * What an answer holds, per question type. Client-safe: editors check a value with the same rules
 * before sending it, and the server checks it again (with the article's text, for passages).
 */

const text = z.string();
/** A passage of the article: character offsets into one block's verbatim text, and its words. */
export const highlightSchema = z.strictObject({
  block: z.string().regex(/^(title|p\d+)$/),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  quote: z.string().min(1),
});
export type Highlight = z.infer<typeof highlightSchema>;

export const openValueSchema = z.strictObject({ text });
export const singleValueSchema = z.strictObject({ choice: z.string().nullable(), other: text.optional() });
export const multipleValueSchema = z.strictObject({ choices: z.array(z.string()), other: text.optional() });
export const scaleValueSchema = z.strictObject({ value: z.number().int().nullable() });
export const evidenceValueSchema = z.strictObject({ highlights: z.array(highlightSchema) });
export const techniqueValueSchema = z.strictObject({
  tags: z.array(highlightSchema.extend({ technique: z.enum(TECHNIQUE_IDS) })),
});

/** The comparison exercise: per article, per narrative, whether the text uses it and a passage that shows it. */
export const matrixValueSchema = z.strictObject({
  cells: z.record(z.string(), z.record(z.string(), z.strictObject({ uses: z.boolean(), passage: z.string().optional() }))),
});
export type MatrixValue = z.infer<typeof matrixValueSchema>;

export type OpenValue = z.infer<typeof openValueSchema>;
export type SingleValue = z.infer<typeof singleValueSchema>;
export type MultipleValue = z.infer<typeof multipleValueSchema>;
export type ScaleValue = z.infer<typeof scaleValueSchema>;
export type EvidenceValue = z.infer<typeof evidenceValueSchema>;
export type TechniqueValue = z.infer<typeof techniqueValueSchema>;
export type TaggedPassage = TechniqueValue["tags"][number];
export type AnswerValue = OpenValue | SingleValue | MultipleValue | ScaleValue | EvidenceValue | TechniqueValue | MatrixValue;


export const emptyValue = (question: Question): AnswerValue => structuredClone(EMPTY_VALUES[question.type]) as AnswerValue;

export type ValueProblem =
  | { code: "TOO_LONG"; max: number }
  | { code: "TOO_MANY_PASSAGES"; max: number }
  | { code: "WRONG_TYPE" }
  | { code: "INVALID_INPUT" };

export type ValueCheck = { ok: true; value: AnswerValue } | ({ ok: false } & ValueProblem);

export const textLimit = (question: Question) =>
  Math.min(question.type === "open" ? question.maxLength : OTHER_MAX_LENGTH, ANSWER_LIMITS.maxTextLength);

export const passageLimit = (question: Question) =>
  question.type === "evidence" ? question.maxHighlights : question.type === "technique" ? question.maxTags : 0;

/** The article's text by block id, so passages can be checked against the words they claim. */
export type BlockTexts = ReadonlyMap<string, string>;

function passagesFit(passages: readonly Highlight[], blocks: BlockTexts | undefined): boolean {
  return passages.every((passage) => {
    if (passage.end <= passage.start) return false;
    if (!blocks) return true;
    const blockText = blocks.get(passage.block);
    return blockText !== undefined && passage.end <= blockText.length && blockText.slice(passage.start, passage.end) === passage.quote;
  });
}

/** Checks a value against its question; `blocks` (the article) also checks passages' offsets and words. */
export function checkAnswerValue(question: Question, value: unknown, blocks?: BlockTexts): ValueCheck {
  const fail = (problem: ValueProblem): ValueCheck => ({ ok: false, ...problem });
  switch (question.type) {
    case "open": {
      const parsed = openValueSchema.safeParse(value);
      if (!parsed.success) return fail({ code: "WRONG_TYPE" });
      const max = textLimit(question);
      return parsed.data.text.length > max ? fail({ code: "TOO_LONG", max }) : { ok: true, value: parsed.data };
    }
    case "single":
    case "multiple": {
      const parsed = (question.type === "single" ? singleValueSchema : multipleValueSchema).safeParse(value);
      if (!parsed.success) return fail({ code: "WRONG_TYPE" });
      const keys = new Set([...question.options.map((option) => option.key), ...(question.allowOther ? [OTHER] : [])]);
      const chosen = "choices" in parsed.data ? parsed.data.choices : parsed.data.choice === null ? [] : [parsed.data.choice];
      if (!chosen.every((choice) => keys.has(choice)) || new Set(chosen).size !== chosen.length) return fail({ code: "INVALID_INPUT" });
      if ((parsed.data.other?.length ?? 0) > OTHER_MAX_LENGTH) return fail({ code: "TOO_LONG", max: OTHER_MAX_LENGTH });
      return { ok: true, value: parsed.data };
    }
    case "scale": {
      const parsed = scaleValueSchema.safeParse(value);
      if (!parsed.success) return fail({ code: "WRONG_TYPE" });
      const chosen = parsed.data.value;
      return chosen !== null && (chosen < question.min || chosen > question.max) ? fail({ code: "INVALID_INPUT" }) : { ok: true, value: parsed.data };
    }
    case "evidence":
    case "technique": {
      const parsed = (question.type === "evidence" ? evidenceValueSchema : techniqueValueSchema).safeParse(value);
      if (!parsed.success) return fail({ code: "WRONG_TYPE" });
      const passages = "tags" in parsed.data ? parsed.data.tags : parsed.data.highlights;
      const max = passageLimit(question);
      if (passages.length > max) return fail({ code: "TOO_MANY_PASSAGES", max });
      return passagesFit(passages, blocks) ? { ok: true, value: parsed.data } : fail({ code: "INVALID_INPUT" });
    }
  }
}

/** Checks a matrix answer: known articles and narratives only, passages within their length. */
export function checkMatrixValue(value: unknown, articles: ReadonlySet<string>, narratives: ReadonlySet<string>): ValueCheck {
  const parsed = matrixValueSchema.safeParse(value);
  if (!parsed.success) return { ok: false, code: "WRONG_TYPE" };
  for (const [article, row] of Object.entries(parsed.data.cells)) {
    if (!articles.has(article)) return { ok: false, code: "INVALID_INPUT" };
    for (const [narrative, cell] of Object.entries(row)) {
      if (!narratives.has(narrative)) return { ok: false, code: "INVALID_INPUT" };
      if ((cell.passage?.length ?? 0) > MATRIX_PASSAGE_MAX_LENGTH) return { ok: false, code: "TOO_LONG", max: MATRIX_PASSAGE_MAX_LENGTH };
    }
  }
  return { ok: true, value: parsed.data };
}
