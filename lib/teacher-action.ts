import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { toFailure } from "@/lib/action-failure";
import { getViewer } from "@/lib/auth/session";
import { isTeacher, type TeacherViewer } from "@/lib/classes/policy";
import { invalidInput, type ActionResult } from "@/lib/result";

/**
 * The common shape of a teacher's server action: the viewer from the session (no session reads
 * SIGNED_OUT, anyone but a teacher NOT_FOUND) → zod parse → one domain function, which scopes itself to the teacher's
 * own classes → refresh the teacher's pages → a typed result. Never a 500 for a user's mistake.
 */
export async function runTeacherAction<Input, Output extends object>(
  action: string,
  schema: z.ZodType<Input>,
  raw: unknown,
  run: (viewer: TeacherViewer, input: Input) => Promise<Output>,
): Promise<ActionResult<Output>> {
  try {
    // Inside the try: the session is checked in PostgreSQL, which may not answer (DATABASE_UNAVAILABLE).
    const viewer = await getViewer();
    // No account any more (signed out, expired): say so, and the form offers the way back. Anyone else: not found.
    if (!viewer || viewer.isGuest) return { ok: false, code: "SIGNED_OUT" };
    if (!isTeacher(viewer)) return { ok: false, code: "NOT_FOUND" };
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return invalidInput(parsed.error);
    const output = await run(viewer, parsed.data);
    revalidatePath("/[locale]/teach", "layout");
    return { ok: true, ...output };
  } catch (error) {
    return toFailure(error, action);
  }
}
