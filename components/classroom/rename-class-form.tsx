"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { SECONDARY_BUTTON } from "@/components/forms/buttons";
import { TextField } from "@/components/forms/text-field";
import { useForm } from "@/components/forms/use-form";
import { renameClassAction } from "@/lib/classes/actions";
import { CLASSES } from "@/lib/config";

export function RenameClassForm({ classId, name }: Readonly<{ classId: string; name: string }>) {
  const t = useTranslations("teach");
  const { state, formAction, fieldError } = useForm(renameClassAction);
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="classId" value={classId} />
      <TextField
        id="rename-class"
        name="name"
        label={t("className")}
        defaultValue={name}
        error={fieldError("name")}
        maxLength={CLASSES.nameMax}
        required
        className="min-w-56 flex-1"
      />
      <SubmitButton pending={t("working")} className={SECONDARY_BUTTON}>
        {t("rename")}
      </SubmitButton>
      <div className="basis-full" aria-live="polite">
        <FormAlert state={state} />
        {state?.ok && <p className="text-sm text-ok">{t("renamed")}</p>}
      </div>
    </form>
  );
}
