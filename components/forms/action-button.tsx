"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/result";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";
import { SECONDARY_BUTTON } from "./buttons";

export type FormAction<R extends ActionResult = ActionResult> = (state: R | null, form: FormData) => Promise<R>;

/** Hidden inputs: what an action needs besides what the person types (ids, the locale). */
export function HiddenFields({ fields }: Readonly<{ fields: Record<string, string> }>) {
  return Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
}

/** A one-click action (close, reopen, open joining…): a small form with its pending state and error. */
export function ActionButton({
  action,
  fields,
  children,
  label,
  className = SECONDARY_BUTTON,
}: Readonly<{ action: FormAction; fields: Record<string, string>; children: ReactNode; label?: string; className?: string }>) {
  const t = useTranslations("teach");
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="inline-flex flex-col gap-1">
      <HiddenFields fields={fields} />
      <SubmitButton pending={t("working")} className={className} label={label}>
        {children}
      </SubmitButton>
      <FormAlert state={state} />
    </form>
  );
}
