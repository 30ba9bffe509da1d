import type { Json } from "@/lib/autosave/syncer";

export type AnswerKind = "open" | "single" | "multiple" | "scale" | "evidence" | "technique" | "matrix";

/**
 * Each question type's answer before the learner has given one: what an editor shows first and
 * what a save is compared with. Client-safe (no zod), for the editors and lib/answers/values.ts.
 * Shared objects: never mutated (the editors build new values).
 */
export const EMPTY_VALUES: Readonly<Record<AnswerKind, Json>> = {
  open: { text: "" },
  single: { choice: null },
  multiple: { choices: [] },
  scale: { value: null },
  evidence: { highlights: [] },
  technique: { tags: [] },
  matrix: { cells: {} },
};

/** The id of a question's prompt, which its answer field is labelled by. */
export const promptId = (question: string) => `q-${question}-prompt`;
