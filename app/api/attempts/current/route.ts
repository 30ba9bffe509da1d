import { contextOf } from "@/lib/attempts/context";
import { getLearnerState } from "@/lib/attempts/queries";
import { currentAttemptQuerySchema } from "@/lib/attempts/schemas";
import { EMPTY_LEARNER_STATE, type LearnerState } from "@/lib/attempts/state";
import { getContent } from "@/lib/content";
import { AppError } from "@/lib/errors";
import { COMPARISON_EXERCISE_KEY, exerciseKeyForArticle } from "@/lib/exercises/keys";
import { endpoint, privateJson } from "@/lib/http/route";

/**
 * GET /api/attempts/current?article=<slug> (or ?exercise=comparison), with &assignment=<id> for
 * work given by a teacher — the viewer's own work on that exercise: the attempt in progress with
 * its answers and the last submitted one, or in an assignment's context the assignment with the
 * one attempt it allows. The reader pages are the same for everyone and served static; this is
 * their one per-learner request (one SQL statement; for a student in self-study, a second beside it
 * says whether one of their classes holds the commentary back). A visitor without a session gets the empty
 * state and no session; an assignment that is not theirs is not found.
 */
export const { GET, POST, PUT, PATCH, DELETE } = endpoint({
  method: "GET",
  route: "GET /api/attempts/current",
  query: currentAttemptQuerySchema,
  queryFields: ["article"],
  async handle({ query, session: readSession }) {
    if ("article" in query) {
      const slug = query.article;
      if (!(await getContent()).articles.some((article) => article.slug === slug)) throw new AppError("UNKNOWN_ARTICLE");
    }
    const session = await readSession();
    const exerciseKey = "article" in query ? exerciseKeyForArticle(query.article) : COMPARISON_EXERCISE_KEY;
    const context = contextOf(query.assignment);
    if (!session.viewer) {
      // Nobody signed in: nothing of theirs. An assignment is a student's: sign in to work on it.
      if (context.kind === "assignment") throw new AppError("SESSION_ENDED");
      return privateJson({ ...EMPTY_LEARNER_STATE, viewer: null } satisfies LearnerState);
    }
    const state = await getLearnerState(session.viewer, exerciseKey, context);
    if (!state) throw new AppError("ASSIGNMENT_NOT_FOUND");
    const viewer = session.viewer.isGuest ? ({ viewer: "guest" } as const) : ({ viewer: "account", account: session.viewer.id } as const);
    return privateJson({ ...state, ...viewer } satisfies LearnerState);
  },
});
