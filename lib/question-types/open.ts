import { z } from "zod";
import { ANSWER_LIMITS } from "@/lib/config";
import type { Question } from "@/lib/content/schemas";
import { defineQuestionType, nonBlankText } from "./definition";

export type OpenQuestion = Extract<Question, { type: "open" }>;

export const openValueSchema = z.strictObject({ text: z.string() });
export type OpenValue = z.infer<typeof openValueSchema>;

const maxText = (question: OpenQuestion) => Math.min(question.maxLength, ANSWER_LIMITS.maxTextLength);

export const openType = defineQuestionType<OpenQuestion, OpenValue>({
  kind: "open",
  schema: openValueSchema,
  empty: { text: "" },
  answered: nonBlankText("text"),
  limits: (question) => ({ text: maxText(question) }),
  check: (question, value) => {
    const max = maxText(question);
    return value.text.length > max ? { code: "TOO_LONG", max } : null;
  },
  view: (_question, value) => ({ as: "text", text: value.text }),
});
