import { randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { saveAnswer } from "@/lib/answers/mutations";
import { getOrCreateViewer } from "@/lib/auth/session";
import { getContent } from "@/lib/content";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { newSaveId } from "../support/factories";

/**
 * Guests made by cookie-less saves, through better-auth and its PostgreSQL rate limiter: cookies
 * that match the connection, one refusal instead of a new guest when the browser lost its cookie,
 * and a bound on how many guests one client address can create.
 */

let article: string;
let question: string;

beforeAll(async () => {
  const first = (await getContent()).articles[0]!;
  article = first.slug;
  question = (await getContent()).questionSets[first.slug]!.questions.find((candidate) => candidate.type === "open")!.key;
});

/** A documentation-range address per test, so the tests never share a rate-limit bucket. */
const newAddress = () => `198.51.100.${randomInt(1, 255)}`;

const saveRequest = (address: string, proto: "http" | "https" = "http") =>
  new Request("http://school.test:3000/api/answers", {
    method: "POST",
    headers: { host: "school.test:3000", "x-forwarded-for": address, "x-forwarded-proto": proto, "content-type": "application/json" },
  });

const cookieLessSave = (address: string, expectSession = false) =>
  saveAnswer({ article, question, value: { text: "sans cookie" }, baseRevision: 0, saveId: newSaveId() }, async () => {
    const { viewer } = await getOrCreateViewer(saveRequest(address).headers, { expectSession });
    return viewer;
  });

const guestsFrom = (address: string) => db().session.count({ where: { ipAddress: address, user: { isAnonymous: true } } });

describe("guest sessions", () => {
  it("set a plain cookie over HTTP and a __Secure- one over HTTPS", async () => {
    const plain = await getOrCreateViewer(saveRequest(newAddress(), "http").headers);
    const secure = await getOrCreateViewer(saveRequest(newAddress(), "https").headers);
    expect(plain.sessionCreated).toBe(true);
    const plainToken = plain.setCookie.find((cookie) => cookie.includes("session_token="));
    const secureToken = secure.setCookie.find((cookie) => cookie.includes("session_token="));
    expect(plainToken).toMatch(/^better-auth\.session_token=/);
    expect(plainToken).not.toMatch(/;\s*Secure/i);
    expect(plainToken).toMatch(/HttpOnly/i);
    expect(secureToken).toMatch(/^__Secure-better-auth\.session_token=/);
    expect(secureToken).toMatch(/;\s*Secure/i);
  });

  it("are refused, not created, when the browser says it was just given one", async () => {
    const address = newAddress();
    const before = await db().user.count();
    await expect(cookieLessSave(address, true)).rejects.toMatchObject({ code: "SESSION_COOKIE_REFUSED" });
    expect(await db().user.count()).toBe(before);
  });

  /**
   * A save into an attempt, sent without a session (a forged or lost cookie), made a guest and
   * then answered "attempt not found": a refused request that stored a user and a session (found
   * by npm run proof:fuzz). Such a request can only be refused, so no guest is made for it.
   */
  it("are not created for a request only an existing viewer can make", async () => {
    const before = await db().user.count();
    const { attemptId } = await cookieLessSave(newAddress());
    const intoAttempt = saveAnswer({ article, question, attemptId, value: { text: "sans cookie" }, baseRevision: 1, saveId: newSaveId() }, async () => {
      const { viewer } = await getOrCreateViewer(saveRequest(newAddress()).headers, { withoutSession: "ATTEMPT_NOT_FOUND" });
      return viewer;
    });
    await expect(intoAttempt).rejects.toMatchObject({ code: "ATTEMPT_NOT_FOUND" });
    expect(await db().user.count()).toBe(before + 1);
  });

  it("are bounded per client address: a burst of 100 cookie-less saves makes no guest beyond the limit", async () => {
    const address = newAddress();
    const limit = env().GUEST_SESSIONS_PER_MINUTE;
    const outcomes: string[] = [];
    for (let batch = 0; batch < 10; batch += 1) {
      const results = await Promise.allSettled(Array.from({ length: 10 }, () => cookieLessSave(address)));
      outcomes.push(...results.map((result) => (result.status === "fulfilled" ? "saved" : result.reason instanceof AppError ? result.reason.code : "error")));
    }
    expect(outcomes.filter((outcome) => outcome === "saved")).toHaveLength(limit);
    expect(outcomes.filter((outcome) => outcome === "RATE_LIMITED")).toHaveLength(100 - limit);
    expect(await guestsFrom(address)).toBe(limit);
    // Another address is not held back by this one.
    await expect(cookieLessSave(newAddress())).resolves.toMatchObject({ revision: 1 });
  });
});
