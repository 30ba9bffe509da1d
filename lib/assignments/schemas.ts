import { z } from "zod";
import { LOCALES } from "@/lib/config";
import { idSchema } from "@/lib/ids";
import { REVEAL_POLICIES } from "./types";

/** Inputs of the assignment forms, shared by the forms and the server actions (codes as messages: lib/result.ts). */

const id = idSchema;

export const createAssignmentsSchema = z.object({
  classId: id,
  locale: z.enum(LOCALES),
  /** Exercise keys (lib/exercises/keys.ts): articles and/or the comparison; one assignment each. */
  exercises: z.array(z.string().min(1).max(120)).min(1, { error: "EXERCISE_REQUIRED" }).max(10, { error: "INVALID_INPUT" }),
  /** A calendar day ("2026-12-18") or nothing. */
  dueOn: z.union([z.literal(""), z.iso.date({ error: "INVALID_INPUT" })]).transform((value) => value || null),
  revealPolicy: z.enum(REVEAL_POLICIES, { error: "INVALID_INPUT" }),
});
export type CreateAssignmentsInput = z.infer<typeof createAssignmentsSchema>;

export const assignmentRefSchema = z.object({ assignmentId: id, classId: id, locale: z.enum(LOCALES) });
export const assignmentSwitchSchema = assignmentRefSchema.extend({ on: z.enum(["true", "false"]).transform((value) => value === "true") });
