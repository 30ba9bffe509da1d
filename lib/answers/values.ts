import { z } from "zod";
import { ANSWER_LIMITS } from "@/lib/config";
import type { Question } from "@/lib/content/schemas";

/**
 * What an answer holds, per question type. Client-safe: the editor checks a value with the same
 * rules before sending it, and the server checks it again.
 */

export const openValueSchema = z.strictObject({ text: z.string() });
export type OpenValue = z.infer<typeof openValueSchema>;

export type AnswerValue = OpenValue;

export type ValueCheck =
  | { ok: true; value: AnswerValue }
  | { ok: false; code: "TOO_LONG"; max: number }
  | { ok: false; code: "WRONG_TYPE" };

export const textLimit = (question: Question) =>
  Math.min(question.type === "open" ? question.maxLength : ANSWER_LIMITS.maxTextLength, ANSWER_LIMITS.maxTextLength);

export function checkAnswerValue(question: Question, value: unknown): ValueCheck {
  const parsed = openValueSchema.safeParse(value);
  if (!parsed.success) return { ok: false, code: "WRONG_TYPE" };
  const max = textLimit(question);
  if (parsed.data.text.length > max) return { ok: false, code: "TOO_LONG", max };
  return { ok: true, value: parsed.data };
}

/** Whether a value counts as answered, for progress. */
export function isAnswered(value: AnswerValue): boolean {
  return value.text.trim().length > 0;
}
