"use client";

import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { TextField } from "@/components/forms/text-field";
import { REVEAL_POLICIES, type RevealPolicy } from "@/lib/assignments/types";

/** The fields an assignment is given with and changed with: its due day and when students see the commentary. */

/**
 * A date typed halfway sends nothing (the browser keeps it as "bad input"), which would drop the
 * due date without a word: the form is stopped instead, the field focused, and the form shows a
 * message by it. Returns the name of the field at fault ("dueOn", or a student's own due day,
 * "dueOnFor"), or null. (Without JavaScript the server answers DUE_DATE_INVALID for what it receives.)
 */
export function stopsOnHalfTypedDate(event: FormEvent<HTMLFormElement>): string | null {
  const input = [...event.currentTarget.querySelectorAll<HTMLInputElement>('input[type="date"]')].find((date) => date.validity.badInput);
  if (!input) return null;
  event.preventDefault();
  input.focus();
  return input.name;
}

export function DueDateField({ defaultValue, error }: Readonly<{ defaultValue?: string; error?: string }>) {
  const t = useTranslations("teach");
  return <TextField id="due-on" name="dueOn" type="date" label={t("dueLabel")} defaultValue={defaultValue} error={error} className="max-w-56" />;
}

export function RevealPolicyField({ defaultValue = "AFTER_SUBMIT" }: Readonly<{ defaultValue?: RevealPolicy }>) {
  const t = useTranslations("teach");
  return (
    <fieldset>
      <legend className="font-medium">{t("revealLegend")}</legend>
      <div className="mt-2 space-y-1">
        {REVEAL_POLICIES.map((policy) => (
          <label key={policy} className="choice">
            <input type="radio" name="revealPolicy" value={policy} defaultChecked={policy === defaultValue} className="mt-1 h-4 w-4 accent-accent" />
            <span>
              <span className="font-medium">{t(`reveal.${policy}`)}</span>
              <span className="block text-sm text-muted">{t(`revealHelp.${policy}`)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
