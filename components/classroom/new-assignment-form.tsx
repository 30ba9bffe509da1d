"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useForm } from "@/components/forms/use-form";
import { createAssignmentsAction } from "@/lib/assignments/actions";
import type { QuestionMenu } from "@/lib/assignments/questions";
import type { ClassGroup, ClassStudent } from "@/lib/classes/groups";
import type { ExerciseName } from "@/lib/exercises/names";
import { AudienceFields } from "./audience-fields";
import { DueDateField, RevealPolicyField, stopsOnHalfTypedDate } from "./assignment-fields";
import { QuestionChooser } from "./question-chooser";

/** What to read (one or more, each article with the questions it asks), an optional due day, for whom, and when students see the commentary. */
export function NewAssignmentForm({
  classId,
  exercises,
  menus,
  students,
  groups,
}: Readonly<{
  classId: string;
  exercises: readonly ExerciseName[];
  menus: Readonly<Record<string, QuestionMenu>>;
  students: readonly ClassStudent[];
  groups: readonly ClassGroup[];
}>) {
  const t = useTranslations("teach");
  const errors = useTranslations("errors.codes");
  const locale = useLocale();
  const { state, formAction, fieldError } = useForm(createAssignmentsAction);
  const [halfTyped, setHalfTyped] = useState<string | null>(null);
  const exercisesError = fieldError("exercises");
  return (
    <form action={formAction} onSubmit={(event) => setHalfTyped(stopsOnHalfTypedDate(event))} className="card space-y-6" noValidate>
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="locale" value={locale} />
      <fieldset aria-describedby={`exercises-hint${exercisesError ? " exercises-error" : ""}`}>
        <legend className="font-medium">{t("exercisesLegend")}</legend>
        <p id="exercises-hint" className="text-sm text-muted">
          {t("exercisesHint")}
        </p>
        <div className="mt-2 space-y-1">
          {exercises.map((exercise) => {
            const menu = menus[exercise.key];
            return (
              <div key={exercise.key}>
                <label className="choice">
                  <input type="checkbox" name="exercises" value={exercise.key} className="mt-1 h-4 w-4 accent-accent" />
                  <span lang={exercise.lang}>{exercise.text}</span>
                </label>
                {menu && <QuestionChooser menu={menu} />}
              </div>
            );
          })}
        </div>
        {exercisesError && (
          <p id="exercises-error" className="mt-1 text-sm font-medium text-danger">
            {exercisesError}
          </p>
        )}
      </fieldset>
      <DueDateField error={halfTyped === "dueOn" ? errors("DUE_DATE_INVALID") : fieldError("dueOn")} />
      <AudienceFields
        classId={classId}
        students={students}
        groups={groups}
        round={state}
        errors={{
          groupIds: fieldError("groupIds"),
          enrolmentIds: fieldError("enrolmentIds"),
          dueOnFor: halfTyped === "dueOnFor" ? errors("DUE_DATE_INVALID") : fieldError("dueOnFor"),
        }}
      />
      <RevealPolicyField />
      <FormAlert state={state} />
      <SubmitButton pending={t("working")}>{t("giveAssignment")}</SubmitButton>
    </form>
  );
}
