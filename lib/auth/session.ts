import "server-only";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { notFound } from "@/lib/http/not-found";
import { cache } from "react";
import { DEFAULT_LOCALE, GUEST_SIGN_IN_PATH } from "@/lib/config";
import { env } from "@/lib/env";
import { AppError, isDatabaseUnavailable, type ErrorCode } from "@/lib/errors";
import { unavailable } from "@/lib/http/unavailable";
import { isSecureConnection } from "./connection";
import { readCookieCache } from "./cookie-cache";
import { RETURN_TO_HEADER, signInPath } from "./return-path";
import { callAuthEndpoint } from "./endpoints";
import { isLiveSession } from "./live-session";
import { getAuth } from "./server";
import type { Viewer } from "./viewer";

type SessionUser = { id: string; name?: unknown; role?: unknown; isAnonymous?: unknown };

const toViewer = (user: SessionUser, sessionId: unknown): Viewer => ({
  id: user.id,
  role: user.role === "TEACHER" ? "TEACHER" : "LEARNER",
  isGuest: user.isAnonymous === true,
  ...(typeof sessionId === "string" ? { sessionId } : {}),
});

/** A viewer, the name they go by, and the cookies to send back with the response (a refreshed or new session). */
export type SessionResult = { viewer: Viewer | null; name: string | null; setCookie: string[] };

const nameOf = (user: SessionUser | undefined): string | null => (typeof user?.name === "string" ? user.name : null);

/**
 * The viewer of a request, read first from better-auth's signed cookie cache (an HMAC check, no
 * query), then, once that copy has expired, from the session table. The lookup re-signs the copy:
 * route handlers forward `setCookie` so the next requests take the fast path again. With `live`,
 * the session is also checked in the database (./live-session.ts): signed out, reset or idle
 * ends it at once, not when the copy expires. Never creates a session.
 */
export async function resolveSession(requestHeaders: Headers, options: { live?: boolean } = {}): Promise<SessionResult> {
  const { BETTER_AUTH_SECRET, APP_URL } = env();
  const cached = readCookieCache(requestHeaders.get("cookie"), isSecureConnection(requestHeaders, APP_URL), BETTER_AUTH_SECRET);
  let result: SessionResult;
  if (cached) result = { viewer: toViewer(cached.user, cached.session.id), name: nameOf(cached.user), setCookie: [] };
  else {
    const { headers: responseHeaders, response } = await getAuth(requestHeaders).api.getSession({ headers: requestHeaders, returnHeaders: true });
    result = {
      viewer: response ? toViewer(response.user, response.session.id) : null,
      name: nameOf(response?.user),
      setCookie: responseHeaders.getSetCookie(),
    };
  }
  if (options.live && result.viewer && !(result.viewer.sessionId && (await isLiveSession(result.viewer.sessionId)))) {
    return { viewer: null, name: null, setCookie: result.setCookie };
  }
  return result;
}

/** The viewer of the current request (pages, actions), its session checked live, or null. Cached per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  // headers() first: it marks the page as per-request before any configuration is needed.
  return (await resolveSession(await headers(), { live: true })).viewer;
});

/**
 * For pages and layouts: getViewer, or, while PostgreSQL cannot be reached (the session is checked
 * there), the 503 page (lib/http/unavailable.ts). Actions call getViewer and answer
 * DATABASE_UNAVAILABLE instead, so that a form keeps what was typed.
 */
export async function getPageViewer(): Promise<Viewer | null> {
  try {
    return await getViewer();
  } catch (error) {
    if (isDatabaseUnavailable(error)) await unavailable(await getLocale());
    throw error;
  }
}

/**
 * For pages and layouts that are someone's own: the viewer, or "not found" for a visitor without
 * a session (never a hint that the page exists for someone else).
 */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getPageViewer();
  if (!viewer) notFound(await getLocale());
  return viewer;
}

/**
 * For the teacher's layout: someone signed in with an account, or else the teacher's sign-in,
 * coming back here after it (signed out, expired, or a guest's session only). Whether they are a
 * teacher is each page's to say (requireTeacher): a "not found" thrown by a page is rendered whole
 * on the server, one thrown by a layout only by the browser's script.
 */
export async function requireAccount(): Promise<Viewer> {
  const viewer = await getPageViewer();
  if (viewer && !viewer.isGuest) return viewer;
  const [locale, requestHeaders] = await Promise.all([getLocale(), headers()]);
  redirect(signInPath(locale === "en" ? "en" : DEFAULT_LOCALE, "teacher", requestHeaders.get(RETURN_TO_HEADER)));
}

/** For the teacher's pages: a signed-in teacher; without an account, the sign-in (requireAccount); a student reads "not found". */
export async function requireTeacher(): Promise<Viewer & { role: "TEACHER"; isGuest: false }> {
  const viewer = await requireAccount();
  if (viewer.role !== "TEACHER") notFound(await getLocale());
  return { ...viewer, role: "TEACHER", isGuest: false };
}

/**
 * Creates a guest through better-auth's HTTP handler, which applies the rate limiter (per client
 * address, stored in PostgreSQL). No cookie and no Origin are passed on: the caller has checked
 * the origin, and the visitor has no session.
 */
async function signInGuest(requestHeaders: Headers): Promise<{ user: SessionUser; sessionId: unknown; setCookie: string[] }> {
  const response = await callAuthEndpoint(requestHeaders, GUEST_SIGN_IN_PATH, {});
  if (response.status === 429) throw new AppError("RATE_LIMITED", { retryAfter: response.retryAfter });
  const body = response.body as { user?: SessionUser; session?: { id?: unknown } } | null;
  if (response.status !== 200 || !body?.user) throw new Error(`Guest sign-in answered ${response.status}`);
  return { user: body.user, sessionId: body.session?.id, setCookie: response.setCookie };
}

export type ResolvedViewer = { viewer: Viewer; setCookie: string[]; sessionCreated: boolean };

/**
 * For route handlers that must act for someone: the session's viewer, or a new guest whose
 * session cookie comes back in `setCookie` for the handler to forward. With `expectSession` the
 * browser says it was just given a session: if none came back, it is refusing the cookie, and a
 * new guest would only be lost again, so the request is refused instead. `expectUser` names the
 * account the request must come from (SESSION_ENDED otherwise). `withoutSession` names
 * the error for a request only an existing viewer can make (a new guest owns nothing yet), so that
 * no guest is created for a request that is then refused.
 */
export async function getOrCreateViewer(
  requestHeaders: Headers,
  options: { expectSession?: boolean; withoutSession?: ErrorCode; expectUser?: string; live?: boolean } = {},
): Promise<ResolvedViewer> {
  const session = await resolveSession(requestHeaders, { live: options.live });
  // The page belongs to an account: without it (or with another), a new guest would take its work.
  if (options.expectUser && session.viewer?.id !== options.expectUser) throw new AppError("SESSION_ENDED");
  if (session.viewer) return { viewer: session.viewer, setCookie: session.setCookie, sessionCreated: false };
  if (options.expectSession) throw new AppError("SESSION_COOKIE_REFUSED");
  if (options.withoutSession) throw new AppError(options.withoutSession);
  const guest = await signInGuest(requestHeaders);
  return { viewer: toViewer(guest.user, guest.sessionId), setCookie: guest.setCookie, sessionCreated: true };
}
