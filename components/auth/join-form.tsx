"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { PasswordField } from "@/components/forms/password-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { SECONDARY_BUTTON } from "@/components/forms/buttons";
import { TextField } from "@/components/forms/text-field";
import { useForm } from "@/components/forms/use-form";
import { joinClassAction } from "@/lib/classes/join-actions";
import { suggestPassphrase } from "@/lib/classes/passphrase";
import { PASSWORDS, type AppLocale } from "@/lib/config";
import { ClassCodeField } from "./class-code-field";

/**
 * Joining a class: its code, a name the class will know, and a password, which the learner types
 * or takes from a suggestion of four words in their language. Works by keyboard alone.
 */
export function JoinForm({ code }: Readonly<{ code?: string }>) {
  const t = useTranslations("join");
  const auth = useTranslations("auth");
  const locale = useLocale() as AppLocale;
  const { state, formAction, fieldError, value } = useForm(joinClassAction);
  const [password, setPassword] = useState("");
  const [suggested, setSuggested] = useState<string | null>(null);
  const suggest = () => {
    const passphrase = suggestPassphrase(locale);
    setPassword(passphrase);
    setSuggested(passphrase);
  };
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <ClassCodeField id="join-code" error={fieldError("code")} defaultValue={value("code") ?? code} />
      <TextField
        id="join-name"
        name="name"
        label={auth("studentName")}
        hint={t("nameHint")}
        error={fieldError("name")}
        defaultValue={value("name")}
        autoComplete="nickname"
        required
      />
      <PasswordField
        id="join-password"
        name="password"
        label={auth("password")}
        hint={t("passwordHint", { min: PASSWORDS.min })}
        error={fieldError("password")}
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
      />
      <div>
        <button type="button" onClick={suggest} className={SECONDARY_BUTTON}>
          {t("suggest")}
        </button>
        <p aria-live="polite" className="mt-2 text-sm">
          {suggested && (
            <>
              {t("suggested")} <strong className="font-mono text-base">{suggested}</strong>
            </>
          )}
        </p>
      </div>
      <p className="text-sm text-muted">{t("keepWork")}</p>
      <FormAlert state={state} />
      <SubmitButton pending={t("joining")}>{t("submit")}</SubmitButton>
    </form>
  );
}
