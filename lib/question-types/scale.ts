import { z } from "zod";
import type { Question } from "@/lib/content/schemas";
import { defineQuestionType, notNull } from "./definition";

export type ScaleQuestion = Extract<Question, { type: "scale" }>;

export const scaleValueSchema = z.strictObject({ value: z.number().int().nullable() });
export type ScaleValue = z.infer<typeof scaleValueSchema>;

export const scaleType = defineQuestionType<ScaleQuestion, ScaleValue>({
  kind: "scale",
  schema: scaleValueSchema,
  empty: { value: null },
  answered: notNull("value"),
  limits: () => ({}),
  check: (question, { value }) => (value !== null && (value < question.min || value > question.max) ? { code: "INVALID_INPUT" } : null),
  view: (question, { value }) => ({ as: "number", value, max: question.max }),
});
