import { LOCALES, type AppLocale } from "@/lib/config";

/**
 * Where a sign-in goes back to (`?next=`), when a session ended on a page that needs it: only a
 * path of this app under a locale (never another site, `//host`, or a scheme), of sane length.
 * Client-safe: the pages build it, the sign-in actions check it again.
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 600) return null;
  if (!/^\/[a-z]{2}(\/|\?|$)/.test(value) || value.startsWith("//") || /[\\\s]/.test(value)) return null;
  return LOCALES.includes(value.slice(1, 3) as AppLocale) ? value : null;
}

/** The sign-in page for whoever the page was for, coming back to `returnTo` afterwards. */
export function signInPath(locale: AppLocale, who: "student" | "teacher", returnTo: string | null): string {
  const base = `/${locale}/sign-in${who === "teacher" ? "/teacher" : ""}`;
  const next = safeReturnPath(returnTo);
  return next ? `${base}?next=${encodeURIComponent(next)}` : base;
}

/** The header proxy.ts sets on every page request: the path and query the browser asked for. */
export const RETURN_TO_HEADER = "x-return-to";
