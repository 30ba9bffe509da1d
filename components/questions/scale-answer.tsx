"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { cannotChange, type Json } from "@/lib/autosave/engine";
import { useAnswerValues } from "./answer-session";
import { AnswerStatus } from "./answer-status";
import { readValue } from "@/lib/question-types/definition";
import { scaleType } from "@/lib/question-types/scale";
import { promptId } from "./prompt-id";
import { useAnswerSync } from "./use-answer-sync";
import { useHydrationCatchUp } from "./use-hydration-catch-up";

type Props = Readonly<{
  question: string;
  min: number;
  max: number;
  minLabel: string;
  maxLabel: string;
  /** The before-reading question this one is compared with. */
  compareWith?: string;
}>;

const scaleValue = (value: unknown): number | null => readValue(scaleType, value).value;

function readScale(fieldset: HTMLFieldSetElement): Json {
  const checked = fieldset.querySelector<HTMLInputElement>("input:checked");
  return { value: checked ? Number(checked.value) : null };
}

/** A 1–5 scale with labelled ends; after reading, it shows the before-reading answer beside it. */
export function ScaleAnswer({ question, min, max, minLabel, maxLabel, compareWith }: Props) {
  const t = useTranslations("questions");
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const sync = useAnswerSync(question, scaleType.empty);
  const current = scaleValue(sync.value);
  const values = useAnswerValues();
  const before = compareWith ? scaleValue(values.get(compareWith)) : null;
  useHydrationCatchUp(fieldset, readScale, scaleType.empty, sync.edit);
  useEffect(() => {
    fieldset.current?.querySelectorAll<HTMLInputElement>("input").forEach((input) => {
      input.checked = Number(input.value) === current;
    });
  }, [current]);

  const id = `answer-${question}`;
  const steps = Array.from({ length: max - min + 1 }, (_, index) => min + index);
  return (
    <div className="mt-3">
      <fieldset ref={fieldset} aria-labelledby={promptId(question)} aria-describedby={`${id}-ends ${id}-status`} disabled={cannotChange(sync.state)}>
        <legend className="sr-only">{t("yourAnswer")}</legend>
        <div className="flex gap-1.5">
          {steps.map((step) => (
            <label key={step} className="scale-step">
              <input
                type="radio"
                name={id}
                value={step}
                defaultChecked={current === step}
                onChange={() => fieldset.current && sync.edit(readScale(fieldset.current))}
                aria-label={step === min ? `${step} – ${minLabel}` : step === max ? `${step} – ${maxLabel}` : String(step)}
              />
              <span>{step}</span>
            </label>
          ))}
        </div>
        <p id={`${id}-ends`} className="mt-1 flex justify-between gap-4 text-xs text-muted">
          <span>{t("scaleEnd", { value: min, label: minLabel })}</span>
          <span className="text-right">{t("scaleEnd", { value: max, label: maxLabel })}</span>
        </p>
      </fieldset>
      {compareWith && (
        <p className="mt-2 rounded-md bg-panel px-3 py-2 text-sm">
          {before === null
            ? t("scaleNoBefore")
            : current === null
              ? t("scaleBefore", { before })
              : current === before
                ? t("scaleSame", { after: current })
                : t("scaleChange", { before, after: current, delta: `${current > before ? "+" : "−"}${Math.abs(current - before)}` })}
        </p>
      )}
      <AnswerStatus id={`${id}-status`} state={sync.state} onResolve={sync.resolveConflict} describe={(theirs) => String(scaleValue(theirs) ?? "–")} />
    </div>
  );
}
