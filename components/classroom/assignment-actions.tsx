"use client";

import { useLocale, useTranslations } from "next-intl";
import { ActionButton } from "@/components/forms/action-button";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { deleteAssignmentAction, releaseCommentaryAction, setAssignmentClosedAction } from "@/lib/assignments/actions";

type Props = Readonly<{ classId: string; assignmentId: string; title: string; closed: boolean; canRelease: boolean }>;

/** An assignment's actions: close or reopen, release the commentary (release-later only), delete. */
export function AssignmentActions({ classId, assignmentId, title, closed, canRelease }: Props) {
  const t = useTranslations("teach");
  const locale = useLocale();
  const fields = { classId, assignmentId, locale };
  return (
    <div className="flex flex-wrap items-start gap-2">
      <ActionButton action={setAssignmentClosedAction} fields={{ ...fields, on: String(!closed) }} label={closed ? t("reopenNamed", { title }) : t("closeNamed", { title })}>
        {closed ? t("reopen") : t("close")}
      </ActionButton>
      {canRelease && (
        <ConfirmAction action={releaseCommentaryAction} fields={fields} trigger={t("release")} triggerLabel={t("releaseNamed", { title })} message={t("releaseConfirm")} />
      )}
      <ConfirmAction
        action={deleteAssignmentAction}
        fields={fields}
        trigger={t("deleteAssignment")}
        triggerLabel={t("deleteAssignmentNamed", { title })}
        message={t("deleteAssignmentConfirm")}
        danger
      />
    </div>
  );
}
