"use client";

import type { ActionResult } from "@/lib/result";
import { SignInAgainLink } from "./sign-in-again-link";
import { useFailureMessage } from "./use-failure-message";

/**
 * The form-level message of a failed action, announced to screen readers (role="alert"). Fields
 * with their own error show it beside them; this says what went wrong as a whole.
 */
export function FormAlert({ state, id }: Readonly<{ state: ActionResult | null; id?: string }>) {
  const message = useFailureMessage();
  if (!state || state.ok) return null;
  return (
    <p id={id} role="alert" className="rounded-md border border-danger/30 bg-danger-soft px-3 py-2 text-sm font-medium text-danger">
      {message(state)}
      {state.code === "SIGNED_OUT" && (
        <>
          {" "}
          <SignInAgainLink who="teacher" />
        </>
      )}
    </p>
  );
}
