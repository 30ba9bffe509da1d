import type { NextApiRequest, NextApiResponse } from "next";
import { sendExport } from "@/lib/export/http";

/** Streamed: no body to parse, and no size warning for a large file. */
export const config = { api: { bodyParser: false, responseLimit: false } };

/** GET /api/teach/assignments/:assignmentId/export?sep=comma|semicolon&pseudonymised=0|1&locale=fr|en — an assignment's answers as CSV. */
export default async function handler(request: NextApiRequest, response: NextApiResponse) {
  await sendExport(request, response, { assignmentId: String(request.query.assignmentId) }, "GET /api/teach/assignments/:id/export");
}
