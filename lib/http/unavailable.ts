import "server-only";
import { createTranslator } from "next-intl";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { RETURN_TO_HEADER, safeReturnPath } from "@/lib/auth/return-path";
import { DEFAULT_LOCALE, LOCALES, type AppLocale } from "@/lib/config";
import { isDatabaseUnavailable } from "@/lib/errors";
import { messagesFor } from "@/i18n/messages";

/**
 * "The database is not answering, try again in a moment", as a whole page with status 503. The App
 * Router lets a page answer 200, a redirect, or 404/401/403 through its interrupts; a page whose
 * query fails answers 500 with an empty document (docs/unavailable.md). So a page that cannot
 * reach PostgreSQL sends the browser to an address whose route handler answers 503 with this
 * page, in the address's language, with a link back to where the visitor was.
 */

const localeOf = (value: string): AppLocale => LOCALES.find((candidate) => candidate === value) ?? (DEFAULT_LOCALE as AppLocale);

/** The 503 page's address, coming back to `from` (a path of this app, else the home page). */
export function unavailablePath(locale: string, from: string | null): string {
  const back = safeReturnPath(from);
  return `/${localeOf(locale)}/unavailable${back ? `?from=${encodeURIComponent(back)}` : ""}`;
}

/** For pages and layouts: PostgreSQL cannot be reached; the visitor is sent to the 503 page and comes back here from it. */
export async function unavailable(locale: string): Promise<never> {
  redirect(unavailablePath(locale, (await headers()).get(RETURN_TO_HEADER)));
}

/** For form actions that end on a redirect: `work`, or the 503 page when PostgreSQL cannot be reached. */
export async function orUnavailable<T>(locale: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isDatabaseUnavailable(error)) await unavailable(locale);
    throw error;
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The page itself: plain HTML that needs nothing from the database nor from a script, styled by
 * attributes only (the pages' Content-Security-Policy allows those, not inline style sheets).
 * `Retry-After` tells a browser or proxy when to try again.
 */
export function unavailableResponse(requestedLocale: string, from: string | null): Response {
  const locale = localeOf(requestedLocale);
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "errors" });
  const home = `/${locale}`;
  const back = safeReturnPath(from) ?? home;
  const link = "display:inline-block;margin:0.5rem 1rem 0 0;padding:0.5rem 1rem;border-radius:0.375rem;";
  const html = `<!DOCTYPE html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(t("unavailableTitle"))} · Récits croisés</title></head>
<body style="margin:0;font-family:system-ui,sans-serif;line-height:1.5;color:#1f1d1a;background:#fbfaf7">
<header style="padding:1rem;border-bottom:1px solid #dedad2"><a href="${home}" style="color:inherit;font-weight:600;text-decoration:none">Récits croisés</a></header>
<main id="main" style="max-width:40rem;margin:3rem auto;padding:0 1rem">
<h1 style="font-family:Georgia,serif;font-size:1.875rem;margin:0 0 0.75rem">${escapeHtml(t("unavailableTitle"))}</h1>
<p>${escapeHtml(t("unavailableBody"))}</p>
<p><a href="${escapeHtml(back)}" style="${link}background:#1d4e89;color:#fff;text-decoration:none">${escapeHtml(t("retry"))}</a><a href="${home}" style="${link}color:#1d4e89">${escapeHtml(t("goHome"))}</a></p>
</main>
</body>
</html>
`;
  return new Response(html, { status: 503, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "retry-after": "10" } });
}
