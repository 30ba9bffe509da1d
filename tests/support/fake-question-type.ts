import { z } from "zod";
import { defineQuestionType, nonEmptyList } from "@/lib/question-types/definition";
import { checkPassages } from "@/lib/question-types/passage";
import { highlightSchema } from "@/lib/question-types/passage-value";
import { registerQuestionType } from "@/lib/question-types/values";

/**
 * A question type no consumer has heard of: the learner picks the sentences that sum the article
 * up. Defined and registered here only, it proves that every layer reads answers through the
 * registry (lib/question-types): if one still knew the answer shapes by heart, it would miss this one.
 */
export type PickQuestion = { type: "pick"; key: string; maxPicks: number };

const pickValueSchema = z.strictObject({ picks: z.array(highlightSchema) });

export const pickType = defineQuestionType<PickQuestion, z.infer<typeof pickValueSchema>>({
  kind: "pick",
  empty: { picks: [] },
  answered: nonEmptyList("picks"),
  limits: (question) => ({ passages: question.maxPicks }),
  check: (question, value, { blocks }) => checkPassages(value.picks, question.maxPicks, blocks),
  view: (_question, value) => ({ as: "passages", passages: value.picks }),
});

registerQuestionType({ ...pickType, schema: pickValueSchema });
