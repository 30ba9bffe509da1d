"use server";

import { z } from "zod";
import { getViewer } from "@/lib/auth/session";
import { AppError, type ErrorCode } from "@/lib/errors";
import { redirect } from "next/navigation";
import { LOCALES } from "@/lib/config";
import { submitAttempt } from "./mutations";

const submitSchema = z.object({ locale: z.enum(LOCALES), attemptId: z.string().min(1).max(64) });

/** Submits the attempt, then shows its commentary. Returns a code only when it cannot. */
export async function submitAttemptAction(input: { locale: string; attemptId: string }): Promise<{ ok: false; code: ErrorCode }> {
  const parsed = submitSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT" };
  const viewer = await getViewer();
  if (!viewer) return { ok: false, code: "ATTEMPT_NOT_FOUND" };
  try {
    await submitAttempt(viewer, parsed.data.attemptId);
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code };
    throw error;
  }
  redirect(`/${parsed.data.locale}/my-work/${parsed.data.attemptId}`);
}
