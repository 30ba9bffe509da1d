"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { SECONDARY_BUTTON } from "@/components/forms/buttons";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useForm } from "@/components/forms/use-form";
import { updateAssignmentAction } from "@/lib/assignments/actions";
import type { RevealPolicy } from "@/lib/assignments/types";
import type { QuestionMenu } from "@/lib/assignments/questions";
import type { AudienceFields as AudienceInput } from "@/lib/assignments/schemas";
import type { ClassGroup, ClassStudent } from "@/lib/classes/groups";
import type { ExerciseName } from "@/lib/exercises/names";
import { AudienceFields } from "./audience-fields";
import { DueDateField, RevealPolicyField, stopsOnHalfTypedDate } from "./assignment-fields";
import { QuestionChooser } from "./question-chooser";

type Props = Readonly<{
  classId: string;
  assignmentId: string;
  exercises: readonly ExerciseName[];
  /** Each article's questions, by exercise key. */
  menus: Readonly<Record<string, QuestionMenu>>;
  /** `questionKeys`: the questions it asks now, every one listed (lib/assignments/questions.ts questionKeysOf). */
  current: { exerciseKey: string; dueOn: string; revealPolicy: RevealPolicy; questionKeys: string[] };
  /** How many students have started: another exercise would drop their work. */
  started: number;
  /** Whom it is for now, and the class's students and groups to choose from. */
  audience: Pick<AudienceInput, "audience" | "groupIds" | "enrolmentIds"> & { dueDates: Record<string, string> };
  students: readonly ClassStudent[];
  groups: readonly ClassGroup[];
}>;

/**
 * Change what an assignment asks, by when, and when the commentary shows. Choosing another
 * exercise while students have started does nothing at first: the form says whose work would go,
 * and only "Confirm" makes the change (and deletes that work).
 */
export function EditAssignmentForm({ classId, assignmentId, exercises, menus, current, started, audience, students, groups }: Props) {
  const t = useTranslations("teach");
  const errors = useTranslations("errors.codes");
  const locale = useLocale();
  const { state, formAction, fieldError } = useForm(updateAssignmentAction);
  const [halfTyped, setHalfTyped] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState<unknown>(null);
  const question = state?.ok && !state.updated && state !== dismissed ? state : null;
  const asking = question?.studentsWithWork ?? null;
  // The fields are uncontrolled, and React resets a form to its defaults once an action has run:
  // while the form asks, the defaults are what was sent; "keep the current text" puts them back.
  const shown = question?.asked ?? current;
  const [chosen, setChosen] = useState<{ for: unknown; key: string } | null>(null);
  const exercise = chosen?.for === state ? chosen.key : shown.exerciseKey;
  const dropsWork = exercise !== current.exerciseKey && started > 0;
  const menu = menus[exercise];
  // The boxes ticked at first: what was sent while the form asks to confirm, the assignment's own, or every question of another text.
  const ticked = question
    ? question.asked.questions.filter((value) => value.startsWith(`${exercise}/`)).map((value) => value.slice(exercise.length + 1))
    : exercise === current.exerciseKey
      ? current.questionKeys
      : undefined;
  return (
    <form action={formAction} onSubmit={(event) => setHalfTyped(stopsOnHalfTypedDate(event))} className="card space-y-6" noValidate>
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="locale" value={locale} />
      <fieldset key={`${shown.exerciseKey}-${String(dismissed === state)}`} aria-describedby={dropsWork ? "exercise-warning" : undefined}>
        <legend className="font-medium">{t("exerciseLegend")}</legend>
        <div className="mt-2 space-y-1">
          {exercises.map((option) => (
            <label key={option.key} className="choice">
              <input
                type="radio"
                name="exercise"
                value={option.key}
                defaultChecked={option.key === shown.exerciseKey}
                onChange={() => setChosen({ for: state, key: option.key })}
                className="mt-1 h-4 w-4 accent-accent"
              />
              <span lang={option.lang}>{option.text}</span>
            </label>
          ))}
        </div>
        {dropsWork && (
          <p id="exercise-warning" className="mt-2 text-sm font-medium text-warn">
            {t("exerciseChangeWarning", { count: started })}
          </p>
        )}
      </fieldset>
      {menu && <QuestionChooser key={`questions-${exercise}-${String(dismissed === state)}`} menu={menu} ticked={ticked} open />}
      <DueDateField defaultValue={shown.dueOn} error={halfTyped === "dueOn" ? errors("DUE_DATE_INVALID") : fieldError("dueOn")} />
      <AudienceFields
        classId={classId}
        students={students}
        groups={groups}
        current={audience}
        round={state}
        errors={{
          groupIds: fieldError("groupIds"),
          enrolmentIds: fieldError("enrolmentIds"),
          dueOnFor: halfTyped === "dueOnFor" ? errors("DUE_DATE_INVALID") : fieldError("dueOnFor"),
        }}
      />
      <RevealPolicyField key={shown.revealPolicy} defaultValue={shown.revealPolicy} />
      <FormAlert state={state} />
      {asking !== null ? (
        <div role="alert" className="rounded-md border border-danger/40 bg-danger-soft px-3 py-3">
          <p className="font-medium">{t("confirmExerciseChange", { count: asking })}</p>
          <input type="hidden" name="confirmLoss" value={asking} />
          <div className="mt-3 flex flex-wrap gap-2">
            <SubmitButton pending={t("working")} className={`${SECONDARY_BUTTON} border-danger/40 text-danger`}>
              {t("confirmExerciseChangeButton", { count: asking })}
            </SubmitButton>
            <button
              type="button"
              className={SECONDARY_BUTTON}
              onClick={() => {
                setDismissed(state);
                setChosen(null);
              }}
            >
              {t("keepExercise")}
            </button>
          </div>
        </div>
      ) : (
        <SubmitButton pending={t("working")}>{t("saveAssignment")}</SubmitButton>
      )}
    </form>
  );
}
