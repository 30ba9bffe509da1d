import type { NextApiRequest, NextApiResponse } from "next";
import { saveAnswer } from "@/lib/answers/mutations";
import { saveAnswerSchema, type SaveAnswerResponse } from "@/lib/answers/schemas";
import { getOrCreateViewer } from "@/lib/auth/session";
import { ANSWER_LIMITS } from "@/lib/config";
import { fieldPath } from "@/lib/content/issues";
import { AppError } from "@/lib/errors";
import { assertSameOrigin, requestLocale } from "@/lib/http/api";
import { headersOf, readJsonBody, sendError, sendJson } from "@/lib/http/node";

/** The body is read here, with its own limit and error codes. */
export const config = { api: { bodyParser: false } };

/**
 * POST /api/answers — save one answer (documented in docs/api.md). Used by the reader's autosave,
 * including its keepalive flush when a page is left. A visitor without a session becomes a guest.
 * In pages/api for speed (lib/http/node.ts); otherwise an ordinary thin handler.
 */
export default async function handler(request: NextApiRequest, response: NextApiResponse) {
  const headers = headersOf(request);
  let locale = requestLocale(headers);
  let setCookie: string[] = [];
  try {
    if (request.method !== "POST") throw new AppError("METHOD_NOT_ALLOWED", { allow: "POST" });
    assertSameOrigin(headers);
    const parsed = saveAnswerSchema.safeParse(await readJsonBody(request, headers, ANSWER_LIMITS.maxBodyBytes));
    if (!parsed.success) {
      throw new AppError("INVALID_INPUT", { fields: parsed.error.issues.map((issue) => fieldPath(issue.path)) });
    }
    locale = parsed.data.locale ?? locale;
    let sessionCreated = false;
    const saved = await saveAnswer(parsed.data, async ({ live }) => {
      // Work for an assignment is a student's: without their session, sign in again (never a guest).
      // An attempt id names one of the viewer's attempts: without a session it is no one's here.
      const withoutSession = parsed.data.assignmentId ? "SESSION_ENDED" : parsed.data.attemptId ? "ATTEMPT_NOT_FOUND" : undefined;
      const { expectSession, expectUser } = parsed.data;
      const resolved = await getOrCreateViewer(headers, { expectSession, withoutSession, expectUser, live });
      ({ setCookie, sessionCreated } = resolved);
      return resolved.viewer;
    });
    const body: SaveAnswerResponse = { ok: true, ...saved, ...(sessionCreated ? { sessionCreated: true } : {}) };
    sendJson(response, 200, body, setCookie);
  } catch (error) {
    sendError(response, error, locale, { route: "POST /api/answers" }, setCookie);
  }
}
