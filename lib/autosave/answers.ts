/**
 * The answers' adapter to the draft engine (./engine.ts): one learner's answer to one question,
 * saved by POST /api/answers into the page's attempt. Besides the engine's rules, an answer:
 *
 * - is kept per exercise and per context, so practice and an assignment never mix, and belongs to
 *   the attempt it was typed in;
 * - opens the attempt with the page's first save (and, for a new visitor, the guest session),
 *   which the page's other answers wait for;
 * - counts as saved in a new guest session only once the session cookie came back;
 * - stops for good when the work can no longer change (handed in, closed).
 */

import type { SaveAnswerInput } from "@/lib/answers/schemas";
import type { AppLocale } from "@/lib/config";
import {
  DraftEngine,
  LOCAL_KEY_PREFIX,
  readStoredDraft,
  writeStoredDraft,
  type DraftAdapter,
  type EngineOptions,
  type Json,
  type Refusal,
  type Save,
  type SyncerDeps,
  type TransportResult,
} from "./engine";

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

/** When this browser was last given a guest session (ms since the epoch), across reloads. */
export const GUEST_GIVEN_KEY = `${LOCAL_KEY_PREFIX}guest-given-at`;

/** The local copy of an answer's unconfirmed value, tied to the attempt it was typed in (null: none yet). */
export type Draft = { attemptId: string | null; value: Json; baseRevision: number; editedAt: string; saveId?: string };

/**
 * What the answers on a page belong to: an article's questions, or the comparison exercise, in
 * self-study or for an assignment (the reader opened with ?assignment=<id>).
 */
export type SaveTarget = ({ article: string } | { exercise: "comparison" }) & { assignment?: string };

/** Drafts are kept per exercise and per context, so practice and an assignment never mix. */
const targetScope = (target: SaveTarget) =>
  `${"article" in target ? `article:${target.article}` : `exercise:${target.exercise}`}${target.assignment ? `@${target.assignment}` : ""}`;

export const draftKey = (target: SaveTarget, question: string) => `${LOCAL_KEY_PREFIX}draft:${targetScope(target)}:${question}`;

/** The local copy of this answer's unconfirmed value, if this browser has one. */
export const readDraft = (storage: SyncerDeps["storage"], target: SaveTarget, question: string): Draft | null =>
  readStoredDraft(storage, draftKey(target, question)) as Draft | null;

/**
 * Keeps text typed before the stored answer is known (so before any syncer exists), as a draft
 * based on no version: a page closed at that moment finds it again on the next visit.
 */
export function writeEarlyDraft(storage: SyncerDeps["storage"], target: SaveTarget, question: string, value: Json, now: Date): void {
  const draft: Draft = { attemptId: null, value, baseRevision: 0, editedAt: now.toISOString() };
  writeStoredDraft(storage, draftKey(target, question), draft);
}

export type SyncerOptions = EngineOptions & {
  target: SaveTarget;
  question: string;
  locale: AppLocale;
  attempt: AttemptBox;
  /** How long after being given a guest a browser that comes back without it counts as refusing it. */
  guestWindowMs: number;
};

/** Codes of work that can no longer change: its text stays in the browser. */
const LOCKED = new Set(["ATTEMPT_SUBMITTED", "ASSIGNMENT_CLOSED", "ASSIGNMENT_NOT_FOUND", "QUESTION_NOT_ASSIGNED"]);

/** Storage may be full or disabled (private mode): the server copy is then the only one. */
function safeStorage<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch {
    return undefined;
  }
}

function answerAdapter(options: SyncerOptions, deps: SyncerDeps): DraftAdapter {
  const { target, question, attempt: box, locale } = options;

  const expectsSession = (): boolean => {
    if (box.sessionExpected) return true;
    const givenAt = Number(safeStorage(() => deps.storage.getItem(GUEST_GIVEN_KEY)) ?? NaN);
    return deps.now().getTime() - givenAt < options.guestWindowMs;
  };

  const body = (save: Save): string => {
    const request: SaveAnswerInput = {
      ...("article" in target ? { article: target.article } : { exercise: target.exercise }),
      ...(target.assignment ? { assignmentId: target.assignment } : {}),
      question,
      ...(box.id ? { attemptId: box.id } : {}),
      value: save.value,
      baseRevision: save.baseRevision,
      saveId: save.saveId,
      locale,
      ...(expectsSession() ? { expectSession: true } : {}),
      ...(box.account ? { expectUser: box.account } : {}),
    };
    return JSON.stringify(request);
  };

  /**
   * The server made a guest for this save. Its cookie is not trusted to have been kept until the
   * same save, sent again, comes back with it: only then is the answer counted as saved.
   */
  const confirmSession = async (save: Save, created: Record<string, unknown>): Promise<TransportResult> => {
    box.sessionExpected = true;
    if (typeof created.attemptId === "string") box.id = created.attemptId;
    const givenAt = String(deps.now().getTime());
    safeStorage(() => deps.storage.setItem(GUEST_GIVEN_KEY, givenAt));
    return deps.post(body(save), { keepalive: false });
  };

  /** Set while this answer's save opens the attempt: the page's other answers wait for it. */
  let opened: (() => void) | undefined;

  return {
    draftKey: draftKey(target, question),
    async send(save, { keepalive }) {
      if (keepalive) return deps.post(body(save), { keepalive: true });
      while (!box.id && box.opening) await box.opening;
      if (!box.id) box.opening = new Promise<void>((resolve) => (opened = resolve));
      const result = await deps.post(body(save), { keepalive: false });
      if (result.kind === "response" && result.body.ok === true && result.body.sessionCreated === true) return confirmSession(save, result.body);
      return result;
    },
    // Only once the reply is dealt with, so that the others find the attempt's id it brought (or
    // none, and the first of them opens the attempt).
    settled() {
      if (!opened) return;
      box.opening = undefined;
      opened();
      opened = undefined;
    },
    // A page hidden or left may be gone before the answer comes back, so that is never the save
    // that opens the attempt (and a new visitor's guest session): the next page could open a second one.
    sendsUnattended: () => !!box.id,
    tie: () => ({ attemptId: box.id ?? null }),
    keeps: (draft) => draft.attemptId == null || draft.attemptId === (box.id ?? null),
    confirmed(saved) {
      if (typeof saved.attemptId === "string") box.id ??= saved.attemptId;
    },
    refusal(code): Refusal | undefined {
      if (LOCKED.has(code)) return "locked";
      if (code === "SESSION_COOKIE_REFUSED") {
        // The attempt belongs to a guest this browser cannot get back: the text stays local, unbound.
        box.id = undefined;
        return "refused";
      }
      if (code === "ATTEMPT_NOT_FOUND") {
        // The attempt is gone (e.g. the database was reset): start a new one with the same text.
        box.id = undefined;
        return "restart";
      }
      return undefined;
    },
  };
}

/** One answer's autosave: the draft engine with the answers' adapter. */
export class AnswerSyncer extends DraftEngine {
  readonly question: string;

  constructor(options: SyncerOptions, deps: SyncerDeps) {
    super(answerAdapter(options, deps), options, deps);
    this.question = options.question;
  }
}
