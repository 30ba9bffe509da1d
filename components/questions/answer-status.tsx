"use client";

import { SaveStatus } from "@/components/shared/save-status";
import type { Json, SyncState } from "@/lib/autosave/engine";
import { ConflictNotice } from "./conflict-notice";

/** Below every answer: the save state, and when two versions collide, both of them. */
export function AnswerStatus({
  id,
  state,
  onResolve,
  describe,
}: Readonly<{ id: string; state: SyncState; onResolve: (keep: "mine" | "theirs") => void; describe: (value: Json) => string }>) {
  return (
    <>
      <SaveStatus id={id} state={state} />
      {state.kind === "conflict" && <ConflictNotice theirs={describe(state.theirs.value)} savedAt={state.theirs.savedAt} onResolve={onResolve} />}
    </>
  );
}
