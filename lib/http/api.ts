import "server-only";
import { createTranslator } from "next-intl";
import type { AppLocale } from "@/lib/config";
import { AppError, isAppError, unexpectedError, type ErrorCode } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { messageValues } from "@/lib/result";
import { messagesFor } from "@/i18n/messages";
import { isStorable } from "./storable";

/**
 * Plumbing shared by every JSON endpoint (through ./route.ts, the route handlers' wrapper, and
 * better-auth's handler): origin check, language of messages, body checks and localised errors.
 */

export { assertSameOrigin, requestLocale } from "./request-checks";

/** Refuses, before reading anything, a body that is not JSON or says it is over the limit. */
export function assertJsonRequest(headers: Headers, maxBytes: number): void {
  const type = headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) throw new AppError("UNSUPPORTED_MEDIA_TYPE");
  if (Number(headers.get("content-length") ?? "0") > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE");
}

export function parseJson(text: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AppError("INVALID_JSON");
  }
  if (!isStorable(parsed)) throw new AppError("INVALID_INPUT");
  return parsed;
}

/** An error code's message in the learner's language (`max`: the limit a code such as TOO_LONG names). */
export function errorMessage(code: ErrorCode, locale: AppLocale, max = 0): string {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "errors.codes" })(code, messageValues({ max }));
}

export type ErrorBody = { ok: false; code: string; message: string; max?: number; current?: unknown; fields?: unknown };

/**
 * A localised error body and its status. Known codes keep their status; anything else is logged
 * and becomes 503 while the database cannot be reached, 500 otherwise.
 */
export function errorBody(error: unknown, locale: AppLocale, context: Record<string, unknown>): { status: number; body: ErrorBody } {
  const appError = isAppError(error) ? error : unexpectedError(error);
  if (!isAppError(error)) {
    const log = appError.code === "DATABASE_UNAVAILABLE" ? logger.warn : logger.error;
    log("unhandled error in route handler", { ...context, error: error instanceof Error ? error.stack : String(error) });
  }
  const { max, current, fields } = appError.details;
  return {
    status: appError.status,
    body: {
      ok: false,
      code: appError.code,
      message: errorMessage(appError.code, locale, typeof max === "number" ? max : 0),
      ...(typeof max === "number" ? { max } : {}),
      ...(current ? { current } : {}),
      ...(fields ? { fields } : {}),
    },
  };
}
