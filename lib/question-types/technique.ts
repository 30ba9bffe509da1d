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
  check: (question, value, { blocks }) => checkPassages(value.tags, question.maxTags, blocks),
  view: (_question, value) => ({ as: "passages", passages: value.tags }),
});
