import type { z } from "zod";
import type { Question } from "@/lib/content/schemas";
import type { AnswerView, CheckContext, QuestionLike, QuestionTypeDefinition, ValueProblem } from "./definition";
import { evidenceType } from "./evidence";
import type { Highlight } from "./passage";
import { matrixType, type MatrixQuestion } from "./matrix";
import { multipleType, singleType } from "./choice";
import { openType } from "./open";
import { scaleType } from "./scale";
import { techniqueType } from "./technique";

/**
 * The question types, and the one way every layer reads an answer: editors, the server's check,
 * progress (in TypeScript and in SQL), results, the review cards, the charts and the CSV export all
 * dispatch through here, so a new type is its own module plus its editor. Client-safe. What a
 * question of the type says (prompt, options, limits set by the author) is content, validated in
 * lib/content/schemas.ts, and the Question row stores its type in the QuestionType enum.
 */

/** In the order "answered" is decided in (./definition.ts AnsweredRule). */
const BUILT_IN = [openType, singleType, multipleType, scaleType, evidenceType, techniqueType, matrixType] as const;

/** A stored answer, whatever its question's type. */
export type AnswerValue = (typeof BUILT_IN)[number] extends infer D ? (D extends { schema: z.ZodType<infer V> } ? V : never) : never;
/** Anything an answer belongs to. */
export type AnswerQuestion = Question | MatrixQuestion;

type AnyQuestionType = QuestionTypeDefinition<QuestionLike, unknown>;
const types = new Map<string, AnyQuestionType>(BUILT_IN.map((definition) => [definition.kind, definition as AnyQuestionType]));

/** Adds a type at run time: how the tests prove that every consumer handles a type it has never heard of. */
export function registerQuestionType<Q extends QuestionLike, V>(definition: QuestionTypeDefinition<Q, V>): void {
  types.set(definition.kind, definition as unknown as AnyQuestionType);
}

export function questionType(kind: string): AnyQuestionType {
  const definition = types.get(kind);
  if (!definition) throw new Error(`unknown question type ${kind}`);
  return definition;
}

/** The answer an editor shows first: a fresh copy of the type's empty value. */
export const emptyValue = (question: QuestionLike): AnswerValue => structuredClone(questionType(question.type).empty) as AnswerValue;

/** Whether a stored answer says something, for progress and "resume where you left off". */
export function isAnswered(value: unknown): boolean {
  if (!value || typeof value !== "object") return false;
  for (const { answered } of types.values()) {
    if (answered.field in value) return answered.test((value as Record<string, unknown>)[answered.field]);
  }
  return false;
}

/** isAnswered in SQL, on an answer value `v` (jsonb): the same rules, in the same order. */
export function answeredSql(v: string): string {
  const cases = [...types.values()].map(({ answered }) => `WHEN ${v} ? '${answered.field}' THEN ${answered.sql(v)}`);
  return `CASE ${cases.join("\n  ")}\n  ELSE false END`;
}

export type ValueCheck = { ok: true; value: AnswerValue } | ({ ok: false } & ValueProblem);

/** Checks a value against its question; the context (the article, the comparison's rows) checks what the question alone cannot. */
export function checkAnswerValue(question: QuestionLike, value: unknown, context: CheckContext = {}): ValueCheck {
  const definition = questionType(question.type);
  const parsed = definition.schema.safeParse(value);
  if (!parsed.success) return { ok: false, code: "WRONG_TYPE" };
  const problem = definition.check(question, parsed.data, context);
  return problem ? { ok: false, ...problem } : { ok: true, value: parsed.data as AnswerValue };
}

/** How a stored answer reads; null when it no longer has its type's shape (it was checked on save). */
export function answerView(question: QuestionLike, value: unknown): AnswerView | null {
  const definition = questionType(question.type);
  const parsed = definition.schema.safeParse(value);
  return parsed.success ? definition.view(question, parsed.data) : null;
}

/** The options a closed answer chose (none for other types). */
export function chosenKeys(question: QuestionLike, value: unknown): string[] {
  const view = answerView(question, value);
  return view?.as === "choices" ? view.chosen.map((choice) => choice.key) : [];
}

/** The passages an answer marks in the article (none for types without passages). */
export function passagesOf(question: QuestionLike, value: unknown): Highlight[] {
  const view = answerView(question, value);
  return view?.as === "passages" ? view.passages : [];
}
