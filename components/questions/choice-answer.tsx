"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { multipleType, OTHER, OTHER_MAX_LENGTH, singleType } from "@/lib/question-types/choice";
import { readValue } from "@/lib/question-types/definition";
import { cannotChange, type Json } from "@/lib/autosave/engine";
import { AnswerStatus } from "./answer-status";
import { promptId } from "./prompt-id";
import { useAnswerSync } from "./use-answer-sync";
import { useHydrationCatchUp } from "./use-hydration-catch-up";

type Option = { key: string; label: string };
type Props = Readonly<{
  question: string;
  multiple: boolean;
  options: readonly Option[];
  allowOther: boolean;
}>;

/** The options chosen and the "other" text, single or multiple. */
function choiceOf(value: Json, multiple: boolean): { chosen: string[]; other: string | undefined } {
  if (multiple) {
    const { choices, other } = readValue(multipleType, value);
    return { chosen: choices, other };
  }
  const { choice, other } = readValue(singleType, value);
  return { chosen: choice ? [choice] : [], other };
}

/** The options' own inputs (the "other" field beside them is a text input). */
const CHOICES = "input[type=checkbox], input[type=radio]";

/** The form's state as an answer value; the DOM is the source of truth for uncontrolled inputs. */
function readForm(fieldset: HTMLFieldSetElement, multiple: boolean): Json {
  const chosen = [...fieldset.querySelectorAll<HTMLInputElement>(CHOICES)].filter((input) => input.checked).map((input) => input.value);
  const otherField = fieldset.querySelector<HTMLInputElement>("input[data-other]");
  const other = chosen.includes(OTHER) ? (otherField?.value ?? "") : undefined;
  const base: { [key: string]: Json } = multiple ? { choices: chosen } : { choice: chosen[0] ?? null };
  return other === undefined ? base : { ...base, other };
}

/** Single or multiple choice, with an optional "Other (explain)" that opens a text field. */
export function ChoiceAnswer({ question, multiple, options, allowOther }: Props) {
  const empty = multiple ? multipleType.empty : singleType.empty;
  const t = useTranslations("questions");
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const validate = (value: Json) => {
    const other = choiceOf(value, multiple).other ?? "";
    return other.length > OTHER_MAX_LENGTH ? { code: "TOO_LONG", message: t("tooLong", { max: OTHER_MAX_LENGTH }) } : null;
  };
  const sync = useAnswerSync(question, empty, validate);
  const { chosen, other } = choiceOf(sync.value, multiple);
  const onChange = () => fieldset.current && sync.edit(readForm(fieldset.current, multiple));
  useHydrationCatchUp(fieldset, (element) => readForm(element, multiple), empty, sync.edit);

  // Values that change without a click (a restored draft, a resolved conflict) are shown.
  const chosenKey = chosen.join("\n");
  useEffect(() => {
    const keys = chosenKey.split("\n");
    fieldset.current?.querySelectorAll<HTMLInputElement>(CHOICES).forEach((input) => {
      input.checked = keys.includes(input.value);
    });
  }, [chosenKey]);

  const id = `answer-${question}`;
  const all = [...options, ...(allowOther ? [{ key: OTHER, label: t("other") }] : [])];
  const otherChosen = chosen.includes(OTHER);
  return (
    <div className="mt-3">
      <fieldset ref={fieldset} aria-labelledby={promptId(question)} aria-describedby={`${id}-status`} disabled={cannotChange(sync.state)}>
        <legend className="text-sm font-medium">{multiple ? t("chooseSeveral") : t("chooseOne")}</legend>
        <div className="mt-2 space-y-1.5">
          {all.map((option) => (
            <label key={option.key} className="choice">
              <input
                type={multiple ? "checkbox" : "radio"}
                name={multiple ? undefined : id}
                value={option.key}
                defaultChecked={chosen.includes(option.key)}
                onChange={onChange}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
        {allowOther && (
          <div className={otherChosen ? "mt-2 pl-8" : "hidden"}>
            <label htmlFor={`${id}-other`} className="text-sm">
              {t("otherExplain")}
            </label>
            <input
              id={`${id}-other`}
              type="text"
              data-other
              defaultValue={other ?? ""}
              onChange={onChange}
              className="mt-1 block w-full rounded-md border border-line bg-surface px-2 py-1.5"
            />
          </div>
        )}
      </fieldset>
      <AnswerStatus id={`${id}-status`} state={sync.state} onResolve={sync.resolveConflict} describe={(theirs) => describeChoice(theirs, multiple, all)} />
    </div>
  );
}

function describeChoice(value: Json, multiple: boolean, options: readonly Option[]): string {
  const { chosen, other } = choiceOf(value, multiple);
  const labels = chosen.map((key) => options.find((option) => option.key === key)?.label ?? key);
  return [...labels, other].filter(Boolean).join(" · ");
}
