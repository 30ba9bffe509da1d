"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { cannotChange, type Json } from "@/lib/autosave/engine";
import { AnswerStatus } from "./answer-status";
import { useHydrationCatchUp } from "./use-hydration-catch-up";
import { readValue } from "@/lib/question-types/definition";
import { openType } from "@/lib/question-types/open";
import { promptId } from "./prompt-id";
import { useAnswerSync } from "./use-answer-sync";

const textOf = (value: Json) => readValue(openType, value).text;

/** A free-text answer, saved as the learner types. */
export function OpenAnswer({ question, maxLength }: Readonly<{ question: string; maxLength: number }>) {
  const t = useTranslations("questions");
  const tooLong = (value: Json) => (textOf(value).length > maxLength ? { code: "TOO_LONG", message: t("tooLong", { max: maxLength }) } : null);
  const { value, state, edit, resolveConflict } = useAnswerSync(question, openType.empty, tooLong);
  const text = textOf(value);
  const field = useRef<HTMLTextAreaElement>(null);

  useHydrationCatchUp(field, (element) => ({ text: element.value }), openType.empty, edit);
  // Text that changes without typing (a restored draft, the other side of a conflict) is shown.
  useEffect(() => {
    if (field.current && field.current.value !== text) field.current.value = text;
  }, [text]);
  const id = `answer-${question}`;
  const over = text.length > maxLength;

  return (
    <div className="mt-3">
      <label id={`${id}-label`} htmlFor={id} className="text-sm font-medium">
        {t("yourAnswer")}
      </label>
      <textarea
        id={id}
        ref={field}
        defaultValue={text}
        onChange={(event) => edit({ text: event.target.value })}
        aria-labelledby={`${promptId(question)} ${id}-label`}
        aria-describedby={`${id}-status ${id}-count`}
        aria-invalid={over || undefined}
        readOnly={cannotChange(state)}
        rows={4}
        className="answer-text"
      />
      <p id={`${id}-count`} className={`mt-1 text-right text-xs ${over ? "font-semibold text-danger" : "text-muted"}`}>
        {t("characters", { count: text.length, max: maxLength })}
      </p>
      <AnswerStatus id={`${id}-status`} state={state} onResolve={resolveConflict} describe={textOf} />
    </div>
  );
}
