"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { SECONDARY_BUTTON } from "@/components/forms/buttons";
import type { QuestionMenu } from "@/lib/assignments/questions";

type Props = Readonly<{
  menu: QuestionMenu;
  /** The keys ticked at first (every question when absent). */
  ticked?: readonly string[];
  /** Unfolded at first (the edit form); folded under its article's box on the new-assignment form. */
  open?: boolean;
}>;

/**
 * Which of an article's questions an assignment asks: a box per question, in the reading method's
 * order, and the two suggested sets (the short lesson, every question) a click away. The boxes are
 * what the form sends ("<exercise>/<question>", lib/assignments/schemas.ts); without JavaScript
 * they are ticked by hand.
 */
export function QuestionChooser({ menu, ticked, open = false }: Props) {
  const t = useTranslations("teach");
  const all = menu.questions.map((question) => question.key);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(ticked ?? all));
  const isSet = (keys: readonly string[]) => keys.length === chosen.size && keys.every((key) => chosen.has(key));
  const toggle = (key: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  const hintId = `questions-hint-${menu.exerciseKey}`;
  return (
    <details open={open} className="mt-1 mb-3 ml-7">
      <summary className="cursor-pointer text-sm text-link">{t("questionsSummary", { count: chosen.size, total: all.length })}</summary>
      <fieldset aria-describedby={hintId} className="mt-2">
        <legend className="sr-only">{t("questionsLegend")}</legend>
        <input type="hidden" name="chooses" value={menu.exerciseKey} />
        <p id={hintId} className="text-sm text-muted">
          {t("questionsHint")}
        </p>
        <div className="mt-2 flex flex-wrap gap-2">
          <button type="button" className={SECONDARY_BUTTON} aria-pressed={isSet(menu.short)} onClick={() => setChosen(new Set(menu.short))}>
            {t("questionSetShort", { count: menu.short.length })}
          </button>
          <button type="button" className={SECONDARY_BUTTON} aria-pressed={isSet(all)} onClick={() => setChosen(new Set(all))}>
            {t("questionSetFull", { count: all.length })}
          </button>
        </div>
        <ol className="mt-2 space-y-1">
          {menu.questions.map((question) => (
            <li key={question.key}>
              <label className="choice text-sm">
                <input
                  type="checkbox"
                  name="questions"
                  value={`${menu.exerciseKey}/${question.key}`}
                  checked={chosen.has(question.key)}
                  onChange={(event) => toggle(question.key, event.target.checked)}
                  className="mt-1 h-4 w-4 accent-accent"
                />
                <span>{t("questionNumbered", { number: question.number, prompt: question.prompt })}</span>
              </label>
            </li>
          ))}
        </ol>
      </fieldset>
    </details>
  );
}
