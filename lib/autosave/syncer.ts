/**
 * Client-side autosave for one answer, kept free of React and of the browser's globals so it can be
 * unit-tested with a fake clock, network and storage. The rules (see also lib/answers/revision.ts):
 *
 * - every edit is written to local storage at once, so a crash, a reload or a lost network loses
 *   nothing; the copy is removed only when the server has confirmed that exact text;
 * - edits are sent after a quiet period, one request at a time; each request carries the revision
 *   it was based on and an id, so a retry is applied once and a stale tab cannot overwrite;
 * - failures are retried with backoff, at once when the browser comes back online;
 * - a stale save becomes a conflict the learner resolves, seeing both texts.
 */

import type { SaveAnswerInput } from "@/lib/answers/schemas";
import type { AppLocale } from "@/lib/config";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type SyncState =
  /** The learner's stored answer has not arrived yet (the page itself is the same for everyone). */
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

/** From the most to the least urgent for the learner: what a page's summary line reports first. */
export const SEVERITY: readonly SyncState["kind"][] = ["signedOut", "refused", "locked", "conflict", "invalid", "offline", "retrying", "saving", "pending"];

/**
 * Shared by all the answers of one page: the first save opens the attempt (and, for a new visitor,
 * the guest session), the others wait for it and join that attempt. Without the wait, answers saved
 * at once by a visitor with no session yet would each create a guest of their own.
 */
export type AttemptBox = {
  id: string | undefined;
  opening?: Promise<void>;
  /** This page was given a guest session: a save that arrives without it must be refused, not make another. */
  sessionExpected?: boolean;
  /**
   * The account the page's work belongs to (a signed-in student or teacher): a save that arrives
   * without that session, or with someone else's, is refused (SESSION_ENDED) rather than saved for
   * a new guest or for whoever signed in on this browser since.
   */
  account?: string;
};

/** What this app keeps in a browser's local storage starts with this (forgotten once the work is deleted: components/privacy/forget-local-work.tsx). */
export const LOCAL_KEY_PREFIX = "recits:";

/** When this browser was last given a guest session (ms since the epoch), across reloads. */
export const GUEST_GIVEN_KEY = `${LOCAL_KEY_PREFIX}guest-given-at`;

/** The local copy of unconfirmed text; `saveId` once it has been sent, so a resend is recognised. */
export type Draft = { attemptId: string | null; value: Json; baseRevision: number; editedAt: string; saveId?: string };

export type TransportResult =
  | { kind: "response"; status: number; body: Record<string, unknown> }
  | { kind: "network-error" };

export type SyncerDeps = {
  post: (body: string, options: { keepalive: boolean }) => Promise<TransportResult>;
  storage: Pick<Storage, "getItem" | "setItem" | "removeItem">;
  setTimer: (callback: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  isOnline: () => boolean;
  newId: () => string;
  now: () => Date;
};

/**
 * What the answers on a page belong to: an article's questions, or the comparison exercise, in
 * self-study or for an assignment (the reader opened with ?assignment=<id>).
 */
export type SaveTarget = ({ article: string } | { exercise: "comparison" }) & { assignment?: string };

/** Drafts are kept per exercise and per context, so practice and an assignment never mix. */
const targetScope = (target: SaveTarget) =>
  `${"article" in target ? `article:${target.article}` : `exercise:${target.exercise}`}${target.assignment ? `@${target.assignment}` : ""}`;

export type SyncerOptions = {
  target: SaveTarget;
  question: string;
  locale: AppLocale;
  attempt: AttemptBox;
  /** What the server rendered: the stored answer, if any. */
  initial: { value: Json; revision: number; savedAt: string | null };
  debounceMs: number;
  retryDelaysMs: readonly number[];
  /** How long after being given a guest a browser that comes back without it counts as refusing it. */
  guestWindowMs: number;
  /**
   * For other records saved with the same rules (a teacher's feedback): the request body for one
   * save, instead of an answer's, and the local-storage key of its draft. Answers leave both unset.
   */
  encode?: (save: { value: Json; baseRevision: number; saveId: string }) => string;
  storageKey?: string;
  /** Checks a value before it is sent (e.g. length); a problem keeps it local until mended. */
  validate?: (value: Json) => { code: string; message: string } | null;
  onState: (state: SyncState, value: Json) => void;
};

type InFlight = { value: Json; baseRevision: number; saveId: string };

const sameValue = (a: Json, b: Json) => JSON.stringify(a) === JSON.stringify(b);

export const draftKey = (target: SaveTarget, question: string) => `${LOCAL_KEY_PREFIX}draft:${targetScope(target)}:${question}`;

function readStoredDraft(storage: SyncerDeps["storage"], key: string): Draft | null {
  try {
    const raw = storage.getItem(key);
    return raw ? (JSON.parse(raw) as Draft) : null;
  } catch {
    return null;
  }
}

/** The local copy of this answer's unconfirmed text, if this browser has one. */
export const readDraft = (storage: SyncerDeps["storage"], target: SaveTarget, question: string): Draft | null => readStoredDraft(storage, draftKey(target, question));

/**
 * Keeps text typed before the stored answer is known (so before any syncer exists), as a draft
 * based on no version: a page closed at that moment finds it again on the next visit.
 */
export function writeEarlyDraft(storage: SyncerDeps["storage"], target: SaveTarget, question: string, value: Json, now: Date): void {
  const draft: Draft = { attemptId: null, value, baseRevision: 0, editedAt: now.toISOString() };
  try {
    storage.setItem(draftKey(target, question), JSON.stringify(draft));
  } catch {
    // Storage full or disabled (private mode): the text is then kept in the page only.
  }
}

export class AnswerSyncer {
  private value: Json;
  private revision: number;
  private state: SyncState;
  private timer: unknown = null;
  private inFlight: InFlight | null = null;
  /** The unconfirmed save being retried: resent with the same id and base. */
  private retry: InFlight | null = null;
  private failures = 0;
  private disposed = false;

  constructor(
    private readonly options: SyncerOptions,
    private readonly deps: SyncerDeps,
  ) {
    this.value = options.initial.value;
    this.revision = options.initial.revision;
    this.state = options.initial.savedAt ? { kind: "saved", savedAt: options.initial.savedAt } : { kind: "idle" };
  }

  get question(): string {
    return this.options.question;
  }

  get current(): { value: Json; state: SyncState } {
    return { value: this.value, state: this.state };
  }

  /** Picks up text left in local storage by an earlier visit that the server never confirmed. */
  restoreDraft(): void {
    const draft = this.readDraft();
    if (!draft) return;
    const attemptId = this.options.attempt.id ?? null;
    if (draft.attemptId !== null && draft.attemptId !== attemptId) return this.removeDraft();
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
   * Text typed before the stored answer was known, so based on no version of it: kept as a draft of
   * revision 0, then treated as any draft (sent if nothing was stored, a conflict if something was).
   */
  adoptEarlyEdit(value: Json): void {
    if (sameValue(value, this.value)) return;
    writeEarlyDraft(this.deps.storage, this.options.target, this.options.question, value, this.deps.now());
    this.restoreDraft();
  }

  edit(value: Json): void {
    if (this.state.kind === "locked" || sameValue(value, this.value)) return;
    this.value = value;
    this.writeDraft();
    if (this.state.kind === "conflict") return this.emit();
    // An unconfirmed save (`retry`) is kept: it is resent first with its own id, so a request that
    // did land is recognised as a duplicate, and this newer text follows on top of it.
    this.setState({ kind: "pending" });
    this.schedule(this.options.debounceMs);
  }

  /**
   * Sends now: on request ("now", e.g. before submitting), when the page is hidden ("hidden"), or
   * as it goes away ("leaving", with keepalive so the request outlives it). Hidden or left, the
   * page may be gone before the answer comes back, so that is never the save that opens the
   * attempt (and a new visitor's guest session): the next page could open a second one. Then the
   * quiet-period timer sends it if the page stays, and the draft waits for the next visit if not.
   */
  flush(when: "now" | "hidden" | "leaving" = "now"): void {
    if (!this.hasUnsent()) return;
    if (when !== "now" && !this.options.attempt.id) return;
    this.clearTimer();
    if (when === "leaving") {
      if (this.inFlight) return; // its response would be lost anyway; the draft stays for next time
      void this.deps.post(this.body(this.prepare()), { keepalive: true });
      return;
    }
    void this.send();
  }

  /** The network came back (or the learner returned to the page): retry at once instead of waiting out the backoff. */
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

  /** Work that may not be on the server and needs the learner's attention before leaving. */
  atRisk(): boolean {
    return ["retrying", "offline", "conflict", "invalid", "refused", "locked", "signedOut"].includes(this.state.kind);
  }

  dispose(): void {
    this.clearTimer();
    this.disposed = true;
  }

  private prepare(): InFlight {
    if (!this.retry) {
      this.retry = { value: this.value, baseRevision: this.revision, saveId: this.deps.newId() };
      this.writeDraft();
    }
    return this.retry;
  }

  private body(save: InFlight): string {
    if (this.options.encode) return this.options.encode(save);
    const { target, question, attempt, locale } = this.options;
    const request: SaveAnswerInput = {
      ...("article" in target ? { article: target.article } : { exercise: target.exercise }),
      ...(target.assignment ? { assignmentId: target.assignment } : {}),
      question,
      ...(attempt.id ? { attemptId: attempt.id } : {}),
      value: save.value,
      baseRevision: save.baseRevision,
      saveId: save.saveId,
      locale,
      ...(this.expectsSession() ? { expectSession: true } : {}),
      ...(attempt.account ? { expectUser: attempt.account } : {}),
    };
    return JSON.stringify(request);
  }

  private get key(): string {
    return this.options.storageKey ?? draftKey(this.options.target, this.options.question);
  }

  private expectsSession(): boolean {
    if (this.options.attempt.sessionExpected) return true;
    const givenAt = Number(this.safeStorage(() => this.deps.storage.getItem(GUEST_GIVEN_KEY)) ?? NaN);
    return this.deps.now().getTime() - givenAt < this.options.guestWindowMs;
  }

  /**
   * The server made a guest for this save. Its cookie is not trusted to have been kept until the
   * same save, sent again, comes back with it: only then is the answer counted as saved.
   */
  private async confirmSession(save: InFlight, body: Record<string, unknown>): Promise<TransportResult> {
    const box = this.options.attempt;
    box.sessionExpected = true;
    if (typeof body.attemptId === "string") box.id = body.attemptId;
    const givenAt = String(this.deps.now().getTime());
    this.safeStorage(() => this.deps.storage.setItem(GUEST_GIVEN_KEY, givenAt));
    return this.deps.post(this.body(save), { keepalive: false });
  }

  private async send(): Promise<void> {
    if (this.disposed || this.inFlight || !this.hasUnsent()) return;
    const problem = this.options.validate?.(this.value);
    if (problem) return this.setState({ kind: "invalid", ...problem });
    const save = this.prepare();
    this.inFlight = save;
    this.setState({ kind: "saving" });
    const box = this.options.attempt;
    while (!box.id && box.opening) await box.opening;
    let opened: (() => void) | undefined;
    if (!box.id) box.opening = new Promise<void>((resolve) => (opened = resolve));
    let result = await this.deps.post(this.body(save), { keepalive: false });
    if (result.kind === "response" && result.body.ok === true && result.body.sessionCreated === true) {
      result = await this.confirmSession(save, result.body);
    }
    if (opened) {
      box.opening = undefined;
      opened();
    }
    this.inFlight = null;
    if (this.disposed) return;
    this.handle(result, save);
  }

  private handle(result: TransportResult, save: InFlight): void {
    if (result.kind === "network-error") return this.fail(this.deps.isOnline() ? "retrying" : "offline");
    const { status, body } = result;
    if (status === 200 && body.ok === true) return this.confirmed(save, body);
    const code = typeof body.code === "string" ? body.code : "INTERNAL";
    const message = typeof body.message === "string" ? body.message : code;
    if (code === "STALE_REVISION" && isStored(body.current)) {
      this.retry = null;
      // The newer version is this very text (e.g. sent by a keepalive as the last page closed).
      if (sameValue(body.current.value, save.value)) return this.confirmed(save, body.current);
      return this.setState({ kind: "conflict", theirs: body.current });
    }
    // The work can no longer change (submitted, or the teacher closed it): the text stays in the browser.
    if (code === "ATTEMPT_SUBMITTED" || code === "ASSIGNMENT_CLOSED" || code === "ASSIGNMENT_NOT_FOUND") return this.setState({ kind: "locked", message });
    if (code === "SESSION_ENDED") {
      // Kept here and resent, same save id, once the learner has signed in again (another tab, or after a return).
      this.writeDraft();
      return this.fail("signedOut", message);
    }
    if (code === "SESSION_COOKIE_REFUSED") {
      // The attempt belongs to a guest this browser cannot get back: the text stays local, unbound.
      this.options.attempt.id = undefined;
      this.retry = null;
      this.writeDraft();
      return this.setState({ kind: "refused", message });
    }
    if (code === "ATTEMPT_NOT_FOUND") {
      // The attempt is gone (e.g. the database was reset): start a new one with the same text.
      this.options.attempt.id = undefined;
      this.retry = null;
      return this.fail("retrying");
    }
    if (status >= 500 || status === 429) return this.fail("retrying", message);
    this.retry = null;
    this.setState({ kind: "invalid", code, message });
  }

  private confirmed(save: InFlight, body: Record<string, unknown>): void {
    this.failures = 0;
    this.retry = null;
    if (typeof body.attemptId === "string") this.options.attempt.id ??= body.attemptId;
    if (typeof body.revision === "number") this.revision = body.revision;
    const savedAt = typeof body.savedAt === "string" ? body.savedAt : this.deps.now().toISOString();
    if (sameValue(save.value, this.value)) {
      this.removeDraft();
      this.setState({ kind: "saved", savedAt });
      return;
    }
    // The learner kept typing while this was in flight: send the rest on top of the new revision.
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

  /** Storage may be full or disabled (private mode): the server copy is then the only one. */
  private safeStorage<T>(action: () => T): T | undefined {
    try {
      return action();
    } catch {
      return undefined;
    }
  }

  private readDraft(): Draft | null {
    return readStoredDraft(this.deps.storage, this.key);
  }

  private writeDraft(): void {
    const draft: Draft = {
      attemptId: this.options.attempt.id ?? null,
      value: this.value,
      baseRevision: this.revision,
      editedAt: this.deps.now().toISOString(),
      ...(this.retry && sameValue(this.retry.value, this.value) ? { saveId: this.retry.saveId } : {}),
    };
    try {
      this.deps.storage.setItem(this.key, JSON.stringify(draft));
    } catch {
      // Storage full or disabled (private mode): the server copy is then the only one.
    }
  }

  private removeDraft(): void {
    try {
      this.deps.storage.removeItem(this.key);
    } catch {
      // See writeDraft.
    }
  }
}

function isStored(value: unknown): value is { value: Json; revision: number; savedAt: string; attemptId?: string } {
  return !!value && typeof value === "object" && "revision" in value && typeof value.revision === "number";
}
