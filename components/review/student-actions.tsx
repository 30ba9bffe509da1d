"use client";

import { useLocale, useTranslations } from "next-intl";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { releaseAssignmentFeedbackAction, releaseStudentFeedbackAction, returnAttemptAction } from "@/lib/review/actions";

type Props = Readonly<{
  classId: string;
  assignmentId: string;
  enrolmentId: string;
  name: string;
  attempt: "IN_PROGRESS" | "SUBMITTED" | null;
  returnedAt: string | null;
}>;

/** One student's work: release their feedback as it stands; give a submitted attempt back for revision. */
export function StudentActions({ classId, assignmentId, enrolmentId, name, attempt, returnedAt }: Props) {
  const t = useTranslations("review");
  const locale = useLocale();
  const fields = { classId, assignmentId, enrolmentId, locale };
  return (
    <div className="mt-4 flex flex-wrap items-start gap-2">
      <ConfirmAction action={releaseStudentFeedbackAction} fields={fields} trigger={t("releaseStudent")} triggerLabel={t("releaseStudentNamed", { name })} message={t("releaseStudentConfirm", { name })} />
      {attempt === "SUBMITTED" && (
        <ConfirmAction action={returnAttemptAction} fields={fields} trigger={t("returnAttempt")} triggerLabel={t("returnAttemptNamed", { name })} message={t("returnAttemptConfirm", { name })} />
      )}
      {attempt === "IN_PROGRESS" && returnedAt && <p className="self-center text-sm text-warn">{t("returnedNote")}</p>}
    </div>
  );
}

/** The whole assignment: every student's feedback released in one action (and the commentary, if it waits for it). */
export function ReleaseAllAction({ classId, assignmentId, releasesCommentary }: Readonly<{ classId: string; assignmentId: string; releasesCommentary: boolean }>) {
  const t = useTranslations("review");
  const locale = useLocale();
  return (
    <ConfirmAction
      action={releaseAssignmentFeedbackAction}
      fields={{ classId, assignmentId, locale }}
      trigger={t("releaseAll")}
      message={releasesCommentary ? t("releaseAllConfirmCommentary") : t("releaseAllConfirm")}
    />
  );
}
