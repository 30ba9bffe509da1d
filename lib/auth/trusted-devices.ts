import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { SIGN_INS } from "@/lib/config";
import { cookieValue } from "./cookie-cache";

/**
 * "Device cookies" (OWASP's answer to lockout by others): a browser where an account signed in
 * carries a signed note of it, and its sign-ins to that account are counted apart from everyone
 * else's (./limits.ts). A script failing on a student's account behind the school's address makes
 * the script wait, never the student on their usual browser. The note holds HMAC tags of the
 * accounts, not the accounts: it names nobody, and cannot be forged without the app's secret.
 */

export const TRUSTED_DEVICE_COOKIE = "recits.trusted";
/** Accounts one browser remembers (a shared classroom computer): the oldest is dropped first. */
const MAX_ACCOUNTS = 12;
const MAX_AGE_SECONDS = SIGN_INS.trustedDeviceMaxAgeMs / 1000;

const hmac = (secret: string, text: string) => createHmac("sha256", secret).update(text).digest("base64url");
const tagOf = (account: string, secret: string) => hmac(secret, `trusted-device:${account}`).slice(0, 22);

/** The account tags a Cookie header's note vouches for (none if absent, altered or malformed). */
function trustedTags(cookieHeader: string | null, secret: string): string[] {
  const value = cookieHeader ? cookieValue(cookieHeader, TRUSTED_DEVICE_COOKIE) : undefined;
  const [tags, signature] = value?.split("~") ?? [];
  if (!tags || !signature) return [];
  const expected = Buffer.from(hmac(secret, `trusted-devices:${tags}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return [];
  return tags.split(".");
}

/** Whether this browser has signed in to `account` before. */
export const isTrustedDevice = (cookieHeader: string | null, account: string, secret: string): boolean =>
  trustedTags(cookieHeader, secret).includes(tagOf(account, secret));

/** The Set-Cookie header that adds `account` to this browser's note (after a successful sign-in). */
export function trustDevice(cookieHeader: string | null, account: string, secret: string, secure: boolean): string {
  const tag = tagOf(account, secret);
  const tags = [...trustedTags(cookieHeader, secret).filter((known) => known !== tag), tag].slice(-MAX_ACCOUNTS).join(".");
  const value = `${tags}~${hmac(secret, `trusted-devices:${tags}`)}`;
  return `${TRUSTED_DEVICE_COOKIE}=${value}; Path=/; Max-Age=${MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}
