"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/form-alert";
import { PasswordField } from "@/components/forms/password-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useForm } from "@/components/forms/use-form";
import { ReturnPathField } from "./return-path-field";
import { signInStudentAction } from "@/lib/classes/join-actions";
import { ClassCodeField } from "./class-code-field";

/** Class code + name + password: how a student without an e-mail address signs in. */
export function StudentSignInForm({ code, next }: Readonly<{ code?: string; next?: string }>) {
  const t = useTranslations("auth");
  const locale = useLocale();
  const { state, formAction, fieldError, value } = useForm(signInStudentAction);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <ReturnPathField next={value("next") ?? next} />
      <ClassCodeField id="student-code" error={fieldError("code")} defaultValue={value("code") ?? code} />
      <TextField
        id="student-name"
        name="name"
        label={t("studentName")}
        hint={t("studentNameHint")}
        error={fieldError("name")}
        defaultValue={value("name")}
        autoComplete="username"
        required
      />
      <PasswordField id="student-password" name="password" label={t("password")} error={fieldError("password")} autoComplete="current-password" />
      <FormAlert state={state} />
      <SubmitButton pending={t("signingIn")}>{t("signIn")}</SubmitButton>
    </form>
  );
}
