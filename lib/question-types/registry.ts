import type { Question } from "@/lib/content/schemas";
import type { MultipleValue, SingleValue } from "./choice-value";
import { multipleType, singleType } from "./choice";
import type { QuestionLike, QuestionTypeDefinition } from "./definition";
import { evidenceType } from "./evidence";
import type { EvidenceValue } from "./evidence-value";
import { lateralType, type LateralValue } from "./lateral";
import { matrixType, type MatrixQuestion, type MatrixValue } from "./matrix";
import { openType } from "./open";
import type { OpenValue } from "./open-value";
import { scaleType } from "./scale";
import type { ScaleValue } from "./scale-value";
import { techniqueType, type TechniqueValue } from "./technique";
import { calibrationType, type CalibrationValue } from "./calibration";

/**
 * The question types, and the one way every layer reads an answer: editors, the server's check,
 * progress (in TypeScript and in SQL), results, the review cards, the charts and the CSV export all
 * dispatch through here and through ./values.ts (the same types with their zod schemas), so a new
 * type is its modules plus its editor. This half has no zod: client components use it. What a
 * question of the type says (prompt, options, limits set by the author) is content, validated in
 * lib/content/schemas.ts, and the Question row stores its type in the QuestionType enum.
 */

/** In the order "answered" is decided in (./definition.ts AnsweredRule). */
const BUILT_IN = [openType, singleType, multipleType, scaleType, evidenceType, techniqueType, matrixType, lateralType, calibrationType] as const;

/** A stored answer, whatever its question's type (each shape is declared once, in its `*-value.ts`). */
export type AnswerValue = OpenValue | SingleValue | MultipleValue | ScaleValue | EvidenceValue | TechniqueValue | MatrixValue | LateralValue | CalibrationValue;
/** Anything an answer belongs to. */
export type AnswerQuestion = Question | MatrixQuestion;

export type AnyQuestionType = QuestionTypeDefinition<QuestionLike, unknown>;
const types = new Map<string, AnyQuestionType>(BUILT_IN.map((definition) => [definition.kind, definition as AnyQuestionType]));

/** Adds a type at run time (with its schema: ./values.ts registerQuestionType). */
export function registerTypeRules<Q extends QuestionLike, V>(definition: QuestionTypeDefinition<Q, V>): void {
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
