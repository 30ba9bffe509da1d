import type { Localized } from "@/lib/content/schemas";
import type { Highlight } from "./passage";
import type { BlockTexts, ValueProblem } from "./problems";

export type { BlockTexts, ValueProblem } from "./problems";

/**
 * What every question type declares about its answers: the value before the learner gives one,
 * when it counts as answered, its limits, the checks beyond the shape, and how it reads (a view that
 * the review cards, the results and the CSV export render). The shape itself is the type's zod
 * schema, in its `*-value.ts` module; this half has no zod, so editors and other client components
 * can use it without bundling zod (the article page's scripts stay as small as they were).
 */

/** Anything an answer belongs to: a question of a question set, or the comparison matrix. */
export type QuestionLike = { readonly type: string };

/** What the server knows beyond the question when it checks a value (the article, the comparison's rows and columns). */
export type CheckContext = {
  blocks?: BlockTexts;
  /** The technique exercise's control excerpts, by block id (x1, x2, …). */
  controls?: BlockTexts;
  articles?: ReadonlySet<string>;
  narratives?: ReadonlySet<string>;
  /** The ids of the app's source cards (a lateral-reading trail may cite them when the web is blocked). */
  sourceCards?: ReadonlySet<string>;
};

/** The most a value may hold: characters in a text field, passages chosen, entries in a list (a trail's sources). */
export type AnswerLimits = { text?: number; passages?: number; entries?: number };

/**
 * "Answered", as a rule on the one field that marks the type's values, so that the same rule runs
 * in TypeScript and in SQL (lib/review/queries.ts counts answered questions in the statement).
 */
export type AnsweredRule = {
  /** The key that marks this type's values; the first type whose key a value has decides. */
  field: string;
  test(fieldValue: unknown): boolean;
  /** The same test in SQL, on the jsonb value `v`. */
  sql(v: string): string;
};

/** An answer as it reads, in a few shapes the review cards, the results and the CSV know how to show. */
export type AnswerView =
  | { as: "text"; text: string }
  | { as: "number"; value: number | null; max: number }
  | { as: "choices"; chosen: Array<{ key: string; label: Localized<string> | null; isOther: boolean }>; other: string | undefined }
  | { as: "passages"; passages: Array<Highlight & { technique?: string }> }
  | { as: "matrix"; found: Array<{ article: string; narrative: string; passage?: string }> }
  | {
      as: "trail";
      /** In the order added: a web address or a source card's id, what it says, the trust given (1–4) and why. */
      trail: Array<{ url?: string; card?: string; says: string; trust: number | null; why: string }>;
      verdict: string;
      /** From opening the task to the verdict. */
      seconds: number | null;
      offline: boolean;
      /** Distinct sites outside the subject's own and the app: a hint for the teacher, never a score. */
      outside: number;
    }
  | { as: "estimates"; estimates: Array<{ claim: string; before: number | null; after: number | null }> };

export type QuestionTypeDefinition<Q extends QuestionLike, V> = {
  kind: Q["type"];
  /** Shared object: never mutated (editors build new values; emptyValue clones it). */
  empty: V;
  answered: AnsweredRule;
  limits(question: Q): AnswerLimits;
  /** Problems beyond the shape, or null. */
  check(question: Q, value: V, context: CheckContext): ValueProblem | null;
  view(question: Q, value: V): AnswerView;
};

export const defineQuestionType = <Q extends QuestionLike, V>(definition: QuestionTypeDefinition<Q, V>) => definition;

export const nonBlankText = (field: string): AnsweredRule => ({
  field,
  test: (text) => typeof text === "string" && text.trim().length > 0,
  sql: (v) => `btrim(${v}->>'${field}') <> ''`,
});

export const notNull = (field: string): AnsweredRule => ({
  field,
  test: (value) => value !== null,
  sql: (v) => `${v}->'${field}' <> 'null'::jsonb`,
});

export const nonEmptyList = (field: string): AnsweredRule => ({
  field,
  test: (list) => Array.isArray(list) && list.length > 0,
  sql: (v) => `jsonb_array_length(${v}->'${field}') > 0`,
});

/**
 * A value an editor holds (its own edits, a draft it wrote, the server's copy, all of its type) with
 * the type's empty value filling any field it lacks. Unchecked: the server checks with the schema.
 */
export const readValue = <V>(type: { empty: V }, value: unknown): V =>
  (value !== null && typeof value === "object" && !Array.isArray(value) ? { ...type.empty, ...value } : type.empty) as V;
