"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useForm } from "@/components/forms/use-form";
import { copyAssignmentAction } from "@/lib/assignments/actions";
import { DueDateField, stopsOnHalfTypedDate } from "./assignment-fields";

export type CopyDestination = { id: string; name: string };

type Props = Readonly<{ classId: string; assignmentId: string; destinations: readonly CopyDestination[] }>;

/**
 * Copy an assignment to another of the teacher's classes: which class, and a due day if the copy
 * should have one. The action goes to that class's page once the copy is made.
 */
export function CopyAssignmentForm({ classId, assignmentId, destinations }: Props) {
  const t = useTranslations("teach");
  const errors = useTranslations("errors.codes");
  const locale = useLocale();
  const { state, formAction, fieldError, value } = useForm(copyAssignmentAction);
  const [halfTyped, setHalfTyped] = useState<string | null>(null);
  const chosenError = fieldError("destinationClassId");
  return (
    <form action={formAction} onSubmit={(event) => setHalfTyped(stopsOnHalfTypedDate(event))} className="card space-y-6" noValidate>
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="locale" value={locale} />
      <fieldset aria-describedby={chosenError ? "copy-destination-error" : undefined}>
        <legend className="font-medium">{t("copy.destinationLegend")}</legend>
        <div className="mt-2 space-y-1">
          {destinations.map((destination) => (
            <label key={destination.id} className="choice">
              <input
                type="radio"
                name="destinationClassId"
                value={destination.id}
                defaultChecked={destinations.length === 1 || value("destinationClassId") === destination.id}
                className="mt-1 h-4 w-4 accent-accent"
              />
              <span>{destination.name}</span>
            </label>
          ))}
        </div>
        {chosenError && (
          <p id="copy-destination-error" className="mt-1 text-sm font-medium text-danger">
            {chosenError}
          </p>
        )}
      </fieldset>
      <DueDateField defaultValue={value("dueOn")} error={halfTyped === "dueOn" ? errors("DUE_DATE_INVALID") : fieldError("dueOn")} />
      <FormAlert state={state} />
      <SubmitButton pending={t("working")}>{t("copy.submit")}</SubmitButton>
    </form>
  );
}
