"use client";

import { useTranslations } from "next-intl";
import { PasswordField } from "@/components/forms/password-field";
import { PASSWORDS } from "@/lib/config";

/** A password being chosen (sign-up, a change, a reset with a recovery code): its label, the rule it must pass, its error. */
export function NewPasswordField({ id, name, label, error }: Readonly<{ id: string; name: string; label: string; error?: string }>) {
  const t = useTranslations("auth");
  return <PasswordField id={id} name={name} label={label} hint={t("newPasswordHint", { min: PASSWORDS.min })} error={error} autoComplete="new-password" />;
}
