"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/form-alert";
import { PasswordField } from "@/components/forms/password-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useForm } from "@/components/forms/use-form";
import { signUpTeacherAction } from "@/lib/auth/actions";
import { PASSWORDS } from "@/lib/config";

export function TeacherSignUpForm() {
  const t = useTranslations("auth");
  const locale = useLocale();
  const { state, formAction, fieldError, value } = useForm(signUpTeacherAction);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <TextField
        id="signup-name"
        name="name"
        label={t("yourName")}
        hint={t("yourNameHint")}
        error={fieldError("name")}
        defaultValue={value("name")}
        autoComplete="name"
        required
      />
      <TextField
        id="signup-email"
        name="email"
        type="email"
        label={t("email")}
        error={fieldError("email")}
        defaultValue={value("email")}
        autoComplete="email"
        required
      />
      <PasswordField
        id="signup-password"
        name="password"
        label={t("password")}
        hint={t("newPasswordHint", { min: PASSWORDS.min })}
        error={fieldError("password")}
        autoComplete="new-password"
      />
      <FormAlert state={state} />
      <SubmitButton pending={t("creating")}>{t("createAccount")}</SubmitButton>
    </form>
  );
}
