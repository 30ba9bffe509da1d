import type { z } from "zod";
import { multipleValueSchema, singleValueSchema } from "./choice-value";
import type { AnswerView, CheckContext, QuestionLike, QuestionTypeDefinition, ValueProblem } from "./definition";
import { evidenceValueSchema } from "./evidence-value";
import { lateralValueSchema } from "./lateral-value";
import { matrixValueSchema } from "./matrix-value";
import { openValueSchema } from "./open-value";
import type { Highlight } from "./passage";
import { questionType, registerTypeRules, type AnswerValue } from "./registry";
import { scaleValueSchema } from "./scale-value";
import { techniqueValueSchema } from "./technique-value";
import { calibrationValueSchema } from "./calibration-value";

/**
 * Each question type's answer shape (zod), and what needs it: the check on save and every reading
 * of a stored value (results, review cards, charts, CSV). Parsed values only reach a type's own
 * rules, so a value that no longer has its shape reads as nothing rather than failing a page.
 */

const schemas = new Map<string, z.ZodType>([
  ["open", openValueSchema],
  ["single", singleValueSchema],
  ["multiple", multipleValueSchema],
  ["scale", scaleValueSchema],
  ["evidence", evidenceValueSchema],
  ["technique", techniqueValueSchema],
  ["matrix", matrixValueSchema],
  ["lateral", lateralValueSchema],
  ["calibration", calibrationValueSchema],
]);

/** Adds a type at run time: how the tests prove that every consumer handles a type it has never heard of. */
export function registerQuestionType<Q extends QuestionLike, V>(definition: QuestionTypeDefinition<Q, V> & { schema: z.ZodType<V> }): void {
  registerTypeRules(definition);
  schemas.set(definition.kind, definition.schema);
}

function parse(question: QuestionLike, value: unknown): { ok: true; value: unknown } | { ok: false } {
  const schema = schemas.get(question.type);
  if (!schema) throw new Error(`no schema for question type ${question.type}`);
  const parsed = schema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false };
}

export type ValueCheck = { ok: true; value: AnswerValue } | ({ ok: false } & ValueProblem);

/** Checks a value against its question; the context (the article, the comparison's rows) checks what the question alone cannot. */
export function checkAnswerValue(question: QuestionLike, value: unknown, context: CheckContext = {}): ValueCheck {
  const parsed = parse(question, value);
  if (!parsed.ok) return { ok: false, code: "WRONG_TYPE" };
  const problem = questionType(question.type).check(question, parsed.value, context);
  return problem ? { ok: false, ...problem } : { ok: true, value: parsed.value as AnswerValue };
}

/** How a stored answer reads; null when it no longer has its type's shape (it was checked on save). */
export function answerView(question: QuestionLike, value: unknown): AnswerView | null {
  const parsed = parse(question, value);
  return parsed.ok ? questionType(question.type).view(question, parsed.value) : null;
}

/** The options a closed answer chose (none for other types). */
export function chosenKeys(question: QuestionLike, value: unknown): string[] {
  const view = answerView(question, value);
  return view?.as === "choices" ? view.chosen.map((choice) => choice.key) : [];
}

/** The passages an answer marks in the article (none for types without passages). */
export function passagesOf(question: QuestionLike, value: unknown): Highlight[] {
  const view = answerView(question, value);
  return view?.as === "passages" ? view.passages : [];
}
