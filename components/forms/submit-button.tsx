"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { PRIMARY_BUTTON } from "./buttons";

/** The form's submit button: disabled, with its pending words, while the action runs. */
export function SubmitButton({
  children,
  pending: pendingLabel,
  className = PRIMARY_BUTTON,
  label,
  name,
  value,
}: Readonly<{ children: ReactNode; pending: ReactNode; className?: string; label?: string; name?: string; value?: string }>) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name={name} value={value} disabled={pending} aria-disabled={pending} aria-label={label} className={className}>
      {pending ? pendingLabel : children}
    </button>
  );
}
