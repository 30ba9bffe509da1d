import { describe, expect, it } from "vitest";
import { draftKey, GUEST_GIVEN_KEY } from "@/lib/autosave/answers";
import { harness } from "./harness";

/**
 * A browser that drops the session cookie (a Secure cookie over plain HTTP, blocked cookies) used
 * to see "saved" for answers stored in a guest it could never reach again. A save that made a
 * guest now counts only once the same save, sent again, shows the cookie came back.
 */

const key = draftKey({ article: "art" }, "q1");
const guestCreated = () =>
  ({
    kind: "response",
    status: 200,
    body: { ok: true, attemptId: "att-guest", revision: 1, savedAt: "2026-01-01T10:00:00.000Z", duplicate: false, sessionCreated: true },
  }) as const;
const duplicate = () =>
  ({ kind: "response", status: 200, body: { ok: true, attemptId: "att-guest", revision: 1, savedAt: "2026-01-01T10:00:00.000Z", duplicate: true } }) as const;
const refused = () => ({ kind: "response", status: 401, body: { ok: false, code: "SESSION_COOKIE_REFUSED", message: "cookie refusé" } }) as const;

describe("AnswerSyncer, a save that created a guest session", () => {
  it("sends the same save again expecting the session, and only then forgets the local copy", async () => {
    const h = harness();
    h.syncer.edit({ text: "première" });
    h.queueReply(guestCreated);
    h.queueReply(duplicate);
    await h.tick(800);
    await h.settle();
    expect(h.sent).toHaveLength(2);
    expect(h.sent[0]?.body.expectSession).toBeUndefined();
    expect(h.sent[1]?.body).toMatchObject({ saveId: h.sent[0]?.body.saveId, attemptId: "att-guest", expectSession: true });
    expect(h.state.kind).toBe("saved");
    expect(h.storage.has(key)).toBe(false);
  });

  it("says not saved and keeps the text, unbound from the lost attempt, when the cookie did not come back", async () => {
    const h = harness();
    h.syncer.edit({ text: "à garder" });
    h.queueReply(guestCreated);
    h.queueReply(refused);
    await h.tick(800);
    await h.settle();
    expect(h.state).toEqual({ kind: "refused", message: "cookie refusé" });
    expect(h.syncer.atRisk()).toBe(true);
    expect(h.attempt.id).toBeUndefined();
    expect(JSON.parse(h.storage.get(key)!)).toMatchObject({ attemptId: null, value: { text: "à garder" } });
  });

  it("after a reload within the window, asks for the session instead of making another guest", async () => {
    const storage = new Map<string, string>();
    const first = harness({ storage });
    first.syncer.edit({ text: "un" });
    first.queueReply(guestCreated);
    first.queueReply(refused);
    await first.tick(800);
    await first.settle();
    expect(storage.get(GUEST_GIVEN_KEY)).toBeDefined();

    const reloaded = harness({ storage });
    reloaded.syncer.restoreDraft();
    expect(reloaded.syncer.current.value).toEqual({ text: "un" });
    reloaded.queueReply(refused);
    await reloaded.tick(0);
    await reloaded.settle();
    expect(reloaded.sent[0]?.body).toMatchObject({ value: { text: "un" }, expectSession: true });
    expect(reloaded.state.kind).toBe("refused");
  });

  it("lets the other answers of the page wait for the check, then ask for the session too", async () => {
    const h = harness();
    const other = harness({ attempt: h.attempt, question: "q2" });
    h.syncer.edit({ text: "a" });
    other.syncer.edit({ text: "b" });
    h.queueReply(guestCreated);
    h.queueReply(refused);
    other.queueReply(refused);
    await Promise.all([h.tick(800), other.tick(800)]);
    await h.settle();
    await other.settle();
    await h.settle();
    expect(h.sent).toHaveLength(2);
    expect(other.sent).toHaveLength(1);
    expect(other.sent[0]?.body.expectSession).toBe(true);
    expect(other.state.kind).toBe("refused");
  });
});
