"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/form-alert";
import { PasswordField } from "@/components/forms/password-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useForm } from "@/components/forms/use-form";
import { regenerateRecoveryCodesAction } from "@/lib/auth/actions";
import { RecoveryCodesSheet } from "./recovery-codes-sheet";

/** New recovery codes for the account, once the current password is typed: the old ones stop working, the new ones show once. */
export function RegenerateRecoveryCodesForm() {
  const t = useTranslations("auth");
  const locale = useLocale();
  const { state, formAction, fieldError } = useForm(regenerateRecoveryCodesAction);
  if (state?.ok) return <RecoveryCodesSheet codes={state.recoveryCodes} email={state.email} createdAt={state.issuedAt} />;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <PasswordField
        id="recovery-password"
        name="password"
        label={t("yourPassword")}
        hint={t("recovery.regenerateHint")}
        error={fieldError("password")}
        autoComplete="current-password"
      />
      <FormAlert state={state} />
      <SubmitButton pending={t("creating")}>{t("recovery.regenerate")}</SubmitButton>
    </form>
  );
}
