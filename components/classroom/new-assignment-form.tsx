"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { INPUT_CLASS } from "@/components/forms/text-field";
import { useForm } from "@/components/forms/use-form";
import { createAssignmentsAction } from "@/lib/assignments/actions";
import { REVEAL_POLICIES } from "@/lib/assignments/types";
import type { ExerciseName } from "@/lib/exercises/names";

/** What to read (one or more), an optional due day, and when students see the commentary. */
export function NewAssignmentForm({ classId, exercises }: Readonly<{ classId: string; exercises: readonly ExerciseName[] }>) {
  const t = useTranslations("teach");
  const locale = useLocale();
  const { state, formAction, fieldError } = useForm(createAssignmentsAction);
  const exercisesError = fieldError("exercises");
  return (
    <form action={formAction} className="card space-y-6" noValidate>
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="locale" value={locale} />
      <fieldset aria-describedby={`exercises-hint${exercisesError ? " exercises-error" : ""}`}>
        <legend className="font-medium">{t("exercisesLegend")}</legend>
        <p id="exercises-hint" className="text-sm text-muted">
          {t("exercisesHint")}
        </p>
        <div className="mt-2 space-y-1">
          {exercises.map((exercise) => (
            <label key={exercise.key} className="choice">
              <input type="checkbox" name="exercises" value={exercise.key} className="mt-1 h-4 w-4 accent-accent" />
              <span lang={exercise.lang}>{exercise.text}</span>
            </label>
          ))}
        </div>
        {exercisesError && (
          <p id="exercises-error" className="mt-1 text-sm font-medium text-danger">
            {exercisesError}
          </p>
        )}
      </fieldset>
      <div>
        <label htmlFor="due-on" className="block font-medium">
          {t("dueLabel")}
        </label>
        <input id="due-on" name="dueOn" type="date" className={`${INPUT_CLASS} max-w-56`} aria-invalid={fieldError("dueOn") ? true : undefined} />
      </div>
      <fieldset>
        <legend className="font-medium">{t("revealLegend")}</legend>
        <div className="mt-2 space-y-1">
          {REVEAL_POLICIES.map((policy) => (
            <label key={policy} className="choice">
              <input type="radio" name="revealPolicy" value={policy} defaultChecked={policy === "AFTER_SUBMIT"} className="mt-1 h-4 w-4 accent-accent" />
              <span>
                <span className="font-medium">{t(`reveal.${policy}`)}</span>
                <span className="block text-sm text-muted">{t(`revealHelp.${policy}`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <FormAlert state={state} />
      <SubmitButton pending={t("working")}>{t("giveAssignment")}</SubmitButton>
    </form>
  );
}
