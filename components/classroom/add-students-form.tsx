"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { SECONDARY_BUTTON } from "@/components/forms/buttons";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { INPUT_CLASS } from "@/components/forms/text-field";
import { addStudentsAction, type Credentials } from "@/lib/classes/roster-actions";
import type { RosterProblem } from "@/lib/classes/roster";
import { STUDENT_NAME_MAX } from "@/lib/classes/names";
import { CLASSES } from "@/lib/config";
import type { ActionResult } from "@/lib/result";
import { CredentialsSheet } from "./credentials-sheet";

type Props = Readonly<{ classId: string; className: string; code: string; address: string }>;

type Result = Awaited<ReturnType<typeof addStudentsAction>>;
/** What the form shows: the last answer, the text to keep in the box, and every slip made since the page opened. */
type FormState = { result: Result | null; text: string; slips: Credentials[]; version: number };

/**
 * Paste the class list, get every account at once and their slips to print. A list with problems
 * stays in the box: every problem line is named, and the valid lines can be created while the
 * others wait. Slips accumulate across sends, since each password is shown once.
 */
export function AddStudentsForm({ classId, className, code, address }: Props) {
  const t = useTranslations("teach");
  const locale = useLocale();
  const [state, formAction] = useActionState(
    async (previous: FormState, form: FormData): Promise<FormState> => {
      const result = await addStudentsAction(null, form);
      return {
        result,
        text: result.ok ? result.remaining : String(form.get("names") ?? ""),
        slips: result.ok ? [...previous.slips, ...result.students] : previous.slips,
        version: previous.version + 1,
      };
    },
    { result: null, text: "", slips: [], version: 0 },
  );
  const { result } = state;
  const problems = result?.ok ? result.problems : [];
  const failure: ActionResult | null = result && !result.ok ? result : null;
  const describedBy = ["roster-names-hint", problems.length > 0 && "roster-problems", failure && "roster-error"].filter(Boolean).join(" ");
  return (
    <>
      <form action={formAction} className="card space-y-3 print:hidden" noValidate>
        <input type="hidden" name="classId" value={classId} />
        <input type="hidden" name="locale" value={locale} />
        <label htmlFor="roster-names" className="block font-medium">
          {t("namesLabel")}
        </label>
        <p id="roster-names-hint" className="text-sm text-muted">
          {t("namesHint", { max: CLASSES.maxNamesPerPaste })}
        </p>
        <textarea
          // A new key per answer: the box takes the text the answer leaves in it.
          key={state.version}
          id="roster-names"
          name="names"
          rows={10}
          defaultValue={state.text}
          aria-describedby={describedBy}
          aria-invalid={problems.length > 0 || failure !== null || undefined}
          className={`${INPUT_CLASS} font-mono`}
          autoComplete="off"
          spellCheck={false}
        />
        <FormAlert state={failure} id="roster-error" />
        {result?.ok && problems.length > 0 && <RosterProblems key={`problems-${state.version}`} problems={problems} created={result.students.length} />}
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton pending={t("creating")} name="intent" value="check">
            {t("createAccounts")}
          </SubmitButton>
          {result?.ok && problems.length > 0 && result.ready > 0 && (
            <SubmitButton pending={t("creating")} name="intent" value="valid" className={SECONDARY_BUTTON}>
              {t("roster.createValid", { count: result.ready })}
            </SubmitButton>
          )}
        </div>
      </form>
      {state.slips.length > 0 && <CredentialsSheet className={className} code={code} address={address} students={state.slips} />}
    </>
  );
}

const focusOnMount = (element: HTMLDivElement | null) => element?.focus();

/** Every problem of the list at once, line by line, in words for the teacher, with what to do. */
function RosterProblems({ problems, created }: Readonly<{ problems: readonly RosterProblem[]; created: number }>) {
  const t = useTranslations("teach.roster");
  const format = useFormatter();
  const lines = (numbers: readonly number[]) => format.list(numbers.map(String), { type: "conjunction" });
  const count = problems.reduce((total, problem) => total + ("lines" in problem ? problem.lines.length : 1), 0);
  const sentence = (problem: RosterProblem): string => {
    switch (problem.kind) {
      case "invalid":
        return t(`invalid.${problem.fault}`, { line: problem.line, name: problem.name, max: STUDENT_NAME_MAX });
      case "repeated":
        return t("repeated", { lines: lines(problem.lines), name: problem.name, count: problem.lines.length });
      case "inClass":
        return t("inClass", { line: problem.line, name: problem.name, existing: problem.existing });
      case "lookalike":
        return t("lookalike", { line: problem.line, name: problem.name, existing: problem.existing });
      case "overLimit":
        return t("overLimit", { lines: problem.lines.length, from: problem.lines[0]!, to: problem.lines.at(-1)!, max: problem.max });
    }
  };
  return (
    // Focused when it appears (a new key per answer): the teacher reads the problems before the box.
    <div id="roster-problems" role="alert" tabIndex={-1} ref={focusOnMount} className="rounded-md border border-warn/40 bg-warn-soft px-3 py-2 text-sm">
      <p className="font-semibold">{created > 0 ? t("titleAfterCreating", { created, count }) : t("title", { count })}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {problems.map((problem) => (
          <li key={`${problem.kind}-${"line" in problem ? problem.line : problem.lines[0]}`}>{sentence(problem)}</li>
        ))}
      </ul>
    </div>
  );
}
