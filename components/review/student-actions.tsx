"use client";

import { useLocale, useTranslations } from "next-intl";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { releaseAssignmentFeedbackAction, releaseStudentFeedbackAction, returnAttemptAction } from "@/lib/review/actions";
import { RETURN_MESSAGE_MAX_LENGTH } from "@/lib/review/schemas";

type Props = Readonly<{
  classId: string;
  assignmentId: string;
  enrolmentId: string;
  /** The student as shown (name, or number when names are hidden), and in "the work of …" (lib/format/people.ts). */
  name: string;
  of: string;
  attempt: "IN_PROGRESS" | "SUBMITTED" | null;
  returnedAt: string | null;
}>;

/** One student's work: release their feedback as it stands; give a submitted attempt back for revision. */
export function StudentActions({ classId, assignmentId, enrolmentId, name, of, attempt, returnedAt }: Props) {
  const t = useTranslations("review");
  const locale = useLocale();
  const fields = { classId, assignmentId, enrolmentId, locale };
  return (
    <div className="mt-4 flex flex-wrap items-start gap-2">
      <ConfirmAction
        action={releaseStudentFeedbackAction}
        fields={fields}
        trigger={t("releaseStudent")}
        triggerLabel={t("releaseStudentNamed", { of })}
        message={t("releaseStudentConfirm", { name })}
      />
      {attempt === "SUBMITTED" && (
        <ConfirmAction
          action={returnAttemptAction}
          fields={fields}
          trigger={t("returnAttempt")}
          triggerLabel={t("returnAttemptNamed", { of })}
          message={t("returnAttemptConfirm", { of, name })}
          extra={
            <>
              <div>
                <label htmlFor="return-message" className="block text-sm font-medium">
                  {t("returnMessageLabel", { name })}
                </label>
                <textarea
                  id="return-message"
                  name="message"
                  rows={3}
                  maxLength={RETURN_MESSAGE_MAX_LENGTH}
                  className="mt-1 w-full rounded-md border border-line bg-surface p-2 text-sm"
                />
              </div>
              <label className="choice text-sm">
                <input type="checkbox" name="publish" defaultChecked className="mt-1 h-4 w-4 accent-accent" />
                <span>{t("returnPublish")}</span>
              </label>
            </>
          }
        />
      )}
      {attempt === "IN_PROGRESS" && returnedAt && <p className="self-center text-sm text-warn">{t("returnedNote")}</p>}
    </div>
  );
}

/** The whole assignment: every student's feedback released in one action (and the commentary, if it waits for it). */
export function ReleaseAllAction({
  classId,
  assignmentId,
  releasesCommentary,
}: Readonly<{ classId: string; assignmentId: string; releasesCommentary: boolean }>) {
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
