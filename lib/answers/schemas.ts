import { z } from "zod";
import { LOCALES } from "@/lib/config";

/**
 * The body of POST /api/answers, shared by the browser's autosave and the server. `value` is
 * checked against the question's type in ./values.ts once the question is known.
 */
export const saveAnswerSchema = z
  .strictObject({
    /** An article's question set… */
    article: z.string().min(1).max(100).optional(),
    /** …or the cross-article comparison exercise. */
    exercise: z.literal("comparison").optional(),
    question: z.string().min(1).max(100),
    /**
     * The assignment this work is for (the reader opened with ?assignment=<id>); omitted in
     * self-study. Untrusted until the server finds it given to a class the viewer is in.
     */
    assignmentId: z.string().min(1).max(64).optional(),
    /** The attempt the editor is working in; omitted on a first save, when the server opens one. */
    attemptId: z.string().min(1).max(64).optional(),
    value: z.unknown(),
    /** The revision this edit was based on (0 when the learner started from an empty answer). */
    // At most PostgreSQL's integer, the revision column's type: a larger one failed the query (a 500).
    baseRevision: z.number().int().min(0).max(2_147_483_647),
    /** Unique per edit: a retried request with the same id is applied once. */
    saveId: z.string().min(8).max(64),
    locale: z.enum(LOCALES).optional(),
    /** The browser was just given a session: refuse rather than create a guest if it is missing. */
    expectSession: z.boolean().optional(),
    /**
     * The account the page was opened with: a save without its session, or with someone else's,
     * is refused (SESSION_ENDED) instead of going to a new guest or to whoever signed in since.
     */
    expectUser: z.string().min(1).max(64).optional(),
  })
  .refine((input) => (input.article === undefined) !== (input.exercise === undefined), {
    message: "give either article or exercise",
    path: ["article"],
  });
export type SaveAnswerInput = z.infer<typeof saveAnswerSchema>;

/** What a successful save returns. */
export type SavedAnswer = { attemptId: string; revision: number; savedAt: string; duplicate: boolean };

/**
 * The response to a successful save. `sessionCreated`: the request had no session and the server
 * made a guest; the browser must send the same save again to show the cookie came back before it
 * may count the answer as saved.
 */
export type SaveAnswerResponse = SavedAnswer & { ok: true; sessionCreated?: true };
