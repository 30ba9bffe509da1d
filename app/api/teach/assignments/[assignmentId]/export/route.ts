import { exportEndpoint } from "@/lib/export/http";

/** GET /api/teach/assignments/:assignmentId/export?sep=comma|semicolon&pseudonymised=0|1&locale=fr|en — an assignment's answers as CSV. */
export const { GET, POST, PUT, PATCH, DELETE } = exportEndpoint("GET /api/teach/assignments/:id/export", (params) => ({
  assignmentId: params.assignmentId ?? "",
}));
