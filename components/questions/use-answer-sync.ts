"use client";

import { useLocale } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { AUTOSAVE, GUESTS } from "@/lib/config";
import { browserDeps } from "@/lib/autosave/browser";
import { AnswerSyncer, type Json, type SyncState } from "@/lib/autosave/syncer";
import { useAnswerSession } from "./answer-session";

export type InitialAnswer = { value: Json; revision: number; savedAt: string | null };

/** Binds one answer editor to its AnswerSyncer: the value to show, the save state, and edit(). */
export function useAnswerSync(
  question: string,
  initial: InitialAnswer,
  validate?: (value: Json) => { code: string; message: string } | null,
) {
  const { target, attempt, registry } = useAnswerSession();
  const locale = useLocale();
  const [snapshot, setSnapshot] = useState<{ value: Json; state: SyncState }>(() => ({
    value: initial.value,
    state: initial.savedAt ? { kind: "saved", savedAt: initial.savedAt } : { kind: "idle" },
  }));
  const syncerRef = useRef<AnswerSyncer | null>(null);
  const validateRef = useRef(validate);
  useEffect(() => {
    validateRef.current = validate;
  });

  useEffect(() => {
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
    const onOnline = () => syncer.online();
    window.addEventListener("online", onOnline);
    return () => {
      window.removeEventListener("online", onOnline);
      syncer.flush(true);
      registry.remove(syncer);
      syncer.dispose();
    };
    // The syncer lives as long as the editor; `initial` only seeds it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target, question, locale, attempt, registry]);

  const edit = useCallback((value: Json) => syncerRef.current?.edit(value), []);
  const resolveConflict = useCallback((keep: "mine" | "theirs") => syncerRef.current?.resolveConflict(keep), []);
  const flush = useCallback(() => syncerRef.current?.flush(), []);
  return { ...snapshot, edit, resolveConflict, flush };
}
