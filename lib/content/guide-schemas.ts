import { z } from "zod";
import { contentKeySchema, isoDateSchema, sourceIdsSchema, textSchema as text } from "./schemas";

/**
 * A teacher's guide (content/guides/<subject>.yaml): one per article, named by its slug, and one
 * for the comparison exercise. Client-safe (pure zod). What spans files (the questions it cites
 * exist, the plan fills the lesson, every guide is there) is checked in ./guide-checks.ts; its
 * sources, French typography and numbers are checked with every other file (./check.ts).
 */

/** The guide of the comparison exercise (content/comparison.yaml); the others are named by article slug. */
export const COMPARISON_GUIDE = "comparison";

/** A French secondary lesson. The plan's steps add up to it exactly. */
export const LESSON_MINUTES = 55;

/**
 * The programme strands an objective serves. Named plainly on the page (messages: guides.programme),
 * never with an official code or a quotation the programmes do not contain.
 */
export const PROGRAMMES = ["emi-cycle4", "emc-cycle4", "emc-lycee", "hggsp-premiere"] as const;
export const programmeSchema = z.enum(PROGRAMMES);
export type Programme = z.infer<typeof programmeSchema>;

/**
 * The screens of the app a step happens on. Each exists: the reader's three tabs, an assignment's
 * progress grid, its answers by question (and their projection, one answer at a time without
 * names), by student, its class charts (closed questions, trust before and after, the class's
 * heatmap beside the reference annotation), the comparison pages and the method page.
 */
export const SCREENS = [
  "reader",
  "reader-claims",
  "reader-background",
  "progress",
  "by-question",
  "projection",
  "by-student",
  "charts",
  "compare-exercise",
  "compare-matrix",
  "compare-numbers",
  "compare-timeline",
  "compare-map",
  "method",
] as const;
export const screenSchema = z.enum(SCREENS);
export type Screen = z.infer<typeof screenSchema>;

/** Question keys of the guide's subject: its article's questions, or the comparison exercise. */
const questionKeys = z.array(contentKeySchema).default([]);

const titled = z.strictObject({ title: text, text });

const stepSchema = z.strictObject({
  minutes: z.number().int().min(1).max(LESSON_MINUTES),
  /** Where the class is; none for a step away from the screen (a discussion, the board). */
  screen: screenSchema.optional(),
  questions: questionKeys,
  fr: titled,
  en: titled,
});
export type GuideStep = z.infer<typeof stepSchema>;

const lessonSchema = z.strictObject({ questions: questionKeys, fr: titled, en: titled });

export const guideFileSchema = z.strictObject({
  /** The article slug, or "comparison": the file's own name. */
  subject: contentKeySchema,
  /** The day the guide was last checked against content/ (as claim cards carry theirs). */
  asOf: isoDateSchema,
  fr: z.strictObject({ summary: text }),
  en: z.strictObject({ summary: text }),
  objectives: z
    .array(
      z.strictObject({
        programmes: z.array(programmeSchema).min(1, "name at least one programme strand"),
        /** The questions that work on it; their reading stages show on the page. */
        questions: z.array(contentKeySchema).min(1, "cite the questions that work on it"),
        fr: text,
        en: text,
      }),
    )
    .min(2),
  /** One lesson, step by step. */
  plan: z.array(stepSchema).min(3),
  /** The same work over two lessons. */
  twoLessons: z.tuple([lessonSchema, lessonSchema], { error: "the variant has exactly two lessons" }),
  /** What a teacher must know before class: neutral, dated, each point sourced. */
  background: z.array(z.strictObject({ sources: sourceIdsSchema, fr: text, en: text })).min(3),
  misconceptions: z
    .array(
      z.strictObject({
        questions: questionKeys,
        fr: z.strictObject({ belief: text, answer: text }),
        en: z.strictObject({ belief: text, answer: text }),
      }),
    )
    .min(2),
  extension: z.strictObject({
    questions: questionKeys,
    sources: z.array(contentKeySchema).default([]),
    fr: titled,
    en: titled,
  }),
});
export type GuideFile = z.infer<typeof guideFileSchema>;
