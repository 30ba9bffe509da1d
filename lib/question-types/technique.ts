import { z } from "zod";
import type { Question } from "@/lib/content/schemas";
import { TECHNIQUE_IDS } from "@/lib/content/schemas";
import { defineQuestionType, nonEmptyList } from "./definition";
import { checkPassages, highlightSchema } from "./passage";

export type TechniqueQuestion = Extract<Question, { type: "technique" }>;

export const techniqueValueSchema = z.strictObject({
  tags: z.array(highlightSchema.extend({ technique: z.enum(TECHNIQUE_IDS) })),
});
export type TechniqueValue = z.infer<typeof techniqueValueSchema>;
export type TaggedPassage = TechniqueValue["tags"][number];

export const techniqueType = defineQuestionType<TechniqueQuestion, TechniqueValue>({
  kind: "technique",
  schema: techniqueValueSchema,
  empty: { tags: [] },
  answered: nonEmptyList("tags"),
  limits: (question) => ({ passages: question.maxTags }),
  check: (question, value, { blocks }) => checkPassages(value.tags, question.maxTags, blocks),
  view: (_question, value) => ({ as: "passages", passages: value.tags }),
});
