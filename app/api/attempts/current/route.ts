import { getLearnerState } from "@/lib/attempts/queries";
import { currentAttemptQuerySchema } from "@/lib/attempts/schemas";
import { EMPTY_LEARNER_STATE } from "@/lib/attempts/state";
import { getRequestViewer } from "@/lib/auth/session";
import { getContent } from "@/lib/content";
import { AppError } from "@/lib/errors";
import { COMPARISON_EXERCISE_KEY, exerciseKeyForArticle } from "@/lib/exercises/keys";
import { errorResponse, requestLocale } from "@/lib/http/api";

const PRIVATE = { "cache-control": "private, no-store" };

/**
 * GET /api/attempts/current?article=<slug> (or ?exercise=comparison) — the viewer's own work on
 * that exercise: the attempt in progress with its answers, and the last submitted one. The reader
 * pages are the same for everyone and served static; this is their one per-learner request. A
 * visitor without a session gets the empty state and no session.
 */
export async function GET(request: Request) {
  try {
    const query = currentAttemptQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw new AppError("INVALID_INPUT", { fields: ["article"] });
    if ("article" in query.data) {
      const slug = query.data.article;
      if (!(await getContent()).articles.some((article) => article.slug === slug)) throw new AppError("UNKNOWN_ARTICLE");
    }
    const viewer = await getRequestViewer(request.headers);
    const exerciseKey = "article" in query.data ? exerciseKeyForArticle(query.data.article) : COMPARISON_EXERCISE_KEY;
    const state = viewer ? await getLearnerState(viewer, exerciseKey) : EMPTY_LEARNER_STATE;
    return Response.json(state, { headers: PRIVATE });
  } catch (error) {
    return errorResponse(error, requestLocale(request), { route: "GET /api/attempts/current" });
  }
}
