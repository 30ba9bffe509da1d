"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { workLock } from "@/lib/attempts/state";
import { signInPath } from "@/lib/auth/return-path";
import type { AppLocale } from "@/lib/config";
import { useAnswerSession } from "./answer-session";

/**
 * Whose work this is, once the learner's own state has arrived: an assignment (for which class,
 * when it is due, handed in or closed), an assignment this visitor cannot work on (and how to get
 * to it), or a guest's own practice, tied to this browser.
 */
export function WorkContext() {
  const t = useTranslations("assignment");
  const format = useFormatter();
  const locale = useLocale() as AppLocale;
  const { learner } = useAnswerSession();
  if (!learner) return null;
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long" });

  if (learner.unavailable) {
    // Signing in comes back here, to this assignment.
    const signIn = signInPath(locale, "student", `${window.location.pathname}${window.location.search}`);
    return (
      <div role="status" className="mt-3 rounded-md border border-warn bg-warn-soft px-3 py-2 text-sm text-warn">
        <p>{learner.signedOut ? t("signInFirst") : learner.unavailable}</p>
        <p className="mt-1">
          {!learner.signedOut && `${t("unavailableHelp")} `}
          <a href={signIn} className="text-link">
            {t("signIn")}
          </a>
        </p>
      </div>
    );
  }
  const assignment = learner.assignment;
  if (!assignment) return learner.viewer === "account" ? null : <p className="mt-1 text-sm text-muted">{t("guestNote")}</p>;

  const lock = workLock(learner);
  return (
    <section aria-labelledby="work-context-title" className="mt-3 rounded-md border border-accent bg-accent-soft px-3 py-2 text-sm">
      <h3 id="work-context-title" className="font-semibold">
        {t("title", { className: assignment.className })}
      </h3>
      <p>{assignment.dueAt ? t("due", { date: date(assignment.dueAt) }) : t("noDue")}</p>
      {lock === "submitted" && assignment.attempt && (
        <p className="mt-1">
          {t("submittedNotice", { date: date(assignment.attempt.submittedAt ?? new Date().toISOString()) })}{" "}
          <a href={`/${locale}/my-work/${assignment.attempt.id}`} className="text-link">
            {t("seeResults")}
          </a>
        </p>
      )}
      {lock === "closed" && <p className="mt-1 text-warn">{t("closedNotice")}</p>}
      {learner.returned && !lock && (
        <div role="status" className="mt-2 rounded-md border-l-4 border-warn bg-surface px-3 py-2">
          <p className="font-semibold">{t("returnedTitle", { date: date(learner.returned.at) })}</p>
          {learner.returned.message && (
            <>
              <p className="mt-1">{t("returnedMessage")}</p>
              <blockquote className="mt-1 border-l-2 border-line pl-3 whitespace-pre-wrap">{learner.returned.message}</blockquote>
            </>
          )}
          <p className="mt-1">{Object.keys(learner.feedback ?? {}).length > 0 ? t("returnedComments") : t("returnedNoComments")}</p>
        </div>
      )}
    </section>
  );
}
