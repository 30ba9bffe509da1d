import type { InputHTMLAttributes, ReactNode } from "react";

type Props = Readonly<
  Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> & {
    id: string;
    name: string;
    label: ReactNode;
    hint?: ReactNode;
    /** The localised error for this field, tied to the input by aria-describedby. */
    error?: string;
    /** Replaces the plain input (e.g. a password field with its own toggle); receives the described-by ids. */
    render?: (describedBy: string | undefined) => ReactNode;
  }
>;

export const INPUT_CLASS =
  "mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2 text-base shadow-sm focus-visible:border-accent aria-[invalid=true]:border-danger";

/** A labelled input with an optional hint and an error region: accessible by construction. */
export function TextField({ id, name, label, hint, error, render, className = "", ...input }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="mt-0.5 text-sm text-muted">
          {hint}
        </p>
      )}
      {render ? (
        render(describedBy)
      ) : (
        <input id={id} name={name} aria-describedby={describedBy} aria-invalid={error ? true : undefined} className={INPUT_CLASS} {...input} />
      )}
      {error && (
        <p id={errorId} className="mt-1 text-sm font-medium text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
