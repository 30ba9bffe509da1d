"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { SyncState } from "@/lib/autosave/syncer";

const TONE: Record<SyncState["kind"], string> = {
  idle: "text-muted",
  pending: "text-muted",
  saving: "text-muted",
  saved: "text-ok",
  retrying: "text-warn",
  offline: "text-warn",
  conflict: "text-danger",
  invalid: "text-danger",
  locked: "text-muted",
};

const ICON: Partial<Record<SyncState["kind"], string>> = { saved: "✓", retrying: "⟳", offline: "⚠", invalid: "⚠", conflict: "⚠" };

/** The per-answer save state, announced politely to screen readers. */
export function SaveStatus({ id, state }: Readonly<{ id: string; state: SyncState }>) {
  const t = useTranslations("autosave");
  const format = useFormatter();
  const text = (() => {
    switch (state.kind) {
      case "idle":
        return t("idle");
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
      case "invalid":
      case "locked":
        return t("failed", { reason: state.message });
    }
  })();
  return (
    <p id={id} role="status" className={`min-h-5 text-sm ${TONE[state.kind]}`}>
      {ICON[state.kind] && <span aria-hidden="true">{ICON[state.kind]} </span>}
      {text}
    </p>
  );
}
