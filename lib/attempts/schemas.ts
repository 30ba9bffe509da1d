import { z } from "zod";

/** The query of GET /api/attempts/current: an article's questions, or the comparison exercise. */
export const currentAttemptQuerySchema = z.union([
  z.strictObject({ article: z.string().min(1).max(100) }),
  z.strictObject({ exercise: z.literal("comparison") }),
]);
