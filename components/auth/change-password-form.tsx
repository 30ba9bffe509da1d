"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/form-alert";
import { PasswordInput } from "@/components/forms/password-input";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useForm } from "@/components/forms/use-form";
import { changePasswordAction } from "@/lib/auth/actions";
import { PASSWORDS } from "@/lib/config";

export function ChangePasswordForm() {
  const t = useTranslations("auth");
  const { state, formAction, fieldError } = useForm(changePasswordAction);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <TextField
        id="current-password"
        name="currentPassword"
        label={t("currentPassword")}
        error={fieldError("currentPassword")}
        render={(describedBy) => <PasswordInput id="current-password" name="currentPassword" describedBy={describedBy} invalid={!!fieldError("currentPassword")} autoComplete="current-password" required />}
      />
      <TextField
        id="new-password"
        name="newPassword"
        label={t("newPassword")}
        hint={t("newPasswordHint", { min: PASSWORDS.min })}
        error={fieldError("newPassword")}
        render={(describedBy) => <PasswordInput id="new-password" name="newPassword" describedBy={describedBy} invalid={!!fieldError("newPassword")} autoComplete="new-password" required />}
      />
      <FormAlert state={state} />
      {state?.ok && (
        <p role="status" className="rounded-md border border-ok/30 bg-green-50 px-3 py-2 text-sm font-medium text-ok">
          {t("passwordChanged")}
        </p>
      )}
      <SubmitButton pending={t("changing")}>{t("changePassword")}</SubmitButton>
    </form>
  );
}
