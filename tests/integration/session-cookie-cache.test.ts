import { randomInt } from "node:crypto";
import { getCookieCache } from "better-auth/cookies";
import { describe, expect, it } from "vitest";
import { readCookieCache } from "@/lib/auth/cookie-cache";
import { getOrCreateViewer, resolveSession } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { recordStatements } from "../support/sql-statements";

/**
 * The viewer of a save or a reader load comes from better-auth's signed cookie copy, read by our
 * own synchronous check: held here to cookies better-auth really sets, so that a change of format
 * in better-auth shows up as a failing test rather than as a slow (but still right) fallback.
 */

const connection = (proto: "http" | "https") =>
  new Headers({ host: "school.test:3000", "x-forwarded-for": `203.0.113.${randomInt(1, 255)}`, "x-forwarded-proto": proto });

/** A new guest, as a browser holds it: its cookie header. */
async function guestCookies(proto: "http" | "https" = "http") {
  const { viewer, setCookie } = await getOrCreateViewer(connection(proto));
  return { viewer, cookie: setCookie.map((value) => value.split(";")[0]).join("; ") };
}

const withCookie = (cookie: string, proto: "http" | "https" = "http") => {
  const headers = connection(proto);
  headers.set("cookie", cookie);
  return headers;
};

describe("the session cookie cache", () => {
  it("reads the user better-auth signed, as better-auth's own reader does", async () => {
    const { viewer, cookie } = await guestCookies();
    const ours = readCookieCache(cookie, false, env().BETTER_AUTH_SECRET);
    const theirs = await getCookieCache(new Headers({ cookie }), { secret: env().BETTER_AUTH_SECRET, isSecure: false });
    expect(ours?.user.id).toBe(viewer.id);
    expect(theirs?.user.id).toBe(viewer.id);
    expect(ours?.user.isAnonymous).toBe(true);
  });

  it("reads the __Secure- cookie over HTTPS and only that one", async () => {
    const { viewer, cookie } = await guestCookies("https");
    expect(readCookieCache(cookie, true, env().BETTER_AUTH_SECRET)?.user.id).toBe(viewer.id);
    expect(readCookieCache(cookie, false, env().BETTER_AUTH_SECRET)).toBeNull();
  });

  it("refuses a copy signed with another secret, a changed user, or one past its expiry", async () => {
    const { cookie } = await guestCookies();
    expect(readCookieCache(cookie, false, "another-secret-0123456789abcdef0123456789")).toBeNull();
    expect(readCookieCache(cookie, false, env().BETTER_AUTH_SECRET, Date.now() + 10 * 60_000)).toBeNull();
    const value = /better-auth\.session_data=([^;]+)/.exec(cookie)![1]!;
    const payload = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as { session: { user: { id: string } } };
    payload.session.user.id = "someone-else";
    const forged = cookie.replace(value, Buffer.from(JSON.stringify(payload)).toString("base64url"));
    expect(readCookieCache(forged, false, env().BETTER_AUTH_SECRET)).toBeNull();
  });

  it("costs no query while the copy is fresh; without it, one lookup that signs a new copy", async () => {
    const { viewer, cookie } = await guestCookies();
    const fresh = await recordStatements(() => resolveSession(withCookie(cookie)));
    expect(fresh.result.viewer?.id).toBe(viewer.id);
    expect(fresh.statements).toHaveLength(0);

    const tokenOnly = cookie
      .split("; ")
      .filter((part) => part.startsWith("better-auth.session_token="))
      .join("; ");
    const looked = await resolveSession(withCookie(tokenOnly));
    expect(looked.viewer?.id).toBe(viewer.id);
    const renewed = looked.setCookie.find((value) => value.startsWith("better-auth.session_data="));
    expect(renewed).toBeDefined();
    expect(readCookieCache(renewed!.split(";")[0]!, false, env().BETTER_AUTH_SECRET)?.user.id).toBe(viewer.id);
  });

  it("gives no viewer and creates no session for a request without cookies", async () => {
    expect(await resolveSession(connection("http"))).toEqual({ viewer: null, name: null, setCookie: [] });
  });
});
