"use client";

import { useLocale, useTranslations } from "next-intl";
import { ActionButton } from "@/components/forms/action-button";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { SECONDARY_LINK } from "@/components/forms/buttons";
import { Link } from "@/i18n/navigation";
import { deleteAssignmentAction, releaseCommentaryAction, setAssignmentClosedAction } from "@/lib/assignments/actions";
import { assignmentPath } from "@/lib/review/paths";

type Props = Readonly<{ classId: string; assignmentId: string; title: string; closed: boolean; canRelease: boolean; archived: boolean }>;

/**
 * An assignment's actions: close or reopen, change it, copy it to another class, release the
 * commentary (release-later only), delete. In an archived class every assignment is closed (lib/assignments/policy.ts isAssignmentOpen)
 * and reopening one would change nothing, so it is not offered.
 */
export function AssignmentActions({ classId, assignmentId, title, closed, canRelease, archived }: Props) {
  const t = useTranslations("teach");
  const locale = useLocale();
  const fields = { classId, assignmentId, locale };
  return (
    <div className="flex flex-wrap items-start gap-2">
      {!archived && (
        <ActionButton
          action={setAssignmentClosedAction}
          fields={{ ...fields, on: String(!closed) }}
          label={closed ? t("reopenNamed", { title }) : t("closeNamed", { title })}
        >
          {closed ? t("reopen") : t("close")}
        </ActionButton>
      )}
      {!archived && (
        <Link href={`${assignmentPath(classId, assignmentId)}/edit`} aria-label={t("editNamed", { title })} className={SECONDARY_LINK}>
          {t("edit")}
        </Link>
      )}
      <Link href={`${assignmentPath(classId, assignmentId)}/copy`} aria-label={t("copy.linkNamed", { title })} className={SECONDARY_LINK}>
        {t("copy.link")}
      </Link>
      {canRelease && (
        <ConfirmAction
          action={releaseCommentaryAction}
          fields={fields}
          trigger={t("release")}
          triggerLabel={t("releaseNamed", { title })}
          message={t("releaseConfirm")}
        />
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
