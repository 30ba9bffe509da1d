"use client";

import { useLocale, useTranslations } from "next-intl";
import { SECONDARY_BUTTON } from "@/components/forms/buttons";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { INPUT_CLASS } from "@/components/forms/text-field";
import { useForm } from "@/components/forms/use-form";
import { copyClassAssignmentsAction } from "@/lib/assignments/actions";

/** Another class of the teacher's that has assignments, as the lists of sources show it. */
export type CopySource = { id: string; name: string; assignments: number; archived: boolean };

/** A class's assignments source list: "4e B (3 devoirs)", archived classes said so. */
export function CopySourceOptions({ sources }: Readonly<{ sources: readonly CopySource[] }>) {
  const t = useTranslations("teach");
  return sources.map((source) => (
    <option key={source.id} value={source.id}>
      {t("copy.sourceOption", { name: source.name, count: source.assignments, archived: String(source.archived) })}
    </option>
  ));
}

/**
 * "Copy assignments from…" on a class's page: every assignment of another class of the teacher's
 * (last year's, a colleague's group they teach too) copied into this one, none due, no work.
 */
export function CopyAssignmentsFromForm({ classId, sources }: Readonly<{ classId: string; sources: readonly CopySource[] }>) {
  const t = useTranslations("teach");
  const locale = useLocale();
  const { state, formAction, fieldError } = useForm(copyClassAssignmentsAction);
  const error = fieldError("sourceClassId");
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="locale" value={locale} />
      <div>
        <label htmlFor="copy-from" className="block font-medium">
          {t("copy.fromLabel")}
        </label>
        <p id="copy-from-hint" className="mt-0.5 text-sm text-muted">
          {t("copy.fromHelp")}
        </p>
        <div className="mt-1 flex flex-wrap items-start gap-3">
          <select
            id="copy-from"
            name="sourceClassId"
            defaultValue=""
            aria-describedby={error ? "copy-from-hint copy-from-error" : "copy-from-hint"}
            aria-invalid={error ? true : undefined}
            className={`${INPUT_CLASS} mt-0 w-auto max-w-full`}
          >
            <option value="">{t("copy.fromNone")}</option>
            <CopySourceOptions sources={sources} />
          </select>
          <SubmitButton pending={t("working")} className={SECONDARY_BUTTON}>
            {t("copy.fromSubmit")}
          </SubmitButton>
        </div>
        {error && (
          <p id="copy-from-error" className="mt-1 text-sm font-medium text-danger">
            {error}
          </p>
        )}
      </div>
      <FormAlert state={state} />
      {state?.ok && (
        <p role="status" className="rounded-md border border-ok/30 bg-ok-soft px-3 py-2 text-sm font-medium text-ok">
          {t("copy.fromDone", { count: state.copied })}
        </p>
      )}
    </form>
  );
}
