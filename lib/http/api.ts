import "server-only";
import { getTranslations } from "next-intl/server";
import { DEFAULT_LOCALE, LOCALES, type AppLocale } from "@/lib/config";
import { AppError, isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

/** Plumbing shared by the JSON route handlers: body reading, origin check, localised errors. */

const isLocale = (value: string | undefined | null): value is AppLocale =>
  !!value && (LOCALES as readonly string[]).includes(value);

/** The language for messages: the body's choice, else the locale cookie, else Accept-Language, else French. */
export function requestLocale(request: Request): AppLocale {
  const cookie = /(?:^|;\s*)NEXT_LOCALE=([a-z]{2})/.exec(request.headers.get("cookie") ?? "")?.[1];
  if (isLocale(cookie)) return cookie;
  const accepted = (request.headers.get("accept-language") ?? "")
    .split(",")
    .map((part) => part.trim().slice(0, 2).toLowerCase());
  return accepted.find(isLocale) ?? DEFAULT_LOCALE;
}

/**
 * Next.js checks the origin of server actions but not of route handlers, so mutating handlers call
 * this. Browsers always send Origin (or Sec-Fetch-Site) on such requests; other clients cannot
 * carry a learner's cookies, so a missing header is let through.
 */
export function assertSameOrigin(request: Request): void {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") throw new AppError("FORBIDDEN_ORIGIN");
  const origin = request.headers.get("origin");
  if (!origin) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError("FORBIDDEN_ORIGIN");
  }
  if (originHost !== host) throw new AppError("FORBIDDEN_ORIGIN");
}

/** The JSON body, refusing other media types, oversized bodies and malformed JSON with their own codes. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) throw new AppError("UNSUPPORTED_MEDIA_TYPE");
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE");
  const text = await request.text();
  if (Buffer.byteLength(text, "utf8") > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("INVALID_JSON");
  }
}

/** Forwards Set-Cookie headers (a new guest session) onto a response. */
export function withCookies(response: Response, setCookie: readonly string[]): Response {
  setCookie.forEach((cookie) => response.headers.append("set-cookie", cookie));
  return response;
}

/** A localised JSON error. Known codes keep their status; anything else is logged and becomes 500. */
export async function errorResponse(error: unknown, locale: AppLocale, context: Record<string, unknown>): Promise<Response> {
  const appError = isAppError(error) ? error : new AppError("INTERNAL");
  if (!isAppError(error)) {
    logger.error("unhandled error in route handler", { ...context, error: error instanceof Error ? error.stack : String(error) });
  }
  const t = await getTranslations({ locale, namespace: "errors.codes" });
  const { max, current, fields } = appError.details;
  return Response.json(
    {
      ok: false,
      code: appError.code,
      message: t(appError.code, { max: typeof max === "number" ? max : 0 }),
      ...(typeof max === "number" ? { max } : {}),
      ...(current ? { current } : {}),
      ...(fields ? { fields } : {}),
    },
    { status: appError.status },
  );
}
