import { describe, expect, it } from "vitest";
import { draftKey, type AttemptBox } from "@/lib/autosave/answers";
import { harness, networkError, ok, stale } from "./harness";

describe("AnswerSyncer", () => {
  it("waits for a quiet moment, sends once, and forgets the local copy when confirmed", async () => {
    const h = harness();
    h.syncer.edit({ text: "a" });
    h.syncer.edit({ text: "ab" });
    expect(h.storage.get(draftKey({ article: "art" }, "q1"))).toContain('"ab"');
    await h.tick(799);
    expect(h.sent).toHaveLength(0);
    h.queueReply(ok(1));
    await h.tick(1);
    expect(h.sent).toHaveLength(1);
    expect(h.sent[0]?.body).toMatchObject({ article: "art", question: "q1", value: { text: "ab" }, baseRevision: 0 });
    await h.settle();
    expect(h.state.kind).toBe("saved");
    expect(h.attempt.id).toBe("att-1");
    expect(h.storage.has(draftKey({ article: "art" }, "q1"))).toBe(false);
  });

  it("keeps the text when the network is down, and resends the same save when it returns", async () => {
    const h = harness();
    h.setOnline(false);
    h.syncer.edit({ text: "hors ligne" });
    h.queueReply(networkError);
    await h.tick(800);
    await h.settle();
    expect(h.state.kind).toBe("offline");
    expect(h.storage.get(draftKey({ article: "art" }, "q1"))).toContain("hors ligne");

    h.setOnline(true);
    h.queueReply(ok(1));
    h.syncer.online();
    await h.settle();
    expect(h.sent).toHaveLength(2);
    expect(h.sent[1]?.body.saveId).toBe(h.sent[0]?.body.saveId);
    expect(h.state.kind).toBe("saved");
  });

  it("retries with backoff after a server error", async () => {
    const h = harness();
    h.syncer.edit({ text: "x" });
    h.queueReply(() => ({ kind: "response", status: 503, body: { ok: false, code: "INTERNAL", message: "down" } }));
    await h.tick(800);
    await h.settle();
    expect(h.state.kind).toBe("retrying");
    await h.tick(999);
    expect(h.sent).toHaveLength(1);
    h.queueReply(ok(1));
    await h.tick(1);
    await h.settle();
    expect(h.sent).toHaveLength(2);
    expect(h.state.kind).toBe("saved");
  });

  it("sends what was typed during a save on top of the new revision", async () => {
    const h = harness();
    h.syncer.edit({ text: "un" });
    h.queueReply(ok(1));
    await h.tick(800);
    h.syncer.edit({ text: "un deux" });
    await h.settle();
    expect(h.state.kind).toBe("pending");
    h.queueReply(ok(2));
    await h.tick(800);
    await h.settle();
    expect(h.sent.map((save) => save.body.baseRevision)).toEqual([0, 1]);
    expect(h.sent[1]?.body.value).toEqual({ text: "un deux" });
    expect(h.sent[1]?.body.attemptId).toBe("att-1");
    expect(h.state.kind).toBe("saved");
  });

  it("turns a stale save into a conflict showing both texts, and keeps mine on request", async () => {
    const h = harness({ initial: { value: { text: "v1" }, revision: 1, savedAt: "2026-01-01T08:00:00.000Z" }, attemptId: "att-1" });
    h.syncer.edit({ text: "mine" });
    h.queueReply(stale({ value: { text: "theirs" }, revision: 2 }));
    await h.tick(800);
    await h.settle();
    expect(h.state).toMatchObject({ kind: "conflict", theirs: { value: { text: "theirs" }, revision: 2 } });
    expect(h.syncer.current.value).toEqual({ text: "mine" });

    h.queueReply(ok(3));
    h.syncer.resolveConflict("mine");
    await h.tick(0);
    await h.settle();
    expect(h.sent[1]?.body).toMatchObject({ value: { text: "mine" }, baseRevision: 2 });
    expect(h.state.kind).toBe("saved");
  });

  it("can take the other version instead, dropping the local copy", async () => {
    const h = harness({ initial: { value: { text: "v1" }, revision: 1, savedAt: "2026-01-01T08:00:00.000Z" } });
    h.syncer.edit({ text: "mine" });
    h.queueReply(stale({ value: { text: "theirs" }, revision: 2 }));
    await h.tick(800);
    await h.settle();
    h.syncer.resolveConflict("theirs");
    expect(h.syncer.current.value).toEqual({ text: "theirs" });
    expect(h.storage.has(draftKey({ article: "art" }, "q1"))).toBe(false);
    expect(h.sent).toHaveLength(1);
  });

  it("does not send a text over the limit, and keeps it locally", async () => {
    const h = harness();
    h.syncer.edit({ text: "x".repeat(51) });
    await h.tick(800);
    expect(h.sent).toHaveLength(0);
    expect(h.state).toMatchObject({ kind: "invalid", code: "TOO_LONG" });
    expect(h.storage.get(draftKey({ article: "art" }, "q1"))).toContain("x".repeat(51));
  });

  it("restores text a previous visit left unsent, and sends it", async () => {
    const first = harness({ attemptId: "att-1", initial: { value: { text: "old" }, revision: 2, savedAt: "2026-01-01T08:00:00.000Z" } });
    first.syncer.edit({ text: "typed before the tab closed" });
    const draft = first.storage.get(draftKey({ article: "art" }, "q1"))!;

    const second = harness({ attemptId: "att-1", initial: { value: { text: "old" }, revision: 2, savedAt: "2026-01-01T08:00:00.000Z" } });
    second.storage.set(draftKey({ article: "art" }, "q1"), draft);
    second.queueReply(ok(3));
    second.syncer.restoreDraft();
    expect(second.syncer.current.value).toEqual({ text: "typed before the tab closed" });
    await second.tick(0);
    await second.settle();
    expect(second.sent[0]?.body).toMatchObject({ baseRevision: 2, value: { text: "typed before the tab closed" } });
    expect(second.state.kind).toBe("saved");
  });

  it("shows a conflict when the server moved on since the local copy was made", () => {
    const h = harness({ attemptId: "att-1", initial: { value: { text: "newer on server" }, revision: 5, savedAt: "2026-01-01T08:00:00.000Z" } });
    h.storage.set(draftKey({ article: "art" }, "q1"), JSON.stringify({ attemptId: "att-1", value: { text: "local" }, baseRevision: 3, editedAt: "" }));
    h.syncer.restoreDraft();
    expect(h.state).toMatchObject({ kind: "conflict", theirs: { value: { text: "newer on server" }, revision: 5 } });
    expect(h.syncer.current.value).toEqual({ text: "local" });
  });

  it("drops a local copy that belongs to another attempt or equals the saved text", () => {
    const other = harness({ attemptId: "att-2" });
    other.storage.set(
      draftKey({ article: "art" }, "q1"),
      JSON.stringify({ attemptId: "att-1", value: { text: "old attempt" }, baseRevision: 1, editedAt: "" }),
    );
    other.syncer.restoreDraft();
    expect(other.syncer.current.value).toEqual({ text: "" });
    expect(other.storage.size).toBe(0);

    const same = harness({ attemptId: "att-1", initial: { value: { text: "same" }, revision: 2, savedAt: "2026-01-01T08:00:00.000Z" } });
    same.storage.set(draftKey({ article: "art" }, "q1"), JSON.stringify({ attemptId: "att-1", value: { text: "same" }, baseRevision: 1, editedAt: "" }));
    same.syncer.restoreDraft();
    expect(same.state.kind).toBe("saved");
    expect(same.storage.size).toBe(0);
  });

  it("flushes with keepalive when the page goes away", async () => {
    const h = harness({ attemptId: "att-1" });
    h.syncer.edit({ text: "leaving" });
    h.syncer.flush("leaving");
    expect(h.sent).toEqual([expect.objectContaining({ keepalive: true, body: expect.objectContaining({ value: { text: "leaving" } }) })]);
  });

  it("keeps a first save for the next visit rather than open the attempt with a keepalive nobody reads", async () => {
    const h = harness();
    h.syncer.edit({ text: "première fois" });
    h.syncer.flush("leaving");
    expect(h.sent).toEqual([]);
    expect(h.storage.get(draftKey({ article: "art" }, "q1"))).toContain("première fois");
  });

  it("stops for good on a submitted attempt", async () => {
    const h = harness({ attemptId: "att-1" });
    h.syncer.edit({ text: "late" });
    h.queueReply(() => ({ kind: "response", status: 409, body: { ok: false, code: "ATTEMPT_SUBMITTED", message: "rendue" } }));
    await h.tick(800);
    await h.settle();
    expect(h.state).toMatchObject({ kind: "locked" });
    h.syncer.edit({ text: "later" });
    expect(h.syncer.current.value).toEqual({ text: "late" });
  });
});

describe("AnswerSyncer, a session that ended", () => {
  // Issue: a student whose session ended kept a green "all saved" and became a guest inside the assignment.
  it("says so, keeps the text, and resends the same save once the account is back", async () => {
    const h = harness({ attempt: { id: "att-1", account: "user-7" } });
    h.syncer.edit({ text: "après la fin de la session" });
    h.queueReply(() => ({ kind: "response", status: 401, body: { ok: false, code: "SESSION_ENDED", message: "reconnectez-vous" } }));
    await h.tick(800);
    await h.settle();
    expect(h.sent[0]?.body).toMatchObject({ attemptId: "att-1", expectUser: "user-7" });
    expect(h.state).toEqual({ kind: "signedOut", message: "reconnectez-vous" });
    expect(h.syncer.atRisk()).toBe(true);
    expect(h.storage.get(draftKey({ article: "art" }, "q1"))).toContain("après la fin de la session");

    // Signed in again (another tab): back on this one, the same save goes at once.
    h.queueReply(ok(1));
    h.syncer.online();
    await h.settle();
    expect(h.sent[1]?.body.saveId).toBe(h.sent[0]?.body.saveId);
    expect(h.state.kind).toBe("saved");
    expect(h.storage.has(draftKey({ article: "art" }, "q1"))).toBe(false);
  });

  it("counts a save refused as locked among the answers at risk", async () => {
    const h = harness({ attemptId: "att-1" });
    h.syncer.edit({ text: "trop tard" });
    h.queueReply(() => ({ kind: "response", status: 409, body: { ok: false, code: "ASSIGNMENT_CLOSED", message: "fermé" } }));
    await h.tick(800);
    await h.settle();
    expect(h.state).toMatchObject({ kind: "locked" });
    expect(h.syncer.atRisk()).toBe(true);
  });
});

describe("AnswerSyncer, several answers on one page", () => {
  it("lets the first save open the attempt before the others are sent, so one guest and one attempt result", async () => {
    const attempt: AttemptBox = { id: undefined };
    const first = harness({ attempt, question: "q1" });
    const second = harness({ attempt, question: "q2" });
    first.queueReply(ok(1, "att-9"));
    second.queueReply(ok(1, "att-9"));
    first.syncer.edit({ text: "un" });
    second.syncer.edit({ text: "deux" });
    await first.tick(800);
    await second.tick(800);
    expect(first.sent).toHaveLength(1);
    expect(second.sent).toHaveLength(0);
    await first.settle();
    await second.settle();
    expect(second.sent).toHaveLength(1);
    expect(second.sent[0]?.body.attemptId).toBe("att-9");
    expect(second.state.kind).toBe("saved");
  });
});

describe("AnswerSyncer, ambiguous failures", () => {
  it("takes a stale answer carrying this very text as confirmation, not as a conflict", async () => {
    const h = harness();
    h.syncer.edit({ text: "déjà arrivé" });
    h.queueReply(stale({ value: { text: "déjà arrivé" }, revision: 1 }));
    await h.tick(800);
    await h.settle();
    expect(h.state.kind).toBe("saved");
    expect(h.storage.size).toBe(0);
  });

  it("resends a restored draft with the id it was first sent with, so the server can spot the duplicate", async () => {
    const first = harness();
    first.syncer.edit({ text: "envoyé, réponse perdue" });
    first.queueReply(networkError);
    await first.tick(800);
    await first.settle();
    const draft = first.storage.get(draftKey({ article: "art" }, "q1"))!;
    expect(JSON.parse(draft).saveId).toBe(first.sent[0]?.body.saveId);

    const second = harness();
    second.storage.set(draftKey({ article: "art" }, "q1"), draft);
    second.queueReply(ok(1));
    second.syncer.restoreDraft();
    await second.tick(0);
    await second.settle();
    expect(second.sent[0]?.body.saveId).toBe(first.sent[0]?.body.saveId);
  });
});

describe("AnswerSyncer, text typed before the stored answer arrived", () => {
  it("sends it as a first version when nothing was stored", async () => {
    const h = harness();
    h.queueReply(ok(1));
    h.syncer.adoptEarlyEdit({ text: "tapé tôt" });
    await h.tick(0);
    await h.settle();
    expect(h.sent[0]?.body).toMatchObject({ value: { text: "tapé tôt" }, baseRevision: 0 });
    expect(h.state.kind).toBe("saved");
  });

  it("shows it beside the stored version instead of overwriting it", () => {
    const h = harness({ initial: { value: { text: "déjà enregistré" }, revision: 2, savedAt: "2026-01-01T08:00:00.000Z" }, attemptId: "att-1" });
    h.syncer.adoptEarlyEdit({ text: "tapé tôt" });
    expect(h.sent).toHaveLength(0);
    expect(h.state).toMatchObject({ kind: "conflict", theirs: { value: { text: "déjà enregistré" }, revision: 2 } });
    expect(h.syncer.current.value).toEqual({ text: "tapé tôt" });
  });
});
