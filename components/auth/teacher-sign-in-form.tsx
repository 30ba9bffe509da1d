"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/form-alert";
import { PasswordField } from "@/components/forms/password-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useForm } from "@/components/forms/use-form";
import { ReturnPathField } from "./return-path-field";
import { signInTeacherAction } from "@/lib/auth/actions";

/** E-mail + password; `next`: the page to go back to (a session that ended there). */
export function TeacherSignInForm({ next }: Readonly<{ next?: string }>) {
  const t = useTranslations("auth");
  const locale = useLocale();
  const { state, formAction, fieldError, value } = useForm(signInTeacherAction);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <ReturnPathField next={value("next") ?? next} />
      <TextField
        id="teacher-email"
        name="email"
        type="email"
        label={t("email")}
        error={fieldError("email")}
        defaultValue={value("email")}
        autoComplete="email"
        required
      />
      <PasswordField id="teacher-password" name="password" label={t("password")} error={fieldError("password")} autoComplete="current-password" />
      <FormAlert state={state} />
      <SubmitButton pending={t("signingIn")}>{t("signIn")}</SubmitButton>
    </form>
  );
}
