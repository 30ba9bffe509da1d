"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import type { SyncState } from "@/lib/autosave/syncer";

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
  locked: "text-muted",
  refused: "text-danger",
};

const ICON: Partial<Record<SyncState["kind"], string>> = { saved: "✓", retrying: "⟳", offline: "⚠", invalid: "⚠", conflict: "⚠", refused: "⚠" };

const subscribeNever = () => () => {};

/** False in the server's HTML and until this page's JavaScript runs; then true. */
const useHydrated = () => useSyncExternalStore(subscribeNever, () => true, () => false);

/**
 * The per-answer save state, announced politely to screen readers. Until the page's JavaScript
 * runs (slow laptop, scripts blocked or off) nothing can be saved, and the status says so.
 */
export function SaveStatus({ id, state }: Readonly<{ id: string; state: SyncState }>) {
  const t = useTranslations("autosave");
  const format = useFormatter();
  const hydrated = useHydrated();
  const text = (() => {
    switch (state.kind) {
      case "loading":
        return t("loading");
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
      case "refused":
        return t("refusedShort");
      case "invalid":
      case "locked":
        return t("failed", { reason: state.message });
    }
  })();
  if (!hydrated) {
    return (
      <p id={id} role="status" className="min-h-5 text-sm text-warn" data-needs-script="">
        {state.kind === "saved" && `${text} · `}
        {t("needsScript")}
      </p>
    );
  }
  return (
    <p id={id} role="status" className={`min-h-5 text-sm ${TONE[state.kind]}`}>
      {ICON[state.kind] && <span aria-hidden="true">{ICON[state.kind]} </span>}
      {text}
    </p>
  );
}
