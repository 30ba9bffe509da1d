import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { GUEST_SIGN_IN_PATH } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { getAuth } from "./server";

/** Who is acting: derived from the session only, never from a request body. */
export type Viewer = { id: string; role: "LEARNER" | "TEACHER"; isGuest: boolean };

type SessionUser = { id: string; role?: unknown; isAnonymous?: unknown };

const toViewer = (user: SessionUser): Viewer => ({
  id: user.id,
  role: user.role === "TEACHER" ? "TEACHER" : "LEARNER",
  isGuest: user.isAnonymous === true,
});

/** For route handlers that only read: the viewer of this request's session, or null. Never creates one. */
export async function getRequestViewer(requestHeaders: Headers): Promise<Viewer | null> {
  const session = await getAuth(requestHeaders).api.getSession({ headers: requestHeaders });
  return session ? toViewer(session.user) : null;
}

/** The viewer of the current request (pages, actions), or null. Cached per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  // headers() first: it marks the page as per-request before any configuration is needed.
  return getRequestViewer(await headers());
});

/** The request headers better-auth needs to create a guest: the client address and the connection. */
const FORWARDED = ["host", "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "user-agent"];

/**
 * Creates a guest through better-auth's HTTP handler rather than its direct API, because only the
 * handler applies the rate limiter (per client address, stored in PostgreSQL). No cookie and no
 * Origin are passed on: the caller has checked the origin, and the visitor has no session.
 */
async function signInGuest(request: Request): Promise<{ user: SessionUser; setCookie: string[] }> {
  const guestHeaders = new Headers({ "content-type": "application/json" });
  for (const name of FORWARDED) {
    const value = request.headers.get(name);
    if (value) guestHeaders.set(name, value);
  }
  const url = new URL(`/api/auth${GUEST_SIGN_IN_PATH}`, request.url);
  const response = await getAuth(request.headers).handler(new Request(url, { method: "POST", headers: guestHeaders, body: "{}" }));
  if (response.status === 429) {
    throw new AppError("RATE_LIMITED", { retryAfter: Number(response.headers.get("x-retry-after")) || 60 });
  }
  const body = (await response.json().catch(() => null)) as { user?: SessionUser } | null;
  if (!response.ok || !body?.user) throw new Error(`Guest sign-in answered ${response.status}`);
  return { user: body.user, setCookie: response.headers.getSetCookie() };
}

export type ResolvedViewer = { viewer: Viewer; setCookie: string[]; sessionCreated: boolean };

/**
 * For route handlers that must act for someone: the session's viewer, or a new guest whose
 * session cookie comes back in `setCookie` for the handler to forward. With `expectSession` the
 * browser says it was just given a session: if none came back, it is refusing the cookie, and a
 * new guest would only be lost again, so the request is refused instead.
 */
export async function getOrCreateViewer(request: Request, options: { expectSession?: boolean } = {}): Promise<ResolvedViewer> {
  const viewer = await getRequestViewer(request.headers);
  if (viewer) return { viewer, setCookie: [], sessionCreated: false };
  if (options.expectSession) throw new AppError("SESSION_COOKIE_REFUSED");
  const guest = await signInGuest(request);
  return { viewer: toViewer(guest.user), setCookie: guest.setCookie, sessionCreated: true };
}
