import { saveAnswer } from "@/lib/answers/mutations";
import { saveAnswerSchema, type SaveAnswerResponse } from "@/lib/answers/schemas";
import { getOrCreateViewer } from "@/lib/auth/session";
import { ANSWER_LIMITS } from "@/lib/config";
import { endpoint } from "@/lib/http/route";

/**
 * POST /api/answers — save one answer (documented in docs/api.md). Used by the reader's autosave,
 * including its keepalive flush when a page is left. A visitor without a session becomes a guest.
 */
export const { GET, POST, PUT, PATCH, DELETE } = endpoint({
  method: "POST",
  route: "POST /api/answers",
  body: { schema: saveAnswerSchema, maxBytes: ANSWER_LIMITS.maxBodyBytes },
  async handle({ body, headers, setCookies }) {
    let sessionCreated = false;
    const saved = await saveAnswer(body, async ({ live }) => {
      // Work for an assignment is a student's: without their session, sign in again (never a guest).
      // An attempt id names one of the viewer's attempts: without a session it is no one's here.
      const withoutSession = body.assignmentId ? "SESSION_ENDED" : body.attemptId ? "ATTEMPT_NOT_FOUND" : undefined;
      const { expectSession, expectUser } = body;
      const resolved = await getOrCreateViewer(headers, { expectSession, withoutSession, expectUser, live });
      setCookies(resolved.setCookie);
      sessionCreated = resolved.sessionCreated;
      return resolved.viewer;
    });
    return Response.json({ ok: true, ...saved, ...(sessionCreated ? { sessionCreated: true } : {}) } satisfies SaveAnswerResponse);
  },
});
