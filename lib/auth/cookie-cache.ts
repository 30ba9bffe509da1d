import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Reads better-auth's signed session copy ("cookie cache", compact strategy) with one synchronous
 * HMAC, as better-auth's own `getCookieCache` does through WebCrypto at about ten times the cost:
 * the check every save and every reader load pays. The format: base64url of
 * `{ session: { session, user }, expiresAt, signature }`, the signature an HMAC-SHA256 of
 * `JSON.stringify({ ...session, expiresAt })` with the app's secret (base64url, no padding).
 *
 * Anything unexpected returns null and the caller asks better-auth itself (lib/auth/session.ts),
 * so a change of format in a new better-auth costs speed, never a wrong viewer; an integration
 * test holds this reader to cookies better-auth really sets.
 */

export type CachedSession = { user: { id: string; name?: unknown; role?: unknown; isAnonymous?: unknown }; session: { id?: unknown; expiresAt?: unknown } };

const COOKIE = "better-auth.session_data";
const SECURE_COOKIE = `__Secure-${COOKIE}`;

/** One cookie's value out of a Cookie header. */
export function cookieValue(cookieHeader: string, name: string): string | undefined {
  for (const part of cookieHeader.split(";")) {
    const separator = part.indexOf("=");
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

export function readCookieCache(cookieHeader: string | null, secure: boolean, secret: string, now = Date.now()): CachedSession | null {
  const value = cookieHeader ? cookieValue(cookieHeader, secure ? SECURE_COOKIE : COOKIE) : undefined;
  if (!value) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(decodeURIComponent(value), "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!isObject(decoded) || !isObject(decoded.session) || typeof decoded.expiresAt !== "number" || typeof decoded.signature !== "string") return null;
  const expected = createHmac("sha256", secret)
    .update(JSON.stringify({ ...decoded.session, expiresAt: decoded.expiresAt }))
    .digest();
  const given = Buffer.from(decoded.signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (decoded.expiresAt < now) return null;
  const { user, session } = decoded.session;
  if (!isObject(user) || typeof user.id !== "string" || !isObject(session)) return null;
  const sessionExpiry = typeof session.expiresAt === "string" ? Date.parse(session.expiresAt) : NaN;
  if (Number.isFinite(sessionExpiry) && sessionExpiry < now) return null;
  return { user: { id: user.id, name: user.name, role: user.role, isAnonymous: user.isAnonymous }, session };
}
