"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/lib/config";
import { formatDate } from "@/lib/format/dates";
import { useAnswerSession } from "./answer-session";

/** Shown when the learner's last attempt on this exercise was submitted: new answers start a new one. */
export function SubmittedNotice() {
  const t = useTranslations("myWork");
  const locale = useLocale() as AppLocale;
  const { learner } = useAnswerSession();
  const submitted = learner && !learner.attempt ? learner.lastSubmitted : null;
  if (!submitted) return null;
  return (
    <div className="mt-3 rounded-md border border-accent/30 bg-accent-soft px-3 py-2 text-sm">
      <p>
        {t("submittedOn", { number: submitted.number, date: formatDate(submitted.submittedAt.slice(0, 10), locale) })}{" "}
        <Link href={`/my-work/${submitted.id}`} className="font-medium text-accent underline">
          {learner?.commentaryHold ? t("seeWork") : t("seeCommentary")}
        </Link>
      </p>
      <p className="mt-1 text-muted">{t("newAttemptNote")}</p>
    </div>
  );
}
