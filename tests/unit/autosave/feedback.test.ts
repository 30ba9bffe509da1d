import { describe, expect, it } from "vitest";
import { feedbackDraftKey } from "@/lib/autosave/feedback";
import { harness, networkError, ok, stale } from "./harness";

/**
 * A teacher's feedback goes through the answers' draft engine with an adapter of its own: it used
 * to pose as the answer to a question named after the answer's id, in an article named "review".
 */

const key = feedbackDraftKey("ans-1");
const comment = (text: string, score: number | null = null) => ({ comment: text, score });
const initial = { value: comment(""), revision: 0, savedAt: null };

describe("FeedbackSyncer", () => {
  it("sends the feedback on the answer, and nothing of an answer's, and forgets its local copy once saved", async () => {
    const h = harness({ feedbackOn: "ans-1", initial });
    h.syncer.edit(comment("Bien vu", 2));
    expect(h.storage.get(key)).toContain("Bien vu");
    h.queueReply(ok(1));
    await h.tick(800);
    expect(h.sent[0]?.body).toEqual({ answerId: "ans-1", value: comment("Bien vu", 2), baseRevision: 0, saveId: h.sent[0]?.body.saveId, locale: "fr" });
    await h.settle();
    expect(h.state.kind).toBe("saved");
    expect(h.storage.size).toBe(0);
  });

  it("keeps the draft through a lost network and a session that ended, and resends the same save", async () => {
    const h = harness({ feedbackOn: "ans-1", initial });
    h.syncer.edit(comment("À revoir"));
    h.queueReply(networkError);
    await h.tick(800);
    await h.settle();
    expect(h.state.kind).toBe("retrying");
    h.queueReply(() => ({ kind: "response", status: 401, body: { ok: false, code: "SESSION_ENDED", message: "reconnectez-vous" } }));
    await h.tick(1_000);
    await h.settle();
    expect(h.state).toEqual({ kind: "signedOut", message: "reconnectez-vous" });
    expect(h.storage.get(key)).toContain("À revoir");
    h.queueReply(ok(1));
    h.syncer.online();
    await h.settle();
    expect(new Set(h.sent.map((sent) => sent.body.saveId)).size).toBe(1);
    expect(h.state.kind).toBe("saved");
  });

  it("sends with keepalive when the page goes away, even before any save came back", async () => {
    const h = harness({ feedbackOn: "ans-1", initial });
    h.syncer.edit(comment("En partant"));
    h.syncer.flush("leaving");
    expect(h.sent).toEqual([{ body: expect.objectContaining({ answerId: "ans-1", value: comment("En partant") }), keepalive: true }]);
  });

  it("restores a draft an earlier visit left, and shows a newer one from another tab beside it", async () => {
    const storage = new Map([[key, JSON.stringify({ attemptId: "ans-1", value: comment("laissé"), baseRevision: 0, editedAt: "" })]]);
    const h = harness({ feedbackOn: "ans-1", initial, storage });
    h.syncer.restoreDraft();
    expect(h.syncer.current.value).toEqual(comment("laissé"));
    h.queueReply(stale({ value: comment("d'un autre onglet"), revision: 2 }));
    await h.tick(0);
    await h.settle();
    expect(h.state).toMatchObject({ kind: "conflict", theirs: { value: comment("d'un autre onglet"), revision: 2 } });
    expect(h.storage.get(key)).toContain("laissé");
  });
});
