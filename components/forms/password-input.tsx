"use client";

import { useTranslations } from "next-intl";
import { useState, type InputHTMLAttributes } from "react";
import { INPUT_CLASS } from "./text-field";

type Props = Readonly<
  Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & { id: string; describedBy?: string; invalid?: boolean; initiallyVisible?: boolean }
>;

/** A password input with a "show the password" box: children copy a passphrase more easily when they see it. */
export function PasswordInput({ id, describedBy, invalid, initiallyVisible = false, ...input }: Props) {
  const t = useTranslations("auth");
  const [visible, setVisible] = useState(initiallyVisible);
  return (
    <>
      <input
        id={id}
        type={visible ? "text" : "password"}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        className={INPUT_CLASS}
        {...input}
      />
      <label className="mt-1 inline-flex items-center gap-2 text-sm">
        <input type="checkbox" checked={visible} onChange={(event) => setVisible(event.target.checked)} className="h-4 w-4 accent-accent" />
        {t("showPassword")}
      </label>
    </>
  );
}
