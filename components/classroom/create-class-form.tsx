"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useForm } from "@/components/forms/use-form";
import { createClassAction } from "@/lib/classes/actions";
import { CLASSES } from "@/lib/config";

export function CreateClassForm() {
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
      <SubmitButton pending={t("creating")}>{t("createClass")}</SubmitButton>
      <div className="basis-full">
        <FormAlert state={state} />
      </div>
    </form>
  );
}
