import { saveAnswer } from "@/lib/answers/mutations";
import { saveAnswerSchema, type SaveAnswerResponse } from "@/lib/answers/schemas";
import { getOrCreateViewer } from "@/lib/auth/session";
import { ANSWER_LIMITS } from "@/lib/config";
import { fieldPath } from "@/lib/content/issues";
import { AppError } from "@/lib/errors";
import { assertSameOrigin, errorResponse, readJsonBody, requestLocale, withCookies } from "@/lib/http/api";

/**
 * POST /api/answers — save one answer (documented in docs/api.md). Used by the reader's autosave,
 * including its keepalive flush when a page is left. A visitor without a session becomes a guest.
 */
export async function POST(request: Request) {
  let locale = requestLocale(request);
  let setCookie: string[] = [];
  try {
    assertSameOrigin(request);
    const parsed = saveAnswerSchema.safeParse(await readJsonBody(request, ANSWER_LIMITS.maxBodyBytes));
    if (!parsed.success) {
      throw new AppError("INVALID_INPUT", { fields: parsed.error.issues.map((issue) => fieldPath(issue.path)) });
    }
    locale = parsed.data.locale ?? locale;
    let sessionCreated = false;
    const saved = await saveAnswer(parsed.data, async () => {
      const resolved = await getOrCreateViewer(request, { expectSession: parsed.data.expectSession });
      ({ setCookie, sessionCreated } = resolved);
      return resolved.viewer;
    });
    const body: SaveAnswerResponse = { ok: true, ...saved, ...(sessionCreated ? { sessionCreated: true } : {}) };
    return withCookies(Response.json(body), setCookie);
  } catch (error) {
    return withCookies(await errorResponse(error, locale, { route: "POST /api/answers" }), setCookie);
  }
}
