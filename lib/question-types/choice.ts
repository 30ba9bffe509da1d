import type { Question } from "@/lib/content/schemas";
import type { MultipleValue, SingleValue } from "./choice-value";
import { defineQuestionType, nonEmptyList, notNull, type AnswerView, type ValueProblem } from "./definition";

/** The key of the "Other (explain)" choice. */
export const OTHER = "other";
/** Longest "other, explain" text. */
export const OTHER_MAX_LENGTH = 1_000;

export type SingleQuestion = Extract<Question, { type: "single" }>;
export type MultipleQuestion = Extract<Question, { type: "multiple" }>;
type ChoiceQuestion = SingleQuestion | MultipleQuestion;

/** Known options only, each once, and an "other" text within its limit. */
function checkChoices(question: ChoiceQuestion, chosen: readonly string[], otherText: string | undefined): ValueProblem | null {
  const keys = new Set([...question.options.map((option) => option.key), ...(question.allowOther ? [OTHER] : [])]);
  if (!chosen.every((choice) => keys.has(choice)) || new Set(chosen).size !== chosen.length) return { code: "INVALID_INPUT" };
  if ((otherText?.length ?? 0) > OTHER_MAX_LENGTH) return { code: "TOO_LONG", max: OTHER_MAX_LENGTH };
  return null;
}

function viewChoices(question: ChoiceQuestion, chosen: readonly string[], otherText: string | undefined): AnswerView {
  return {
    as: "choices",
    chosen: chosen.map((key) => ({ key, label: question.options.find((option) => option.key === key) ?? null, isOther: key === OTHER })),
    other: otherText,
  };
}

export const singleType = defineQuestionType<SingleQuestion, SingleValue>({
  kind: "single",
  empty: { choice: null },
  answered: notNull("choice"),
  limits: () => ({ text: OTHER_MAX_LENGTH }),
  check: (question, value) => checkChoices(question, value.choice === null ? [] : [value.choice], value.other),
  view: (question, value) => viewChoices(question, value.choice ? [value.choice] : [], value.other),
});

export const multipleType = defineQuestionType<MultipleQuestion, MultipleValue>({
  kind: "multiple",
  empty: { choices: [] },
  answered: nonEmptyList("choices"),
  limits: () => ({ text: OTHER_MAX_LENGTH }),
  check: (question, value) => checkChoices(question, value.choices, value.other),
  view: (question, value) => viewChoices(question, value.choices, value.other),
});
