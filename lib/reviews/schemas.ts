import { z } from "zod";

/** Inputs of the review screens and their endpoints; shared by forms and server (client-safe). */

const id = z.string().min(1).max(64);

/** GET /api/review/progress?class=<id>&assignment=<id>: the grid the progress page polls. */
export const progressQuerySchema = z.strictObject({ class: id, assignment: id });
