import "server-only";
import { parseSetCookieHeader, toCookieOptions } from "better-auth/cookies";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { isSecureConnection } from "./connection";
import { getAuth } from "./server";

/** The request headers better-auth needs: the client address (its rate limiter) and the connection. */
const FORWARDED = ["host", "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "user-agent"];

export type AuthResponse = { status: number; body: unknown; setCookie: string[]; retryAfter: number };

/**
 * Calls one of better-auth's endpoints through its HTTP handler rather than its direct API,
 * because only the handler applies the rate limiter (per client address, stored in PostgreSQL)
 * and the anonymous plugin's link step. The caller (a server action, or a route handler that
 * checked it) vouches for the origin: with `withSession` the visitor's cookies go along, and so
 * does this app's own origin, which better-auth requires of any request that carries cookies.
 */
export async function callAuthEndpoint(requestHeaders: Headers, path: string, body: unknown, options: { withSession?: boolean } = {}): Promise<AuthResponse> {
  const forwarded = new Headers({ "content-type": "application/json" });
  for (const name of FORWARDED) {
    const value = requestHeaders.get(name);
    if (value) forwarded.set(name, value);
  }
  const secure = isSecureConnection(requestHeaders, env().APP_URL);
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost";
  const origin = `${secure ? "https" : "http"}://${host}`;
  const cookie = requestHeaders.get("cookie");
  if (options.withSession && cookie) {
    forwarded.set("cookie", cookie);
    forwarded.set("origin", origin);
  }
  const url = new URL(`/api/auth${path}`, origin);
  const response = await getAuth(requestHeaders).handler(new Request(url, { method: "POST", headers: forwarded, body: JSON.stringify(body) }));
  // Its database could not be reached (./database.ts): the caller's form says so, not "server error".
  if (response.status === 503) throw new AppError("DATABASE_UNAVAILABLE");
  return {
    status: response.status,
    body: await response.json().catch(() => null),
    setCookie: response.headers.getSetCookie(),
    retryAfter: Number(response.headers.get("x-retry-after")) || 60,
  };
}

/** Hands better-auth's cookies (a new session, or its removal) to the browser from a server action. */
export async function applySetCookies(setCookie: readonly string[]): Promise<void> {
  const jar = await cookies();
  for (const header of setCookie) {
    for (const [name, attributes] of parseSetCookieHeader(header)) {
      if (name) jar.set(name, attributes.value, toCookieOptions(attributes));
    }
  }
}
