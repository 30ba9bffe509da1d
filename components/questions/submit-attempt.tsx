"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { submitAttemptAction } from "@/lib/attempts/actions";
import { draftKey } from "@/lib/autosave/answers";
import { isAnswered } from "@/lib/question-types/registry";
import { workLock } from "@/lib/attempts/state";
import { useAnswerSession, useAnswerValues } from "./answer-session";
import { useAskedKeys } from "./asked-questions";

const WAIT_FOR_SAVES_MS = 15_000;

const openOnMount = (element: HTMLDialogElement | null) => {
  if (element && !element.open) element.showModal();
};

/**
 * "Submit my work": first makes sure every answer is on the server (flushing and waiting), then
 * submits; the attempt becomes read-only and the commentary opens.
 */
export function SubmitAttempt({ questionKeys: all }: Readonly<{ questionKeys: readonly string[] }>) {
  const t = useTranslations("submit");
  const locale = useLocale();
  const { target, attempt, registry, learner } = useAnswerSession();
  const values = useAnswerValues();
  // In an assignment, the questions it asks: those count, and only those (./asked-questions.tsx).
  const questionKeys = useAskedKeys(all);
  const [problem, setProblem] = useState<string | null>(null);
  // The confirmation is built when first asked for: it is not part of the static page.
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  // What handing in changes depends on when the answers are revealed (literal keys: see i18n/client-parts.ts).
  const explain = {
    SELF_STUDY: () => t("explain.SELF_STUDY"),
    AFTER_SUBMIT: () => t("explain.AFTER_SUBMIT"),
    AFTER_RELEASE: () => t("explain.AFTER_RELEASE"),
    NEVER: () => t("explain.NEVER"),
  };
  // In self-study, an assignment of the learner's class may hold the commentary back (lib/assignments/policy.ts selfStudyHold).
  const hold = learner?.commentaryHold ?? null;
  const held = {
    AFTER_RELEASE: (className: string) => t("explain.HELD_AFTER_RELEASE", { className }),
    NEVER: (className: string) => t("explain.HELD_NEVER", { className }),
  };
  const answered = questionKeys.filter((key) => isAnswered(values.get(key))).length;

  const allSaved = async () => {
    registry.flushAll("now");
    const deadline = Date.now() + WAIT_FOR_SAVES_MS;
    while (registry.summary().unsent > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    return registry.summary().unsent === 0 && registry.summary().atRisk === 0;
  };

  const submit = () =>
    startTransition(async () => {
      setProblem(null);
      if (!(await allSaved()) || !attempt.id) {
        setProblem(t("notSaved"));
        return;
      }
      all.forEach((key) => window.localStorage.removeItem(draftKey(target, key)));
      const result = await submitAttemptAction({ locale, attemptId: attempt.id });
      setProblem(result.message);
    });

  // Handed in or closed (an assignment): nothing more to submit.
  if (learner && workLock(learner)) return null;
  return (
    <section aria-labelledby="submit-title" className="mt-8 rounded-lg border border-line bg-surface p-4">
      <h3 id="submit-title" className="font-semibold">
        {t("title")}
      </h3>
      <p className="mt-1 text-sm text-muted">{t("progress", { answered, total: questionKeys.length })}</p>
      <p className="mt-1 text-sm">{hold ? held[hold.revealPolicy](hold.className) : explain[learner?.assignment?.revealPolicy ?? "SELF_STUDY"]()}</p>
      <button
        type="button"
        disabled={answered === 0 || pending}
        onClick={() => setConfirming(true)}
        className="mt-3 rounded-md bg-accent px-4 py-2 font-medium text-on-accent hover:bg-accent-strong disabled:opacity-50"
      >
        {t("button")}
      </button>
      {problem && (
        <p role="alert" className="mt-2 text-sm text-danger">
          {problem}
        </p>
      )}
      {confirming && (
        <dialog
          ref={openOnMount}
          onClose={() => setConfirming(false)}
          aria-labelledby="submit-confirm"
          className="m-auto max-w-md rounded-lg p-5 backdrop:bg-black/40"
        >
          <h4 id="submit-confirm" className="text-lg font-semibold">
            {t("confirmTitle")}
          </h4>
          <p className="mt-2 text-sm">{t("confirmBody", { answered, total: questionKeys.length })}</p>
          <form method="dialog" className="mt-4 flex flex-wrap gap-2">
            <button type="submit" onClick={submit} className="rounded-md bg-accent px-4 py-2 font-medium text-on-accent hover:bg-accent-strong">
              {t("confirm")}
            </button>
            <button type="submit" className="rounded-md border border-line px-4 py-2">
              {t("cancel")}
            </button>
          </form>
        </dialog>
      )}
    </section>
  );
}
