import { z } from "zod";
import { isoDateSchema, textSchema as text } from "./schemas";

/**
 * A working English translation of an article (content/articles/<slug>/translation.en.yaml), made
 * for study: the French original stays the source, and everything anchored in the text (quotes,
 * highlights, claims, passages) stays anchored there. One entry per block of the article but its
 * title (whose English is in meta.yaml), in the text's order. Client-safe (pure zod). What spans
 * files (every block translated, the same numbers as the original) is ./translation-checks.ts's.
 */

/** A translator's decision, said in a sentence (English: the translation's readers read it). */
const decision = text;

/** A second reader's pass over a translation, against the original: the changes it made, by block. */
const reviewSchema = z.strictObject({
  date: isoDateSchema,
  /** What the pass read and how, in a sentence. */
  scope: text,
  changes: z
    .array(
      z.strictObject({
        block: text,
        before: text,
        after: text,
        why: text,
      }),
    )
    .default([]),
});

export const translationFileSchema = z.strictObject({
  language: z.literal("en"),
  /** Decisions that concern the whole text. */
  notes: z.array(decision).min(1, "must say at least one decision the translator made"),
  blocks: z.record(
    z.string(),
    z.strictObject({
      text,
      /** What the translator had to decide in this block, if anything. */
      notes: z.array(decision).default([]),
    }),
  ),
  review: reviewSchema.optional(),
});

export type TranslationFile = z.infer<typeof translationFileSchema>;
