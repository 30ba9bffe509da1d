"use client";

import { useTranslations } from "next-intl";
import { SignInAgainLink } from "@/components/forms/sign-in-again-link";
import { useHydrated } from "@/components/shared/use-hydrated";
import { workLock } from "@/lib/attempts/state";
import { useAnswerSession, useSyncSummary } from "./answer-session";

const DANGER = "border-danger bg-danger-soft text-danger";
const WARN = "border-warn bg-warn-soft text-warn";

/**
 * One line at the top of the questions: is everything on the server? It reports the most urgent
 * state of any answer (each answer also announces its own), so it never says "all saved" while one
 * is refused. Before the page's JavaScript runs, it says that saving needs it.
 */
export function SyncSummary() {
  const t = useTranslations("autosave");
  const { unsent, atRisk, worst, count } = useSyncSummary();
  const { learner } = useAnswerSession();
  const hydrated = useHydrated();
  const lock = learner ? workLock(learner) : null;
  const readOnly = { closed: () => t("readOnly.closed"), submitted: () => t("readOnly.submitted"), unavailable: () => t("readOnly.unavailable") };
  const [tone, text] = !hydrated
    ? [WARN, t("needsScript")]
    : !learner
      ? ["border-line bg-panel text-muted", t("loading")]
      : lock
        ? ["border-line bg-panel text-muted", readOnly[lock]()]
        : worst?.kind === "signedOut"
          ? [DANGER, t("signedOut")]
          : worst?.kind === "refused"
            ? [DANGER, t("refused")]
            : worst?.kind === "locked"
              ? [DANGER, t("someLocked", { count, reason: worst.message })]
              : atRisk > 0
                ? [WARN, t("someAtRisk", { count: atRisk })]
                : unsent > 0
                  ? ["border-line bg-panel text-muted", t("someUnsent", { count: unsent })]
                  : ["border-ok/40 bg-ok-soft text-ok", t("allSaved")];
  return (
    <p role={tone === DANGER ? "alert" : undefined} className={`rounded-md border px-3 py-2 text-sm ${tone}`}>
      {text}
      {worst?.kind === "signedOut" && (
        <>
          {" "}
          <SignInAgainLink who="student" />
        </>
      )}
    </p>
  );
}
