import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { getAuth } from "./server";

/** Who is acting: derived from the session only, never from a request body. */
export type Viewer = { id: string; role: "LEARNER" | "TEACHER"; isGuest: boolean };

type SessionUser = { id: string; role?: unknown; isAnonymous?: unknown };

const toViewer = (user: SessionUser): Viewer => ({
  id: user.id,
  role: user.role === "TEACHER" ? "TEACHER" : "LEARNER",
  isGuest: user.isAnonymous === true,
});

/** The viewer of the current request, or null. Cached per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  // headers() first: it marks the page as per-request before any configuration is needed.
  const requestHeaders = await headers();
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  return session ? toViewer(session.user) : null;
});

/**
 * For route handlers that must act for someone: the session's viewer, or a new guest. The guest's
 * session cookie comes back in `setCookie` for the handler to forward.
 */
export async function getOrCreateViewer(requestHeaders: Headers): Promise<{ viewer: Viewer; setCookie: string[] }> {
  const auth = getAuth();
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (session) return { viewer: toViewer(session.user), setCookie: [] };
  const { headers: responseHeaders, response } = await auth.api.signInAnonymous({
    headers: requestHeaders,
    returnHeaders: true,
  });
  if (!response) throw new Error("Guest sign-in returned no user");
  return { viewer: toViewer(response.user), setCookie: responseHeaders.getSetCookie() };
}
