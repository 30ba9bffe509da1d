"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useForm } from "@/components/forms/use-form";
import { recoverPasswordAction } from "@/lib/auth/actions";
import { NewPasswordField } from "./new-password-field";

/** A forgotten password: the address, one recovery code, a new password. */
export function RecoverPasswordForm() {
  const t = useTranslations("auth");
  const locale = useLocale();
  const { state, formAction, fieldError, value } = useForm(recoverPasswordAction);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <TextField
        id="recover-email"
        name="email"
        type="email"
        label={t("email")}
        error={fieldError("email")}
        defaultValue={value("email")}
        autoComplete="username"
        required
      />
      <TextField
        id="recover-code"
        name="code"
        label={t("recovery.codeLabel")}
        hint={t("recovery.codeHint")}
        error={fieldError("code")}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        className="[&_input]:font-mono"
        required
      />
      <NewPasswordField id="recover-password" name="newPassword" label={t("newPassword")} error={fieldError("newPassword")} />
      <FormAlert state={state} />
      <SubmitButton pending={t("changing")}>{t("recovery.submit")}</SubmitButton>
    </form>
  );
}
