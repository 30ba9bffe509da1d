import { z } from "zod";
import { idSchema } from "@/lib/ids";
import { LOCALES } from "@/lib/config";

/** Inputs of the review screens and their endpoints; shared by forms and server (client-safe). */

const id = idSchema;

/** GET /api/review/progress?class=<id>&assignment=<id>[&group=<id>]: the grid the progress page polls, of one group's students on request. */
export const progressQuerySchema = z.strictObject({ class: id, assignment: id, group: id.optional() });

/** A feedback comment's limit: a paragraph or two, which the student reads beside their answer. */
export const FEEDBACK_MAX_LENGTH = 4_000;
export const FEEDBACK_MAX_BODY_BYTES = 32 * 1024;

/** What the teacher edits beside an answer: a comment and a 0–3 rubric score, both optional. */
export const feedbackValueSchema = z.strictObject({
  comment: z.string().max(FEEDBACK_MAX_LENGTH),
  score: z.number().int().min(0).max(3).nullable(),
});
export type FeedbackValue = z.infer<typeof feedbackValueSchema>;

/** POST /api/review/feedback: one autosave of a feedback draft, with the answers' revision rule. */
export const saveFeedbackSchema = z.strictObject({
  answerId: id,
  value: feedbackValueSchema,
  baseRevision: z.number().int().min(0).max(2_000_000_000),
  saveId: z.string().min(8).max(64),
  locale: z.enum(LOCALES).optional(),
});
export type SaveFeedbackInput = z.infer<typeof saveFeedbackSchema>;
export type SavedFeedback = { revision: number; savedAt: string; duplicate: boolean };

/** The forms of the review screens (server actions): a student of an assignment, or the whole assignment. */
const ref = { classId: id, assignmentId: id, locale: z.enum(LOCALES) };
export const studentRefSchema = z.object({ ...ref, enrolmentId: id });
/** A message to the student when returning their work, read in the reader beside their answers. */
export const RETURN_MESSAGE_MAX_LENGTH = 1_000;
/** Return for revision: an optional message, and whether the comments go to the student with it (a checkbox). */
export const returnAttemptSchema = studentRefSchema.extend({
  message: z
    .string()
    .max(RETURN_MESSAGE_MAX_LENGTH, { error: "TOO_LONG" })
    .optional()
    .transform((value) => (value?.trim() ? value.trim() : null)),
  publish: z
    .literal("on")
    .optional()
    .transform((value) => value === "on"),
});
export const assignmentReleaseSchema = z.object(ref);
export const bankEntrySchema = z.object({ text: z.string().trim().min(1, { error: "FIELD_REQUIRED" }).max(FEEDBACK_MAX_LENGTH, { error: "TOO_LONG" }) });

/** A student's work in an assignment, as the data page's delete button names it. */
export const studentWorkSchema = z.object({ assignmentId: idSchema, studentId: idSchema });
