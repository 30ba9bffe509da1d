/**
 * Client-side autosave of one draft (a learner's answer, a teacher's feedback), kept free of React
 * and of the browser's globals so it can be unit-tested with a fake clock, network and storage.
 * What is saved, where, and what the server's refusals mean belong to an adapter (./answers.ts,
 * ./feedback.ts); the rules are the engine's (see also lib/answers/revision.ts):
 *
 * - every edit is written to local storage at once, so a crash, a reload or a lost network loses
 *   nothing; the copy is removed only when the server has confirmed that exact value;
 * - edits are sent after a quiet period, one request at a time; each request carries the revision
 *   it was based on and an id, so a retry is applied once and a stale tab cannot overwrite;
 * - failures are retried with backoff, at once when the browser comes back online;
 * - a stale save becomes a conflict the person typing resolves, seeing both versions.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type SyncState =
  /** The stored value has not arrived yet (the page itself is the same for everyone). */
  | { kind: "loading" }
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; savedAt: string }
  | { kind: "retrying"; message?: string }
  | { kind: "offline" }
  | { kind: "conflict"; theirs: { value: Json; revision: number; savedAt: string } }
  | { kind: "invalid"; code: string; message: string }
  | { kind: "locked"; message: string }
  /** The browser does not keep the session cookie: nothing reaches the server until it does. */
  | { kind: "refused"; message: string }
  /** The account this page was opened with is no longer signed in here: kept locally, resent once it is. */
  | { kind: "signedOut"; message: string }
  /** Work that cannot change (handed in, closed, not the learner's), shown as it stands: never sent. */
  | { kind: "readOnly"; message: string };

/** The field takes no more edits: read-only from the start, or since the server refused a save ("locked"). */
export const cannotChange = (state: SyncState): boolean => state.kind === "locked" || state.kind === "readOnly";

/** From the most to the least urgent for the person typing: what a page's summary line reports first. */
export const SEVERITY: readonly SyncState["kind"][] = ["signedOut", "refused", "locked", "conflict", "invalid", "offline", "retrying", "saving", "pending"];

/** What this app keeps in a browser's local storage starts with this (forgotten once the work is deleted: components/privacy/forget-local-work.tsx). */
export const LOCAL_KEY_PREFIX = "recits:";

/**
 * The local copy of an unconfirmed value; `saveId` once it has been sent, so a resend is
 * recognised. An adapter may tie it to more (an answer's attempt: ./answers.ts).
 */
export type DraftCopy = { value: Json; baseRevision: number; editedAt: string; saveId?: string } & { [tie: string]: unknown };

export type TransportResult = { kind: "response"; status: number; body: Record<string, unknown> } | { kind: "network-error" };

/** The browser around a draft: its network (used by the adapters), storage, timers and clock. */
export type SyncerDeps = {
  post: (body: string, options: { keepalive: boolean }) => Promise<TransportResult>;
  storage: Pick<Storage, "getItem" | "setItem" | "removeItem">;
  setTimer: (callback: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  isOnline: () => boolean;
  newId: () => string;
  now: () => Date;
};

/** One save as sent: the value, the revision it was based on, and the id its resends share. */
export type Save = { value: Json; baseRevision: number; saveId: string };

/**
 * What a refusal the engine does not know means for the draft, as its adapter reads the code:
 * "locked", it can no longer change (kept in the browser, never sent); "refused", the server will
 * not take it from this browser as it is (kept, unsent, the save id dropped); "restart", what it
 * was saved into is gone (sent again as a new save).
 */
export type Refusal = "locked" | "refused" | "restart";

/** What is saved and how: one per kind of record. */
export type DraftAdapter = {
  /** Where the unconfirmed value is kept in local storage. */
  readonly draftKey: string;
  /** Sends one save; `keepalive` when the page is going away and nobody will read the answer. */
  send: (save: Save, options: { keepalive: boolean }) => Promise<TransportResult>;
  /** Whether a save may go out while the page is hidden or leaving. */
  sendsUnattended: () => boolean;
  /** What a new draft is tied to, beside its value (nothing, unless the adapter says). */
  tie?: () => Record<string, Json>;
  /** Whether a draft found in storage is still this record's. */
  keeps?: (draft: DraftCopy) => boolean;
  /** The server confirmed a save, with this body (or the stored version equal to it). */
  confirmed?: (body: Record<string, unknown>) => void;
  /** The engine has dealt with the reply to the save `send` sent last (keepalive ones aside). */
  settled?: () => void;
  /** The meaning of a refusal code; undefined for the codes every record shares. */
  refusal?: (code: string) => Refusal | undefined;
};

export type EngineOptions = {
  /** What the server rendered: the stored value, if any. */
  initial: { value: Json; revision: number; savedAt: string | null };
  debounceMs: number;
  retryDelaysMs: readonly number[];
  /** Checks a value before it is sent (e.g. length); a problem keeps it local until mended. */
  validate?: (value: Json) => { code: string; message: string } | null;
  onState: (state: SyncState, value: Json) => void;
};

const sameValue = (a: Json, b: Json) => JSON.stringify(a) === JSON.stringify(b);

export function readStoredDraft(storage: SyncerDeps["storage"], key: string): DraftCopy | null {
  try {
    const raw = storage.getItem(key);
    return raw ? (JSON.parse(raw) as DraftCopy) : null;
  } catch {
    return null;
  }
}

/** Writes a draft; storage full or disabled (private mode) leaves the value in the page only. */
export function writeStoredDraft(storage: SyncerDeps["storage"], key: string, draft: DraftCopy): void {
  try {
    storage.setItem(key, JSON.stringify(draft));
  } catch {
    // The server copy, and the page, are then the only ones.
  }
}

export class DraftEngine {
  private value: Json;
  private revision: number;
  private state: SyncState;
  private timer: unknown = null;
  private inFlight: Save | null = null;
  /** The unconfirmed save being retried: resent with the same id and base. */
  private retry: Save | null = null;
  private failures = 0;
  private disposed = false;

  constructor(
    private readonly adapter: DraftAdapter,
    private readonly options: EngineOptions,
    private readonly deps: SyncerDeps,
  ) {
    this.value = options.initial.value;
    this.revision = options.initial.revision;
    this.state = options.initial.savedAt ? { kind: "saved", savedAt: options.initial.savedAt } : { kind: "idle" };
  }

  get current(): { value: Json; state: SyncState } {
    return { value: this.value, state: this.state };
  }

  /** Picks up a value left in local storage by an earlier visit that the server never confirmed. */
  restoreDraft(): void {
    const draft = readStoredDraft(this.deps.storage, this.adapter.draftKey);
    if (!draft) return;
    if (this.adapter.keeps && !this.adapter.keeps(draft)) return this.removeDraft();
    if (sameValue(draft.value, this.value)) return this.removeDraft();
    if (draft.baseRevision === this.revision) {
      this.value = draft.value;
      if (draft.saveId) this.retry = { value: draft.value, baseRevision: draft.baseRevision, saveId: draft.saveId };
      this.setState({ kind: "pending" });
      this.schedule(0);
      return;
    }
    // The server moved on since this copy was made: show both rather than pick one.
    this.setState({
      kind: "conflict",
      theirs: { value: this.value, revision: this.revision, savedAt: this.options.initial.savedAt ?? "" },
    });
    this.value = draft.value;
    this.emit();
  }

  /**
   * A value typed before the stored one was known, so based on no version of it: kept as a draft
   * of revision 0, tied to nothing, then treated as any draft (sent if nothing was stored, a
   * conflict if something was).
   */
  adoptEarlyEdit(value: Json): void {
    if (sameValue(value, this.value)) return;
    writeStoredDraft(this.deps.storage, this.adapter.draftKey, { value, baseRevision: 0, editedAt: this.deps.now().toISOString() });
    this.restoreDraft();
  }

  edit(value: Json): void {
    if (this.state.kind === "locked" || sameValue(value, this.value)) return;
    this.value = value;
    this.writeDraft();
    if (this.state.kind === "conflict") return this.emit();
    // An unconfirmed save (`retry`) is kept: it is resent first with its own id, so a request that
    // did land is recognised as a duplicate, and this newer value follows on top of it.
    this.setState({ kind: "pending" });
    this.schedule(this.options.debounceMs);
  }

  /**
   * Sends now: on request ("now", e.g. before submitting), when the page is hidden ("hidden"), or
   * as it goes away ("leaving", with keepalive so the request outlives it). Hidden or left, the
   * page may be gone before the answer comes back: the adapter says whether such a save may go
   * (not an answer's first, ./answers.ts). If not, the quiet-period timer sends it if the page
   * stays, and the draft waits for the next visit if not.
   */
  flush(when: "now" | "hidden" | "leaving" = "now"): void {
    if (!this.hasUnsent()) return;
    if (when !== "now" && !this.adapter.sendsUnattended()) return;
    this.clearTimer();
    if (when === "leaving") {
      if (this.inFlight) return; // its response would be lost anyway; the draft stays for next time
      void this.adapter.send(this.prepare(), { keepalive: true });
      return;
    }
    void this.send();
  }

  /** The network came back (or the person returned to the page): retry at once instead of waiting out the backoff. */
  online(): void {
    if (this.state.kind === "offline" || this.state.kind === "retrying" || this.state.kind === "signedOut") {
      this.clearTimer();
      void this.send();
    }
  }

  resolveConflict(keep: "mine" | "theirs"): void {
    if (this.state.kind !== "conflict") return;
    const theirs = this.state.theirs;
    this.revision = theirs.revision;
    this.retry = null;
    if (keep === "theirs") {
      this.value = theirs.value;
      this.removeDraft();
      this.setState({ kind: "saved", savedAt: theirs.savedAt });
      return;
    }
    this.writeDraft();
    this.setState({ kind: "pending" });
    this.schedule(0);
  }

  hasUnsent(): boolean {
    return ["pending", "saving", "retrying", "offline", "signedOut"].includes(this.state.kind);
  }

  /** Work that may not be on the server and needs the person's attention before leaving. */
  atRisk(): boolean {
    return ["retrying", "offline", "conflict", "invalid", "refused", "locked", "signedOut"].includes(this.state.kind);
  }

  dispose(): void {
    this.clearTimer();
    this.disposed = true;
  }

  private prepare(): Save {
    if (!this.retry) {
      this.retry = { value: this.value, baseRevision: this.revision, saveId: this.deps.newId() };
      this.writeDraft();
    }
    return this.retry;
  }

  private async send(): Promise<void> {
    if (this.disposed || this.inFlight || !this.hasUnsent()) return;
    const problem = this.options.validate?.(this.value);
    if (problem) return this.setState({ kind: "invalid", ...problem });
    const save = this.prepare();
    this.inFlight = save;
    this.setState({ kind: "saving" });
    const result = await this.adapter.send(save, { keepalive: false });
    this.inFlight = null;
    if (!this.disposed) this.handle(result, save);
    this.adapter.settled?.();
  }

  private handle(result: TransportResult, save: Save): void {
    if (result.kind === "network-error") return this.fail(this.deps.isOnline() ? "retrying" : "offline");
    const { status, body } = result;
    if (status === 200 && body.ok === true) return this.confirmed(save, body);
    const code = typeof body.code === "string" ? body.code : "INTERNAL";
    const message = typeof body.message === "string" ? body.message : code;
    if (code === "STALE_REVISION" && isStored(body.current)) {
      this.retry = null;
      // The newer version is this very value (e.g. sent by a keepalive as the last page closed).
      if (sameValue(body.current.value, save.value)) return this.confirmed(save, body.current);
      return this.setState({ kind: "conflict", theirs: body.current });
    }
    if (code === "SESSION_ENDED") {
      // Kept here and resent, same save id, once the person has signed in again (another tab, or after a return).
      this.writeDraft();
      return this.fail("signedOut", message);
    }
    switch (this.adapter.refusal?.(code)) {
      case "locked":
        // It can no longer change (e.g. work submitted, or closed by the teacher): the value stays in the browser.
        return this.setState({ kind: "locked", message });
      case "refused":
        this.retry = null;
        this.writeDraft();
        return this.setState({ kind: "refused", message });
      case "restart":
        this.retry = null;
        return this.fail("retrying");
      case undefined:
        break;
    }
    if (status >= 500 || status === 429) return this.fail("retrying", message);
    this.retry = null;
    this.setState({ kind: "invalid", code, message });
  }

  private confirmed(save: Save, body: Record<string, unknown>): void {
    this.failures = 0;
    this.retry = null;
    this.adapter.confirmed?.(body);
    if (typeof body.revision === "number") this.revision = body.revision;
    const savedAt = typeof body.savedAt === "string" ? body.savedAt : this.deps.now().toISOString();
    if (sameValue(save.value, this.value)) {
      this.removeDraft();
      this.setState({ kind: "saved", savedAt });
      return;
    }
    // The person kept typing while this was in flight: send the rest on top of the new revision.
    this.writeDraft();
    this.setState({ kind: "pending" });
    this.schedule(this.options.debounceMs);
  }

  private fail(kind: "retrying" | "offline" | "signedOut", message?: string): void {
    const delays = this.options.retryDelaysMs;
    const delay = delays[Math.min(this.failures, delays.length - 1)] ?? 1_000;
    this.failures += 1;
    this.setState(kind === "offline" ? { kind } : kind === "signedOut" ? { kind, message: message ?? "" } : { kind, ...(message ? { message } : {}) });
    this.schedule(delay);
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.timer = this.deps.setTimer(() => {
      this.timer = null;
      void this.send();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.deps.clearTimer(this.timer);
    this.timer = null;
  }

  private setState(state: SyncState): void {
    this.state = state;
    this.emit();
  }

  private emit(): void {
    this.options.onState(this.state, this.value);
  }

  private writeDraft(): void {
    writeStoredDraft(this.deps.storage, this.adapter.draftKey, {
      ...this.adapter.tie?.(),
      value: this.value,
      baseRevision: this.revision,
      editedAt: this.deps.now().toISOString(),
      ...(this.retry && sameValue(this.retry.value, this.value) ? { saveId: this.retry.saveId } : {}),
    });
  }

  private removeDraft(): void {
    try {
      this.deps.storage.removeItem(this.adapter.draftKey);
    } catch {
      // Storage disabled: there was no copy to remove.
    }
  }
}

function isStored(value: unknown): value is { value: Json; revision: number; savedAt: string } {
  return !!value && typeof value === "object" && "revision" in value && typeof value.revision === "number";
}
