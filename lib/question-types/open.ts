import { ANSWER_LIMITS } from "@/lib/config";
import type { Question } from "@/lib/content/schemas";
import { defineQuestionType, nonBlankText } from "./definition";
import type { OpenValue } from "./open-value";

export type OpenQuestion = Extract<Question, { type: "open" }>;

const maxText = (question: OpenQuestion) => Math.min(question.maxLength, ANSWER_LIMITS.maxTextLength);

export const openType = defineQuestionType<OpenQuestion, OpenValue>({
  kind: "open",
  empty: { text: "" },
  answered: nonBlankText("text"),
  limits: (question) => ({ text: maxText(question) }),
  check: (question, value) => {
    const max = maxText(question);
    return value.text.length > max ? { code: "TOO_LONG", max } : null;
  },
  view: (_question, value) => ({ as: "text", text: value.text }),
});
