import type { Question } from "@/lib/content/schemas";
import { defineQuestionType, notNull } from "./definition";
import type { ScaleValue } from "./scale-value";

export type ScaleQuestion = Extract<Question, { type: "scale" }>;

export const scaleType = defineQuestionType<ScaleQuestion, ScaleValue>({
  kind: "scale",
  empty: { value: null },
  answered: notNull("value"),
  limits: () => ({}),
  check: (question, { value }) => (value !== null && (value < question.min || value > question.max) ? { code: "INVALID_INPUT" } : null),
  view: (question, { value }) => ({ as: "number", value, max: question.max }),
});
