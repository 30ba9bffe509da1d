"use client";

import { useTranslations } from "next-intl";
import { PRIMARY_BUTTON } from "@/components/forms/buttons";
import { FormAlert } from "@/components/forms/form-alert";
import { PasswordField } from "@/components/forms/password-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useForm } from "@/components/forms/use-form";
import { deleteAccountAction } from "@/lib/erasure/actions";

/** The last step of deleting one's account: the password, then the button. A mistake deletes nothing and says so. */
export function DeleteAccountForm({ locale }: Readonly<{ locale: string }>) {
  const t = useTranslations("auth");
  const { state, formAction, fieldError } = useForm(deleteAccountAction);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <PasswordField
        id="delete-password"
        name="password"
        label={t("yourPassword")}
        hint={t("yourPasswordHint")}
        error={fieldError("password")}
        autoComplete="current-password"
      />
      <FormAlert state={state} />
      <SubmitButton pending={t("deleting")} className={`${PRIMARY_BUTTON} bg-danger hover:bg-danger`}>
        {t("deleteAccountConfirm")}
      </SubmitButton>
    </form>
  );
}
