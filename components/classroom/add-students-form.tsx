"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { INPUT_CLASS } from "@/components/forms/text-field";
import { useForm } from "@/components/forms/use-form";
import { addStudentsAction } from "@/lib/classes/roster-actions";
import { CLASSES } from "@/lib/config";
import { CredentialsSheet } from "./credentials-sheet";

type Props = Readonly<{ classId: string; className: string; code: string; address: string }>;

/** Paste the class list, get every account at once and their slips to print. */
export function AddStudentsForm({ classId, className, code, address }: Props) {
  const t = useTranslations("teach");
  const locale = useLocale();
  const { state, formAction } = useForm(addStudentsAction);
  return (
    <>
      <form action={formAction} className="card space-y-3 print:hidden" noValidate>
        <input type="hidden" name="classId" value={classId} />
        <input type="hidden" name="locale" value={locale} />
        <label htmlFor="roster-names" className="block font-medium">
          {t("namesLabel")}
        </label>
        <p id="roster-names-hint" className="text-sm text-muted">
          {t("namesHint", { max: CLASSES.maxNamesPerPaste })}
        </p>
        <textarea
          id="roster-names"
          name="names"
          rows={10}
          aria-describedby={`roster-names-hint${state?.ok === false ? " roster-error" : ""}`}
          aria-invalid={state?.ok === false || undefined}
          className={`${INPUT_CLASS} font-mono`}
          autoComplete="off"
          spellCheck={false}
        />
        <FormAlert state={state} id="roster-error" />
        <SubmitButton pending={t("creating")}>{t("createAccounts")}</SubmitButton>
      </form>
      {state?.ok && <CredentialsSheet className={className} code={code} address={address} students={state.students} />}
    </>
  );
}
