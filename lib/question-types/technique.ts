import type { Question } from "@/lib/content/schemas";
import { defineQuestionType, nonEmptyList } from "./definition";
import { checkPassages } from "./passage";
import type { TechniqueValue } from "./technique-value";

export type { TaggedPassage, TechniqueValue } from "./technique-value";

export type TechniqueQuestion = Extract<Question, { type: "technique" }>;

export const techniqueType = defineQuestionType<TechniqueQuestion, TechniqueValue>({
  kind: "technique",
  empty: { tags: [] },
  answered: nonEmptyList("tags"),
  limits: (question) => ({ passages: question.maxTags }),
  // The control excerpts are part of this exercise (lib/content/controls.ts); with no article to check against, none to check either.
  check: (question, value, { blocks, controls }) => checkPassages(value.tags, question.maxTags, blocks, controls ?? new Map()),
  view: (_question, value) => ({ as: "passages", passages: value.tags }),
});
