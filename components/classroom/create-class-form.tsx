"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { INPUT_CLASS, TextField } from "@/components/forms/text-field";
import { useForm } from "@/components/forms/use-form";
import { createClassAction } from "@/lib/classes/actions";
import { CLASSES } from "@/lib/config";
import { CopySourceOptions, type CopySource } from "./copy-assignments-from-form";

/** A new class: its name, and, when the teacher has classes with assignments, one whose assignments it starts with. */
export function CreateClassForm({ sources = [] }: Readonly<{ sources?: readonly CopySource[] }>) {
  const t = useTranslations("teach");
  const locale = useLocale();
  const { state, formAction, fieldError, value } = useForm(createClassAction);
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <TextField
        id="class-name"
        name="name"
        label={t("className")}
        hint={t("classNameHint")}
        error={fieldError("name")}
        defaultValue={value("name")}
        maxLength={CLASSES.nameMax}
        required
        className="min-w-64 flex-1"
      />
      {sources.length > 0 && (
        <div className="min-w-64 flex-1">
          <label htmlFor="class-copy-from" className="block font-medium">
            {t("copy.onCreateLabel")}
          </label>
          <p id="class-copy-from-hint" className="mt-0.5 text-sm text-muted">
            {t("copy.onCreateHint")}
          </p>
          <select
            // A new key per answer: the select takes back the class chosen before a refusal.
            key={value("copyAssignmentsFrom") ?? ""}
            id="class-copy-from"
            name="copyAssignmentsFrom"
            defaultValue={value("copyAssignmentsFrom") ?? ""}
            aria-describedby="class-copy-from-hint"
            className={INPUT_CLASS}
          >
            <option value="">{t("copy.onCreateNone")}</option>
            <CopySourceOptions sources={sources} />
          </select>
        </div>
      )}
      <SubmitButton pending={t("creating")}>{t("createClass")}</SubmitButton>
      <div className="basis-full">
        <FormAlert state={state} />
      </div>
    </form>
  );
}
