"use client";

import { useTranslations } from "next-intl";
import { useActionState, useCallback, useEffect, useId, useRef, useState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/result";
import { HiddenFields, type FormAction } from "./action-button";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";
import { DANGER_BUTTON, PRIMARY_BUTTON, SECONDARY_BUTTON } from "./buttons";

type Done<R> = (result: Extract<R, { ok: true }>) => ReactNode;
type BodyProps<R extends ActionResult> = Readonly<{
  action: FormAction<R>;
  fields: Record<string, string>;
  danger: boolean;
  done?: Done<R>;
  close: () => void;
  /** Fields the person fills in before confirming (a message, an option), inside the dialog's form. */
  extra?: ReactNode;
}>;

type Props<R extends ActionResult> = Omit<BodyProps<R>, "close" | "danger"> &
  Readonly<{
    /** The button that opens the confirmation, and its accessible name when its text alone is ambiguous. */
    trigger: ReactNode;
    triggerLabel?: string;
    /** What will happen, in a sentence. */
    message: ReactNode;
    danger?: boolean;
  }>;

function ConfirmBody<R extends ActionResult>({ action, fields, danger, done, close, extra }: BodyProps<R>) {
  const t = useTranslations("teach");
  const [state, formAction] = useActionState(action, null);
  useEffect(() => {
    if (state?.ok && !done) close();
  }, [state, done, close]);
  if (state?.ok && done) {
    return (
      <div className="mt-3">
        {done(state as Extract<R, { ok: true }>)}
        <button type="button" onClick={close} className={`${PRIMARY_BUTTON} mt-4`}>
          {t("done")}
        </button>
      </div>
    );
  }
  return (
    <form action={formAction} className="mt-4 flex flex-wrap items-start gap-2">
      <HiddenFields fields={fields} />
      {extra && <div className="basis-full space-y-3">{extra}</div>}
      <SubmitButton pending={t("working")} className={danger ? `${PRIMARY_BUTTON} bg-danger hover:bg-danger` : PRIMARY_BUTTON}>
        {t("confirm")}
      </SubmitButton>
      <button type="button" onClick={close} className={SECONDARY_BUTTON}>
        {t("cancel")}
      </button>
      <div className="basis-full">
        <FormAlert state={state} />
      </div>
    </form>
  );
}

/**
 * An action that asks first, in a native modal dialog (focus moves in and back, Escape cancels).
 * Its outcome stays in the dialog: an error, or what `done` shows once (a new password); closing
 * the dialog forgets it.
 */
export function ConfirmAction<R extends ActionResult>({ trigger, triggerLabel, message, danger = false, ...body }: Props<R>) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [round, setRound] = useState(0);
  const close = useCallback(() => dialog.current?.close(), []);
  return (
    <>
      <button type="button" aria-label={triggerLabel} onClick={() => dialog.current?.showModal()} className={danger ? DANGER_BUTTON : SECONDARY_BUTTON}>
        {trigger}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        onClose={() => setRound((value) => value + 1)}
        className="m-auto w-[min(32rem,calc(100%-2rem))] rounded-lg p-5 backdrop:bg-black/40"
      >
        <p id={titleId} className="font-medium">
          {message}
        </p>
        <ConfirmBody key={round} danger={danger} close={close} {...body} />
      </dialog>
    </>
  );
}
