"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { SECONDARY_BUTTON } from "@/components/forms/buttons";
import { SignInAgainLink } from "@/components/forms/sign-in-again-link";
import { SaveStatus } from "@/components/shared/save-status";
import { AUTOSAVE, type AppLocale } from "@/lib/config";
import { browserDeps } from "@/lib/autosave/browser";
import type { Json, SyncState } from "@/lib/autosave/engine";
import { FeedbackSyncer } from "@/lib/autosave/feedback";
import { addToCommentBankAction } from "@/lib/review/actions";
import { FEEDBACK_MAX_LENGTH, type FeedbackValue } from "@/lib/review/schemas";

type Props = Readonly<{
  answerId: string;
  /** Who the answer is by, as shown (a name, or "Élève 3" in blind review), and in "the score of …": labels the fields. */
  label: string;
  of: string;
  initial: { comment: string; score: number | null; revision: number; savedAt: string | null };
  /** The question's rubric, level 0 to 3, in the page's language. */
  levels: readonly string[];
  bank: readonly string[];
}>;

/**
 * A comment and a 0–3 score beside one answer, autosaved as a draft by the engine answers use too,
 * with the feedback's adapter (lib/autosave/feedback.ts): kept in this browser until the server
 * confirms it, retried, never overwriting a newer draft from another tab. The student sees none
 * of it before release.
 */
export function FeedbackEditor({ answerId, label, of, initial, levels, bank }: Props) {
  const t = useTranslations("review");
  const locale = useLocale() as AppLocale;
  const startValue: FeedbackValue = { comment: initial.comment, score: initial.score };
  const [snapshot, setSnapshot] = useState<{ value: FeedbackValue; state: SyncState }>({
    value: startValue,
    state: initial.savedAt ? { kind: "saved", savedAt: initial.savedAt } : { kind: "idle" },
  });
  const syncer = useRef<FeedbackSyncer | null>(null);
  const [banked, setBanked] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const instance = new FeedbackSyncer(
      {
        answerId,
        locale,
        initial: { value: startValue as Json, revision: initial.revision, savedAt: initial.savedAt },
        debounceMs: AUTOSAVE.debounceMs,
        retryDelaysMs: AUTOSAVE.retryDelaysMs,
        validate: (value) =>
          (value as FeedbackValue).comment.length > FEEDBACK_MAX_LENGTH
            ? { code: "TOO_LONG", message: t("commentTooLong", { max: FEEDBACK_MAX_LENGTH }) }
            : null,
        onState: (state, value) => setSnapshot({ state, value: value as FeedbackValue }),
      },
      browserDeps("/api/review/feedback"),
    );
    syncer.current = instance;
    instance.restoreDraft();
    // Back online, or back on this tab (e.g. after signing in again in another): retry at once.
    const onOnline = () => instance.online();
    const onHidden = () => document.visibilityState === "hidden" && instance.flush("hidden");
    window.addEventListener("online", onOnline);
    window.addEventListener("focus", onOnline);
    document.addEventListener("visibilitychange", onHidden);
    return () => {
      window.removeEventListener("online", onOnline);
      window.removeEventListener("focus", onOnline);
      document.removeEventListener("visibilitychange", onHidden);
      instance.flush("leaving");
      instance.dispose();
      syncer.current = null;
    };
    // The syncer lives as long as the editor; later server renders do not reset what is typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [answerId]);

  const edit = (value: FeedbackValue) => {
    setSnapshot((current) => ({ ...current, value }));
    syncer.current?.edit(value as Json);
  };
  const { value, state } = snapshot;
  const statusId = `fb-${answerId}-status`;
  const name = `score-${answerId}`;
  const conflict = state.kind === "conflict" ? (state.theirs.value as FeedbackValue) : null;

  return (
    <div className="mt-3 border-t border-line pt-3" data-feedback={answerId}>
      <fieldset>
        <legend className="text-sm font-semibold">{t("scoreLegend", { of })}</legend>
        {/* Compact: the digit on the button, the level's words for screen readers and on hover (the rubric is shown above). */}
        <div className="mt-1 flex flex-wrap gap-1">
          {[null, 0, 1, 2, 3].map((score) => (
            <label
              key={score ?? "none"}
              title={score === null ? undefined : levels[score]}
              className="flex min-w-11 cursor-pointer items-center justify-center gap-1 rounded border border-line bg-surface px-2 py-1 text-sm has-[:checked]:border-accent has-[:checked]:bg-accent-soft has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent"
            >
              <input
                type="radio"
                name={name}
                checked={value.score === score}
                onChange={() => edit({ ...value, score })}
                aria-describedby={statusId}
                className="sr-only"
              />
              {score === null ? (
                t("noScore")
              ) : (
                <>
                  <span aria-hidden="true" className="font-semibold tabular-nums">
                    {score}
                  </span>
                  <span className="sr-only">{t("scoreOption", { score, level: levels[score] ?? "" })}</span>
                </>
              )}
            </label>
          ))}
        </div>
      </fieldset>
      <label htmlFor={`fb-${answerId}`} className="mt-2 block text-sm font-semibold">
        {t("commentLabel", { name: label })}
      </label>
      <textarea
        id={`fb-${answerId}`}
        value={value.comment}
        onChange={(event) => edit({ ...value, comment: event.target.value })}
        onBlur={() => syncer.current?.flush()}
        rows={3}
        aria-describedby={statusId}
        className="mt-1 w-full rounded-md border border-line bg-surface p-2 text-sm"
      />
      <div className="flex flex-wrap items-center gap-2">
        <SaveStatus id={statusId} state={state} idle={t("noComment")} />
        {state.kind === "signedOut" && <SignInAgainLink who="teacher" />}
        <button
          type="button"
          className={SECONDARY_BUTTON}
          disabled={pending || value.comment.trim() === ""}
          onClick={() =>
            startTransition(async () => {
              const result = await addToCommentBankAction(value.comment);
              setBanked(result.ok ? t("bankSaved") : t("bankFailed"));
            })
          }
        >
          {t("saveToBank")}
        </button>
        <span role="status" className="text-sm text-muted">
          {banked}
        </span>
      </div>
      {conflict && (
        <div role="alert" className="mt-2 rounded-md border border-danger/40 bg-danger-soft p-2 text-sm">
          <p>{t("conflict")}</p>
          <p className="mt-1 whitespace-pre-wrap text-muted">{conflict.comment || t("emptyComment")}</p>
          <div className="mt-2 flex gap-2">
            <button type="button" className={SECONDARY_BUTTON} onClick={() => syncer.current?.resolveConflict("mine")}>
              {t("keepMine")}
            </button>
            <button type="button" className={SECONDARY_BUTTON} onClick={() => syncer.current?.resolveConflict("theirs")}>
              {t("keepTheirs")}
            </button>
          </div>
        </div>
      )}
      {bank.length > 0 && (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-link">{t("bank", { count: bank.length })}</summary>
          <ul className="mt-1 space-y-1">
            {bank.map((entry) => (
              <li key={entry}>
                <button
                  type="button"
                  className="w-full rounded border border-line bg-surface px-2 py-1 text-left hover:bg-panel"
                  onClick={() => edit({ ...value, comment: value.comment.trim() === "" ? entry : `${value.comment}\n${entry}` })}
                >
                  <span className="sr-only">{t("insert")} </span>
                  {entry}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
