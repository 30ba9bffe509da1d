import { z } from "zod";
import type { Question } from "@/lib/content/schemas";
import { defineQuestionType, nonEmptyList } from "./definition";
import { highlightSchema, passagesFit } from "./passage";

export type EvidenceQuestion = Extract<Question, { type: "evidence" }>;

export const evidenceValueSchema = z.strictObject({ highlights: z.array(highlightSchema) });
export type EvidenceValue = z.infer<typeof evidenceValueSchema>;

export const evidenceType = defineQuestionType<EvidenceQuestion, EvidenceValue>({
  kind: "evidence",
  schema: evidenceValueSchema,
  empty: { highlights: [] },
  answered: nonEmptyList("highlights"),
  limits: (question) => ({ passages: question.maxHighlights }),
  check: (question, value, { blocks }) => {
    const max = question.maxHighlights;
    if (value.highlights.length > max) return { code: "TOO_MANY_PASSAGES", max };
    return passagesFit(value.highlights, blocks) ? null : { code: "INVALID_INPUT" };
  },
  view: (_question, value) => ({ as: "passages", passages: value.highlights }),
});
