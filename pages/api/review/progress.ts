import type { NextApiRequest, NextApiResponse } from "next";
import { resolveSession } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { requestLocale } from "@/lib/http/api";
import { headersOf, sendError, sendJson } from "@/lib/http/node";
import { getAssignmentProgress } from "@/lib/review/queries";
import { progressQuerySchema } from "@/lib/review/schemas";

const PRIVATE = { "cache-control": "private, no-store" };

/**
 * GET /api/review/progress?class=<id>&assignment=<id> — the live progress grid of an assignment,
 * which its page polls every few seconds while a teacher has it open (a projector all lesson
 * long): one SQL statement, in pages/api for the same reason as the reader's own GET. Only the
 * teacher of the class gets it; anyone else reads NOT_FOUND, and nobody signed in SIGNED_OUT.
 */
export default async function handler(request: NextApiRequest, response: NextApiResponse) {
  const headers = headersOf(request);
  let setCookie: string[] = [];
  try {
    if (request.method !== "GET") throw new AppError("METHOD_NOT_ALLOWED", { allow: "GET" });
    const query = progressQuerySchema.safeParse(request.query);
    if (!query.success) throw new AppError("INVALID_INPUT", { fields: ["class", "assignment"] });
    const session = await resolveSession(headers, { live: true });
    setCookie = session.setCookie;
    if (!session.viewer || session.viewer.isGuest) throw new AppError("SIGNED_OUT");
    const progress = await getAssignmentProgress(session.viewer, query.data.class, query.data.assignment);
    if (!progress) throw new AppError("NOT_FOUND");
    sendJson(response, 200, progress.grid, setCookie, PRIVATE);
  } catch (error) {
    sendError(response, error, requestLocale(headers), { route: "GET /api/review/progress" }, setCookie);
  }
}
