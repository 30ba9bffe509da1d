import type { NextApiRequest, NextApiResponse } from "next";
import { resolveSession } from "@/lib/auth/session";
import { fieldPath } from "@/lib/content/issues";
import { AppError } from "@/lib/errors";
import { assertSameOrigin, requestLocale } from "@/lib/http/api";
import { headersOf, readJsonBody, sendError, sendJson } from "@/lib/http/node";
import { saveFeedback } from "@/lib/review/mutations";
import { FEEDBACK_MAX_BODY_BYTES, saveFeedbackSchema } from "@/lib/review/schemas";

/** The body is read here, with its own limit and error codes. */
export const config = { api: { bodyParser: false } };

/**
 * POST /api/review/feedback — autosave of a teacher's feedback draft beside an answer, by the same
 * client engine and revision rule as answers (lib/autosave/syncer.ts): one statement. Only the
 * class's teacher may write; anyone else reads NOT_FOUND, nobody SESSION_ENDED. Never creates a session.
 */
export default async function handler(request: NextApiRequest, response: NextApiResponse) {
  const headers = headersOf(request);
  let locale = requestLocale(headers);
  let setCookie: string[] = [];
  try {
    if (request.method !== "POST") throw new AppError("METHOD_NOT_ALLOWED", { allow: "POST" });
    assertSameOrigin(headers);
    const parsed = saveFeedbackSchema.safeParse(await readJsonBody(request, headers, FEEDBACK_MAX_BODY_BYTES));
    if (!parsed.success) throw new AppError("INVALID_INPUT", { fields: parsed.error.issues.map((issue) => fieldPath(issue.path)) });
    locale = parsed.data.locale ?? locale;
    const session = await resolveSession(headers, { live: true });
    setCookie = session.setCookie;
    // The teacher's session ended: the draft stays in their browser until they sign in again.
    if (!session.viewer || session.viewer.isGuest) throw new AppError("SESSION_ENDED");
    sendJson(response, 200, { ok: true, ...(await saveFeedback(session.viewer, parsed.data)) }, setCookie);
  } catch (error) {
    sendError(response, error, locale, { route: "POST /api/review/feedback" }, setCookie);
  }
}
