"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/forms/text-field";

/** The class code, as students type it (any case, with or without the dash or a space). */
export function ClassCodeField({ id, error, defaultValue }: Readonly<{ id: string; error?: string; defaultValue?: string }>) {
  const t = useTranslations("auth");
  return (
    <TextField
      id={id}
      name="code"
      label={t("classCode")}
      hint={t("classCodeHint")}
      error={error}
      defaultValue={defaultValue}
      autoComplete="off"
      autoCapitalize="characters"
      spellCheck={false}
      required
      className="max-w-xs"
    />
  );
}
