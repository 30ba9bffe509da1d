"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { Json } from "@/lib/autosave/syncer";
import { ConflictNotice } from "./conflict-notice";
import { SaveStatus } from "./save-status";
import { useAnswerSync, type InitialAnswer } from "./use-answer-sync";

const textOf = (value: Json) =>
  value && typeof value === "object" && !Array.isArray(value) && typeof value.text === "string" ? value.text : "";

/** A free-text answer, saved as the learner types. */
export function OpenAnswer({
  question,
  maxLength,
  initial,
  labelledBy,
}: Readonly<{ question: string; maxLength: number; initial: InitialAnswer; labelledBy: string }>) {
  const t = useTranslations("questions");
  const tooLong = (value: Json) =>
    textOf(value).length > maxLength ? { code: "TOO_LONG", message: t("tooLong", { max: maxLength }) } : null;
  const { value, state, edit, resolveConflict } = useAnswerSync(question, initial, tooLong);
  const text = textOf(value);
  const field = useRef<HTMLTextAreaElement>(null);

  // The field is uncontrolled so that React's hydration leaves alone what a learner typed before
  // the page's JavaScript arrived (a slow laptop); that text is picked up here, once.
  useEffect(() => {
    const typed = field.current?.value;
    if (typed !== undefined && typed !== textOf(initial.value)) edit({ text: typed });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
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
        aria-labelledby={`${labelledBy} ${id}-label`}
        aria-describedby={`${id}-status ${id}-count`}
        aria-invalid={over || undefined}
        readOnly={state.kind === "locked"}
        rows={4}
        className="mt-1 block min-h-28 w-full resize-y rounded-md border border-line bg-white p-3 leading-relaxed [field-sizing:content] focus:border-accent"
      />
      <div className="mt-1 flex flex-wrap items-start justify-between gap-2">
        <SaveStatus id={`${id}-status`} state={state} />
        <p id={`${id}-count`} className={`text-xs ${over ? "font-semibold text-danger" : "text-muted"}`}>
          {t("characters", { count: text.length, max: maxLength })}
        </p>
      </div>
      {state.kind === "conflict" && (
        <ConflictNotice theirs={textOf(state.theirs.value)} savedAt={state.theirs.savedAt} onResolve={resolveConflict} />
      )}
    </div>
  );
}
