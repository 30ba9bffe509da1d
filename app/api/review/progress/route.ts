import { AppError } from "@/lib/errors";
import { endpoint, privateJson } from "@/lib/http/route";
import { getAssignmentProgress } from "@/lib/review/queries";
import { progressQuerySchema } from "@/lib/review/schemas";

/**
 * GET /api/review/progress?class=<id>&assignment=<id>[&group=<id>] — the live progress grid of an assignment (of one group's students),
 * which its page polls every few seconds while a teacher has it open (a projector all lesson
 * long): one SQL statement. Only the teacher of the class gets it; anyone else reads NOT_FOUND,
 * and nobody signed in SIGNED_OUT.
 */
export const { GET, POST, PUT, PATCH, DELETE } = endpoint({
  method: "GET",
  route: "GET /api/review/progress",
  query: progressQuerySchema,
  queryFields: ["class", "assignment", "group"],
  async handle({ query, session }) {
    const { viewer } = await session({ live: true });
    if (!viewer || viewer.isGuest) throw new AppError("SIGNED_OUT");
    const progress = await getAssignmentProgress(viewer, query.class, query.assignment, query.group ?? null);
    if (!progress) throw new AppError("NOT_FOUND");
    return privateJson(progress.grid);
  },
});
