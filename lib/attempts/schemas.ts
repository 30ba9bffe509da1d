import { z } from "zod";
import { idSchema } from "@/lib/ids";

/** The query of GET /api/attempts/current: an article's questions, or the comparison exercise; in self-study or for an assignment. */
const assignment = idSchema.optional();

export const currentAttemptQuerySchema = z.union([
  z.strictObject({ article: z.string().min(1).max(100), assignment }),
  z.strictObject({ exercise: z.literal("comparison"), assignment }),
]);
