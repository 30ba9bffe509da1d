"use client";

import { useActionState } from "react";
import type { ActionFailure, ActionResult } from "@/lib/result";
import type { FormAction } from "./action-button";
import { useFailureMessage } from "./use-failure-message";

/**
 * useActionState for a form with fields: the action to put on <form>, the pending flag, each
 * field's localised error and the value typed before a failure (React empties a form once its
 * action has run, so inputs take it back as their default).
 */
export function useForm<R extends ActionResult>(action: FormAction<R>) {
  const [state, formAction, pending] = useActionState(action, null);
  const message = useFailureMessage();
  const failure = state && state.ok === false ? (state as ActionFailure) : null;
  return {
    state,
    formAction,
    pending,
    fieldError: (name: string): string | undefined => {
      const code = failure?.fieldErrors?.[name];
      return code ? message({ code, max: failure?.fieldLimits?.[name] }) : undefined;
    },
    value: (name: string): string | undefined => failure?.values?.[name],
  };
}
