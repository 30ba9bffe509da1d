"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/form-alert";
import { PasswordField } from "@/components/forms/password-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useForm } from "@/components/forms/use-form";
import { changePasswordAction } from "@/lib/auth/actions";
import { NewPasswordField } from "./new-password-field";

export function ChangePasswordForm() {
  const t = useTranslations("auth");
  const { state, formAction, fieldError } = useForm(changePasswordAction);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <PasswordField
        id="current-password"
        name="currentPassword"
        label={t("currentPassword")}
        error={fieldError("currentPassword")}
        autoComplete="current-password"
      />
      <NewPasswordField id="new-password" name="newPassword" label={t("newPassword")} error={fieldError("newPassword")} />
      <FormAlert state={state} />
      {state?.ok && (
        <p role="status" className="rounded-md border border-ok/30 bg-ok-soft px-3 py-2 text-sm font-medium text-ok">
          {t("passwordChanged")}
        </p>
      )}
      <SubmitButton pending={t("changing")}>{t("changePassword")}</SubmitButton>
    </form>
  );
}
