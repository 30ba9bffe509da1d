import { AppError } from "@/lib/errors";
import { endpoint } from "@/lib/http/route";
import { saveFeedback } from "@/lib/review/mutations";
import { FEEDBACK_MAX_BODY_BYTES, saveFeedbackSchema } from "@/lib/review/schemas";

/**
 * POST /api/review/feedback — autosave of a teacher's feedback draft beside an answer, by the same
 * client engine and revision rule as answers (lib/autosave/feedback.ts): one statement. Only the
 * class's teacher may write; anyone else reads NOT_FOUND, nobody SESSION_ENDED. Never creates a session.
 */
export const { GET, POST, PUT, PATCH, DELETE } = endpoint({
  method: "POST",
  route: "POST /api/review/feedback",
  body: { schema: saveFeedbackSchema, maxBytes: FEEDBACK_MAX_BODY_BYTES },
  async handle({ body, session }) {
    const { viewer } = await session({ live: true });
    // The teacher's session ended: the draft stays in their browser until they sign in again.
    if (!viewer || viewer.isGuest) throw new AppError("SESSION_ENDED");
    return Response.json({ ok: true, ...(await saveFeedback(viewer, body)) });
  },
});
