"use client";

import { useLocale, useTranslations } from "next-intl";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { ofPerson } from "@/lib/format/people";
import { removeStudentAction, resetStudentPasswordAction } from "@/lib/classes/roster-actions";

/** A roster row's actions: a new password (shown once, in the dialog) and removal, each confirmed first. */
export function StudentActions({ classId, studentId, name }: Readonly<{ classId: string; studentId: string; name: string }>) {
  const t = useTranslations("teach");
  const people = useTranslations("people");
  const locale = useLocale();
  const fields = { classId, studentId, locale };
  return (
    <div className="flex flex-wrap gap-2">
      <ConfirmAction
        action={resetStudentPasswordAction}
        fields={fields}
        trigger={t("resetPassword")}
        triggerLabel={t("resetPasswordNamed", { name })}
        message={t("resetConfirm", { name })}
        done={({ student }) => (
          <div role="status">
            <p>{t("resetDone", { of: ofPerson(people, student) })}</p>
            <p className="mt-2 rounded-md bg-panel px-3 py-2 font-mono text-xl font-semibold">{student.password}</p>
            <p className="mt-2 text-sm text-muted">{t("showOnce")}</p>
          </div>
        )}
      />
      <ConfirmAction
        action={removeStudentAction}
        fields={fields}
        trigger={t("remove")}
        triggerLabel={t("removeNamed", { name })}
        message={t("removeConfirm", { name })}
        danger
      />
    </div>
  );
}
