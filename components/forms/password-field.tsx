"use client";

import type { ReactNode } from "react";
import { PasswordInput } from "./password-input";
import { TextField } from "./text-field";

type Props = Readonly<{
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  autoComplete: "current-password" | "new-password";
  /** For a field the form fills itself (a suggested passphrase). */
  value?: string;
  onChange?: (value: string) => void;
}>;

/** A labelled password input with its "show the password" box, hint and error region. */
export function PasswordField({ id, name, label, hint, error, autoComplete, value, onChange }: Props) {
  return (
    <TextField
      id={id}
      name={name}
      label={label}
      hint={hint}
      error={error}
      render={(describedBy) => (
        <PasswordInput
          id={id}
          name={name}
          describedBy={describedBy}
          invalid={!!error}
          autoComplete={autoComplete}
          required
          {...(onChange ? { value, onChange: (event) => onChange(event.target.value) } : {})}
        />
      )}
    />
  );
}
