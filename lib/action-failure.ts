import "server-only";
import { isAppError, unexpectedError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import type { ActionFailure } from "@/lib/result";

/**
 * The one place a server action turns a thrown error into its answer: an AppError keeps its code
 * (and the names, limit or wait it carries); anything else is logged with the action's name only (never
 * the input: it may hold a name or a password) and answered DATABASE_UNAVAILABLE or INTERNAL,
 * never a 500 page.
 */
export function toFailure(error: unknown, action: string): ActionFailure {
  if (isAppError(error)) {
    const { names, max, retryAfter } = error.details;
    return {
      ok: false,
      code: error.code,
      ...(Array.isArray(names) ? { names: names.map(String) } : {}),
      ...(typeof max === "number" ? { max } : {}),
      ...(typeof retryAfter === "number" ? { retryAfter } : {}),
    };
  }
  const { code } = unexpectedError(error);
  (code === "DATABASE_UNAVAILABLE" ? logger.warn : logger.error)("server action failed", {
    action,
    error: error instanceof Error ? error.stack : String(error),
  });
  return { ok: false, code };
}
