"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { workLock } from "@/lib/attempts/state";
import { AUTOSAVE, GUESTS, type AppLocale } from "@/lib/config";
import { browserDeps } from "@/lib/autosave/browser";
import { AnswerSyncer, readDraft, writeEarlyDraft } from "@/lib/autosave/answers";
import type { Json, SyncState } from "@/lib/autosave/engine";
import { useAnswerSession } from "./answer-session";

export type InitialAnswer = { value: Json; revision: number; savedAt: string | null };

/**
 * Binds one answer editor to its AnswerSyncer: the value to show, the save state, and edit().
 *
 * The page is the same for everyone, so the field first shows `empty`; the learner's stored answer
 * arrives with the session's learner state, and only then does the syncer start. Anything typed
 * before that is kept and handed over as an edit made on no stored version: saved if there was
 * none, shown beside the stored one (a conflict) if there was.
 */
export function useAnswerSync(question: string, emptyValue: Json, validate?: (value: Json) => { code: string; message: string } | null) {
  const empty: InitialAnswer = { value: emptyValue, revision: 0, savedAt: null };
  const { target, attempt, registry, learner } = useAnswerSession();
  const locale = useLocale() as AppLocale;
  const lockMessages = useTranslations("assignment");
  const [snapshot, setSnapshot] = useState<{ value: Json; state: SyncState }>(() => ({ value: empty.value, state: { kind: "loading" } }));
  const syncerRef = useRef<AnswerSyncer | null>(null);
  const earlyEdit = useRef<{ value: Json } | null>(null);
  const validateRef = useRef(validate);
  useEffect(() => {
    validateRef.current = validate;
  });

  useEffect(() => {
    if (!learner) return;
    const stored = learner.attempt?.answers[question];
    const initial = stored ? { value: stored.value as Json, revision: stored.revision, savedAt: stored.savedAt } : empty;
    if (workLock(learner)) return;
    const syncer = new AnswerSyncer(
      {
        target,
        question,
        locale,
        attempt,
        initial,
        debounceMs: AUTOSAVE.debounceMs,
        retryDelaysMs: AUTOSAVE.retryDelaysMs,
        guestWindowMs: GUESTS.browserWindowMs,
        validate: (value) => validateRef.current?.(value) ?? null,
        onState: (state, value) => {
          setSnapshot({ state, value });
          registry.changed();
        },
      },
      browserDeps(),
    );
    syncerRef.current = syncer;
    registry.add(syncer);
    syncer.restoreDraft();
    if (earlyEdit.current) syncer.adoptEarlyEdit(earlyEdit.current.value);
    earlyEdit.current = null;
    setSnapshot(syncer.current);
    // Back online, or back on this tab (e.g. after signing in again in another): retry at once.
    const onOnline = () => syncer.online();
    window.addEventListener("online", onOnline);
    window.addEventListener("focus", onOnline);
    return () => {
      window.removeEventListener("online", onOnline);
      window.removeEventListener("focus", onOnline);
      syncer.flush("leaving");
      registry.remove(syncer);
      syncer.dispose();
      syncerRef.current = null;
    };
    // The syncer lives as long as the editor; `empty` only seeds it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target, question, locale, attempt, registry, learner]);

  const edit = useCallback(
    (value: Json) => {
      if (syncerRef.current) return syncerRef.current.edit(value);
      earlyEdit.current = { value };
      writeEarlyDraft(window.localStorage, target, question, value, new Date());
      setSnapshot((current) => ({ ...current, value }));
    },
    [target, question],
  );
  const resolveConflict = useCallback((keep: "mine" | "theirs") => syncerRef.current?.resolveConflict(keep), []);
  const flush = useCallback(() => syncerRef.current?.flush(), []);
  // Work handed in, closed by the teacher, or not this learner's: shown as it stands, never sent.
  // Closed with text typed and never saved: that text, from this browser, said to be unsaved.
  const lock = learner ? workLock(learner) : null;
  const unsent = useMemo(() => (lock === "closed" ? readDraft(window.localStorage, target, question) : null), [lock, target, question]);
  if (learner && lock) {
    const stored = learner.attempt?.answers[question];
    const shown = unsent && JSON.stringify(unsent.value) !== JSON.stringify(stored?.value) ? unsent : null;
    const message = shown ? lockMessages("closedUnsent") : lockMessages(lock);
    return {
      value: shown?.value ?? (stored?.value as Json | undefined) ?? empty.value,
      state: { kind: "readOnly" as const, message },
      edit,
      resolveConflict,
      flush,
    };
  }
  return { ...snapshot, edit, resolveConflict, flush };
}
