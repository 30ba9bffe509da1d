"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, type MouseEvent } from "react";
import { getPathname, useRouter } from "@/i18n/navigation";
import { cannotChange, type Json } from "@/lib/autosave/engine";
import { calibrationType, PERCENT_STEPS, type CalibrationValue } from "@/lib/question-types/calibration";
import { readValue } from "@/lib/question-types/definition";
import type { AppLocale } from "@/lib/config";
import { AnswerStatus } from "./answer-status";
import { promptId } from "./prompt-id";
import { useAnswerSync } from "./use-answer-sync";
import { useHydrationCatchUp } from "./use-hydration-catch-up";

type Props = Readonly<{
  question: string;
  slug: string;
  /** The claim cards the question covers, in its order: the words quoted from the article and what the text says. */
  claims: ReadonlyArray<{ id: string; quote: string; claim: string }>;
}>;

const SIDES = ["before", "after"] as const;
const estimatesOf = (value: Json) => readValue(calibrationType, value).estimates;

/** The selects' state as an answer value: a claim with no estimate before has none after either (it is hidden until then). */
function readForm(fieldset: HTMLFieldSetElement): Json {
  const estimates: CalibrationValue["estimates"] = {};
  for (const select of fieldset.querySelectorAll<HTMLSelectElement>("select[data-claim]")) {
    if (select.value === "") continue;
    const claim = select.dataset.claim!;
    estimates[claim] ??= { before: null, after: null };
    estimates[claim][select.dataset.side as (typeof SIDES)[number]] = Number(select.value);
  }
  return {
    estimates: Object.fromEntries(Object.entries(estimates).flatMap(([claim, estimate]) => (estimate.before === null ? [] : [[claim, estimate]]))),
  };
}

/**
 * Per claim card, a probability that the record supports the claim: before reading the card, then,
 * once given, after. Native selects in steps of ten (each a bin of the calibration chart), one
 * label each; the card opens in the claims panel beside the questions, keeping the page's address
 * (an assignment's ?assignment=).
 */
export function CalibrationAnswer({ question, slug, claims }: Props) {
  const t = useTranslations("calibration");
  const locale = useLocale() as AppLocale;
  const router = useRouter();
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const sync = useAnswerSync(question, calibrationType.empty);
  const estimates = estimatesOf(sync.value);
  useHydrationCatchUp(fieldset, readForm, calibrationType.empty, sync.edit);

  // Values that change without a choice (a restored draft, a resolved conflict) are shown.
  const shown = JSON.stringify(estimates);
  useEffect(() => {
    const current = JSON.parse(shown) as CalibrationValue["estimates"];
    fieldset.current?.querySelectorAll<HTMLSelectElement>("select[data-claim]").forEach((select) => {
      const stated = current[select.dataset.claim!]?.[select.dataset.side as (typeof SIDES)[number]];
      select.value = stated === null || stated === undefined ? "" : String(stated);
    });
  }, [shown]);

  const claimsPath = getPathname({ href: `/articles/${slug}/claims`, locale });
  const openCard = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    router.push(`/articles/${slug}/claims${window.location.search}#claim-${id}`, { scroll: false });
  };
  const id = `answer-${question}`;
  const stepLabel = (step: number) => (step === 0 ? t("step0") : step === 50 ? t("step50") : step === 100 ? t("step100") : t("step", { value: step }));
  return (
    <div className="mt-3">
      <fieldset ref={fieldset} aria-labelledby={promptId(question)} aria-describedby={`${id}-status`} disabled={cannotChange(sync.state)}>
        <legend className="sr-only">{t("legend")}</legend>
        <ol className="space-y-4">
          {claims.map((claim, index) => {
            const given = estimates[claim.id]?.before != null;
            const fieldId = `${id}-${claim.id}`;
            return (
              <li key={claim.id} className="rounded-md border border-line p-3">
                <p className="text-xs font-medium text-muted">{t("claimNumber", { number: index + 1 })}</p>
                <blockquote lang="fr" className="mt-1 border-l-4 border-warn pl-3 font-serif">
                  {claim.quote}
                </blockquote>
                <p id={`${fieldId}-claim`} className="mt-1 text-sm">
                  {claim.claim}
                </p>
                <div className="mt-2 flex flex-wrap items-end gap-x-6 gap-y-2">
                  {SIDES.map((side) => (
                    <div key={side} className={side === "after" && !given ? "hidden" : ""}>
                      <label htmlFor={`${fieldId}-${side}`} className="block text-sm font-medium">
                        {side === "before" ? t("beforeLabel") : t("afterLabel")}
                      </label>
                      <select
                        id={`${fieldId}-${side}`}
                        data-claim={claim.id}
                        data-side={side}
                        defaultValue={estimates[claim.id]?.[side] ?? ""}
                        onChange={() => fieldset.current && sync.edit(readForm(fieldset.current))}
                        aria-describedby={`${fieldId}-claim`}
                        className="mt-1 rounded-md border border-line bg-surface px-2 py-1.5"
                      >
                        <option value="">{t("notGiven")}</option>
                        {PERCENT_STEPS.map((step) => (
                          <option key={step} value={step}>
                            {stepLabel(step)}
                          </option>
                        ))}
                      </select>
                    </div>
                  ))}
                  {given && (
                    <a href={`${claimsPath}#claim-${claim.id}`} onClick={(event) => openCard(event, claim.id)} className="text-link pb-2 text-sm">
                      {t("readRecord")}
                    </a>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      </fieldset>
      <AnswerStatus
        id={`${id}-status`}
        state={sync.state}
        onResolve={sync.resolveConflict}
        describe={(theirs) =>
          Object.values(estimatesOf(theirs))
            .map(({ before, after }) => `${before ?? "–"} → ${after ?? "–"}`)
            .join(" · ")
        }
      />
    </div>
  );
}
