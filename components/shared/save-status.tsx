"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { SyncState } from "@/lib/autosave/engine";
import { useHydrated } from "./use-hydrated";

const TONE: Record<SyncState["kind"], string> = {
  loading: "text-muted",
  idle: "text-muted",
  pending: "text-muted",
  saving: "text-muted",
  saved: "text-ok",
  retrying: "text-warn",
  offline: "text-warn",
  conflict: "text-danger",
  invalid: "text-danger",
  // Refused by the server after an edit: what was typed is not saved.
  locked: "text-danger",
  readOnly: "text-muted",
  refused: "text-danger",
  signedOut: "text-danger",
};

const ICON: Partial<Record<SyncState["kind"], string>> = {
  saved: "✓",
  retrying: "⟳",
  offline: "⚠",
  invalid: "⚠",
  conflict: "⚠",
  refused: "⚠",
  signedOut: "⚠",
  locked: "⚠",
};

/**
 * The save state of one draft (a learner's answer, a teacher's feedback), announced politely to
 * screen readers. Until the page's JavaScript runs (slow laptop, scripts blocked or off) nothing
 * can be saved: each status says "not saved yet", and the reader's summary of its answers
 * (components/questions/sync-summary.tsx) says why.
 */
export function SaveStatus({
  id,
  state,
  idle,
}: Readonly<{ id: string; state: SyncState; /** What "nothing yet" says here, when not an answer. */ idle?: string }>) {
  const t = useTranslations("autosave");
  const format = useFormatter();
  const hydrated = useHydrated();
  const text = (() => {
    switch (state.kind) {
      case "loading":
        return t("loading");
      case "idle":
        return idle ?? t("idle");
      case "pending":
      case "saving":
        return t("saving");
      case "saved":
        return t("savedAt", { time: format.dateTime(new Date(state.savedAt), { hour: "2-digit", minute: "2-digit" }) });
      case "retrying":
        return t("retrying");
      case "offline":
        return t("offline");
      case "conflict":
        return t("conflict");
      case "refused":
        return t("refusedShort");
      case "invalid":
      case "locked":
        return t("failed", { reason: state.message });
      case "signedOut":
      case "readOnly":
        return state.message;
    }
  })();
  if (!hydrated) {
    return (
      <p id={id} role="status" className="answer-status text-warn" data-needs-script="">
        {state.kind === "saved" && `${text} · `}
        {t("notYetSaved")}
      </p>
    );
  }
  return (
    <p id={id} role="status" className={`answer-status ${TONE[state.kind]}`}>
      {ICON[state.kind] && <span aria-hidden="true">{ICON[state.kind]} </span>}
      {text}
    </p>
  );
}
