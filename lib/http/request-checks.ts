import { DEFAULT_LOCALE, LOCALES, type AppLocale } from "@/lib/config";
import { AppError } from "@/lib/errors";

/**
 * Checks on a request's headers alone, shared by the route handlers (./api.ts), better-auth's
 * public endpoints and the refusal of forged server actions in proxy.ts (./proxy-refusals.ts).
 */

const isLocale = (value: string | undefined | null): value is AppLocale => !!value && (LOCALES as readonly string[]).includes(value);

/** The language for messages: the locale cookie, else Accept-Language, else French. */
export function requestLocale(headers: Headers): AppLocale {
  const cookie = /(?:^|;\s*)NEXT_LOCALE=([a-z]{2})/.exec(headers.get("cookie") ?? "")?.[1];
  if (isLocale(cookie)) return cookie;
  const accepted = (headers.get("accept-language") ?? "").split(",").map((part) => part.trim().slice(0, 2).toLowerCase());
  return accepted.find(isLocale) ?? DEFAULT_LOCALE;
}

/**
 * Next.js checks the origin of server actions but not of route handlers, so mutating handlers call
 * this. Browsers always send Origin (or Sec-Fetch-Site) on such requests; other clients cannot
 * carry a learner's cookies, so a missing header is let through.
 */
export function assertSameOrigin(headers: Headers): void {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") throw new AppError("FORBIDDEN_ORIGIN");
  const origin = headers.get("origin");
  if (!origin) return;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError("FORBIDDEN_ORIGIN");
  }
  if (originHost !== host) throw new AppError("FORBIDDEN_ORIGIN");
}
