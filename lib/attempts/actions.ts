"use server";

import { z } from "zod";
import { idSchema } from "@/lib/ids";
import { getViewer } from "@/lib/auth/session";
import { toFailure } from "@/lib/action-failure";
import type { ErrorCode } from "@/lib/errors";
import { errorMessage } from "@/lib/http/api";
import { redirect } from "next/navigation";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/config";
import { submitAttempt } from "./mutations";

const submitSchema = z.object({ locale: z.enum(LOCALES), attemptId: idSchema });

/**
 * Submits the attempt, then shows its commentary. When it cannot, says why in the learner's
 * language, so that the reader's page need not carry every error message.
 */
export async function submitAttemptAction(input: { locale: string; attemptId: string }): Promise<{ ok: false; code: ErrorCode; message: string }> {
  const parsed = submitSchema.safeParse(input);
  const locale = parsed.success ? parsed.data.locale : DEFAULT_LOCALE;
  const failure = (code: ErrorCode) => ({ ok: false as const, code, message: errorMessage(code, locale) });
  if (!parsed.success) return failure("INVALID_INPUT");
  try {
    const viewer = await getViewer();
    if (!viewer) return failure("ATTEMPT_NOT_FOUND");
    await submitAttempt(viewer, parsed.data.attemptId);
  } catch (error) {
    // A known refusal keeps its code; PostgreSQL not answering is DATABASE_UNAVAILABLE, never a 500.
    return failure(toFailure(error, "submitAttempt").code);
  }
  redirect(`/${parsed.data.locale}/my-work/${parsed.data.attemptId}`);
}
