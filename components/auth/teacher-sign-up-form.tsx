"use client";

import { useLocale, useTranslations } from "next-intl";
import { LINK_BUTTON } from "@/components/forms/buttons";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useForm } from "@/components/forms/use-form";
import { Link } from "@/i18n/navigation";
import { signUpTeacherAction } from "@/lib/auth/actions";
import { RecoveryCodesSheet } from "./recovery-codes-sheet";
import { NewPasswordField } from "./new-password-field";

/**
 * Name, address, password; once the account is made (and signed in), its recovery codes, shown
 * this once, then the way on to the teacher's classes.
 */
export function TeacherSignUpForm() {
  const t = useTranslations("auth");
  const locale = useLocale();
  const { state, formAction, fieldError, value } = useForm(signUpTeacherAction);
  if (state?.ok) {
    return (
      <div className="space-y-5">
        <p role="status" className="rounded-md border border-ok/30 bg-ok-soft px-3 py-2 text-sm font-medium text-ok print:hidden">
          {t("recovery.accountCreated")}
        </p>
        <RecoveryCodesSheet codes={state.recoveryCodes} email={state.email} createdAt={state.issuedAt} />
        <div className="border-t border-line pt-4 print:hidden">
          <p className="mb-3 text-sm">{t("recovery.continueHint")}</p>
          <Link href="/teach" className={LINK_BUTTON}>
            {t("recovery.continue")}
          </Link>
        </div>
      </div>
    );
  }
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
      <NewPasswordField id="signup-password" name="password" label={t("password")} error={fieldError("password")} />
      <p className="text-sm text-muted">{t("recovery.signUpNote")}</p>
      <FormAlert state={state} />
      <SubmitButton pending={t("creating")}>{t("createAccount")}</SubmitButton>
    </form>
  );
}
