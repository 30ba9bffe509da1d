import { exportEndpoint } from "@/lib/export/http";

/** GET /api/teach/classes/:classId/export?sep=…&pseudonymised=…&locale=… — every assignment of a class, one CSV. */
export const { GET, POST, PUT, PATCH, DELETE } = exportEndpoint("GET /api/teach/classes/:id/export", (params) => ({ classId: params.classId ?? "" }));
