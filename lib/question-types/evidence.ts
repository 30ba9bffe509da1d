import { z } from "zod";
import type { Question } from "@/lib/content/schemas";
import { defineQuestionType, nonEmptyList } from "./definition";
import { checkPassages, highlightSchema } from "./passage";

export type EvidenceQuestion = Extract<Question, { type: "evidence" }>;

export const evidenceValueSchema = z.strictObject({ highlights: z.array(highlightSchema) });
export type EvidenceValue = z.infer<typeof evidenceValueSchema>;

export const evidenceType = defineQuestionType<EvidenceQuestion, EvidenceValue>({
  kind: "evidence",
  schema: evidenceValueSchema,
  empty: { highlights: [] },
  answered: nonEmptyList("highlights"),
  limits: (question) => ({ passages: question.maxHighlights }),
  check: (question, value, { blocks }) => checkPassages(value.highlights, question.maxHighlights, blocks),
  view: (_question, value) => ({ as: "passages", passages: value.highlights }),
});
