import { AnswerSyncer, type AttemptBox } from "@/lib/autosave/answers";
import type { Json, SyncState, SyncerDeps, TransportResult } from "@/lib/autosave/engine";
import { FeedbackSyncer } from "@/lib/autosave/feedback";

/** A hand-driven clock, network and storage around one syncer: an answer's, or with `feedbackOn`, the feedback on that answer. */
export function harness(
  options: {
    initial?: { value: Json; revision: number; savedAt: string | null };
    attemptId?: string;
    attempt?: AttemptBox;
    question?: string;
    storage?: Map<string, string>;
    feedbackOn?: string;
  } = {},
) {
  const timers: Array<{ at: number; run: () => void; id: number }> = [];
  let now = 0;
  let nextId = 0;
  const storage = options.storage ?? new Map<string, string>();
  const sent: Array<{ body: Record<string, unknown>; keepalive: boolean }> = [];
  const replies: Array<(body: Record<string, unknown>) => TransportResult> = [];
  let online = true;
  const pending: Array<() => void> = [];
  const states: SyncState[] = [];

  const deps: SyncerDeps = {
    post: (body, { keepalive }) => {
      const parsed = JSON.parse(body) as Record<string, unknown>;
      sent.push({ body: parsed, keepalive });
      const reply = replies.shift() ?? (() => ({ kind: "network-error" }) as const);
      return new Promise((resolve) => pending.push(() => resolve(reply(parsed))));
    },
    storage: {
      getItem: (key) => storage.get(key) ?? null,
      setItem: (key, value) => void storage.set(key, value),
      removeItem: (key) => void storage.delete(key),
    },
    setTimer: (run, ms) => {
      const id = ++nextId;
      timers.push({ at: now + ms, run, id });
      return id;
    },
    clearTimer: (id) => {
      const index = timers.findIndex((timer) => timer.id === id);
      if (index >= 0) timers.splice(index, 1);
    },
    isOnline: () => online,
    newId: () => `save-${++nextId}`,
    now: () => new Date(Date.UTC(2026, 0, 1) + now),
  };
  const attempt: AttemptBox = options.attempt ?? { id: options.attemptId };
  const engine = {
    initial: options.initial ?? { value: { text: "" }, revision: 0, savedAt: null },
    debounceMs: 800,
    retryDelaysMs: [1_000, 5_000],
    validate: (value: Json) =>
      typeof value === "object" && value && "text" in value && String(value.text).length > 50 ? { code: "TOO_LONG", message: "trop long" } : null,
    onState: (state: SyncState) => void states.push(state),
  };
  const syncer = options.feedbackOn
    ? new FeedbackSyncer({ ...engine, answerId: options.feedbackOn, locale: "fr" }, deps)
    : new AnswerSyncer({ ...engine, target: { article: "art" }, question: options.question ?? "q1", locale: "fr", attempt, guestWindowMs: 60_000 }, deps);

  const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    syncer,
    sent,
    storage,
    states,
    attempt,
    /** Advances the fake clock, firing due timers. */
    async tick(ms: number) {
      now += ms;
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const due = timers[0];
        if (!due || due.at > now) break;
        timers.shift();
        due.run();
        await flushPromises();
      }
    },
    setOnline(value: boolean) {
      online = value;
    },
    /** The reply the next request will get (queued before it is sent). */
    queueReply(reply: (body: Record<string, unknown>) => TransportResult) {
      replies.push(reply);
    },
    /** Lets every request in flight get its reply. */
    async settle() {
      while (pending.length) {
        pending.shift()?.();
        await flushPromises();
      }
    },
    get state() {
      return syncer.current.state;
    },
  };
}

export const ok =
  (revision: number, attemptId = "att-1") =>
  () =>
    ({ kind: "response", status: 200, body: { ok: true, attemptId, revision, savedAt: "2026-01-01T10:00:00.000Z", duplicate: false } }) as const;
export const stale = (current: { value: Json; revision: number }) => () =>
  ({
    kind: "response",
    status: 409,
    body: { ok: false, code: "STALE_REVISION", message: "stale", current: { ...current, savedAt: "2026-01-01T09:00:00.000Z" } },
  }) as const;
export const networkError = () => ({ kind: "network-error" }) as const;
