import type { Question } from "@/lib/content/schemas";
import { defineQuestionType, nonEmptyList } from "./definition";
import type { EvidenceValue } from "./evidence-value";
import { checkPassages } from "./passage";

export type EvidenceQuestion = Extract<Question, { type: "evidence" }>;

export const evidenceType = defineQuestionType<EvidenceQuestion, EvidenceValue>({
  kind: "evidence",
  empty: { highlights: [] },
  answered: nonEmptyList("highlights"),
  limits: (question) => ({ passages: question.maxHighlights }),
  check: (question, value, { blocks }) => checkPassages(value.highlights, question.maxHighlights, blocks),
  view: (_question, value) => ({ as: "passages", passages: value.highlights }),
});
