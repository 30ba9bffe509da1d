"use client";

import { useTranslations } from "next-intl";
import { useAnswerSession, useSyncSummary } from "./answer-session";
import { useHydrated } from "./use-hydrated";

/**
 * One line at the top of the questions: is everything on the server? (Each answer announces its
 * own state.) Before the page's JavaScript runs, it says that saving needs it.
 */
export function SyncSummary() {
  const t = useTranslations("autosave");
  const { unsent, atRisk, refused } = useSyncSummary();
  const { learner } = useAnswerSession();
  const hydrated = useHydrated();
  const [tone, text] = !hydrated
    ? ["border-warn bg-amber-50 text-warn", t("needsScript")]
    : !learner
    ? ["border-line bg-panel text-muted", t("loading")]
    : refused
    ? ["border-danger bg-red-50 text-danger", t("refused")]
    : atRisk > 0
      ? ["border-warn bg-amber-50 text-warn", t("someAtRisk", { count: atRisk })]
      : unsent > 0
        ? ["border-line bg-panel text-muted", t("someUnsent", { count: unsent })]
        : ["border-ok/40 bg-green-50 text-ok", t("allSaved")];
  return (
    <p className={`rounded-md border px-3 py-2 text-sm ${tone}`}>
      {text}
    </p>
  );
}
