import type { NextApiRequest, NextApiResponse } from "next";
import { sendExport } from "@/lib/export/http";

/** Streamed: no body to parse, and no size warning for a large file. */
export const config = { api: { bodyParser: false, responseLimit: false } };

/** GET /api/teach/classes/:classId/export?sep=…&pseudonymised=…&locale=… — every assignment of a class, one CSV. */
export default async function handler(request: NextApiRequest, response: NextApiResponse) {
  await sendExport(request, response, { classId: String(request.query.classId) }, "GET /api/teach/classes/:id/export");
}
