import { z } from "zod";
import { idSchema } from "@/lib/classes/schemas";

/** A student's work in an assignment, as the data page's delete button names it. */
export const studentWorkSchema = z.object({ assignmentId: idSchema, studentId: idSchema });
