import type { NextApiRequest, NextApiResponse } from "next";
import { getLearnerState } from "@/lib/attempts/queries";
import { currentAttemptQuerySchema } from "@/lib/attempts/schemas";
import { contextOf } from "@/lib/attempts/context";
import { EMPTY_LEARNER_STATE, type LearnerState } from "@/lib/attempts/state";
import { resolveSession } from "@/lib/auth/session";
import { getContent } from "@/lib/content";
import { AppError } from "@/lib/errors";
import { COMPARISON_EXERCISE_KEY, exerciseKeyForArticle } from "@/lib/exercises/keys";
import { requestLocale } from "@/lib/http/api";
import { headersOf, sendError, sendJson } from "@/lib/http/node";

const PRIVATE = { "cache-control": "private, no-store" };

/**
 * GET /api/attempts/current?article=<slug> (or ?exercise=comparison), with &assignment=<id> for
 * work given by a teacher — the viewer's own work on that exercise: the attempt in progress with
 * its answers and the last submitted one, or in an assignment's context the assignment with the
 * one attempt it allows. The reader pages are the same for everyone and served static; this is
 * their one per-learner request (one SQL statement; for a student in self-study, a second beside it
 * says whether one of their classes holds the commentary back). A visitor without a session gets the empty
 * state and no session; an assignment that is not theirs is not found. In pages/api for speed.
 */
export default async function handler(request: NextApiRequest, response: NextApiResponse) {
  const headers = headersOf(request);
  let setCookie: string[] = [];
  try {
    if (request.method !== "GET") throw new AppError("METHOD_NOT_ALLOWED", { allow: "GET" });
    const query = currentAttemptQuerySchema.safeParse(request.query);
    if (!query.success) throw new AppError("INVALID_INPUT", { fields: ["article"] });
    if ("article" in query.data) {
      const slug = query.data.article;
      if (!(await getContent()).articles.some((article) => article.slug === slug)) throw new AppError("UNKNOWN_ARTICLE");
    }
    const session = await resolveSession(headers);
    setCookie = session.setCookie;
    const exerciseKey = "article" in query.data ? exerciseKeyForArticle(query.data.article) : COMPARISON_EXERCISE_KEY;
    const context = contextOf(query.data.assignment);
    if (!session.viewer) {
      // Nobody signed in: nothing of theirs. An assignment is a student's: sign in to work on it.
      if (context.kind === "assignment") throw new AppError("SESSION_ENDED");
      return sendJson(response, 200, { ...EMPTY_LEARNER_STATE, viewer: null } satisfies LearnerState, setCookie, PRIVATE);
    }
    const state = await getLearnerState(session.viewer, exerciseKey, context);
    if (!state) throw new AppError("ASSIGNMENT_NOT_FOUND");
    const viewer = session.viewer.isGuest ? ({ viewer: "guest" } as const) : ({ viewer: "account", account: session.viewer.id } as const);
    sendJson(response, 200, { ...state, ...viewer } satisfies LearnerState, setCookie, PRIVATE);
  } catch (error) {
    sendError(response, error, requestLocale(headers), { route: "GET /api/attempts/current" }, setCookie);
  }
}
