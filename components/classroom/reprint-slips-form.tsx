"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { SECONDARY_BUTTON } from "@/components/forms/buttons";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { reprintSlipsAction, type Credentials } from "@/lib/classes/roster-actions";
import type { ActionResult } from "@/lib/result";
import { CredentialsSheet } from "./credentials-sheet";
import { TickList } from "./tick-list";

type Props = Readonly<{
  classId: string;
  className: string;
  code: string;
  address: string;
  students: ReadonlyArray<{ id: string; name: string }>;
  /** Ticked when the page opens (?student=…). */
  chosen?: string;
}>;

type Result = Awaited<ReturnType<typeof reprintSlipsAction>>;
/** The last answer, and every slip made since the page opened (a student reprinted again: their newest slip only). */
type FormState = { result: Result | null; slips: Credentials[] };

/**
 * The students whose slips are reprinted, ticked: each gets a new passphrase (the old one stops
 * working, their sessions end) on a slip to print, as after pasting the class list. Slips add up
 * across sends, since each passphrase is shown once.
 */
export function ReprintSlipsForm({ classId, className, code, address, students, chosen }: Props) {
  const t = useTranslations("teach");
  const locale = useLocale();
  const form = useRef<HTMLFormElement>(null);
  const [state, formAction] = useActionState(
    async (previous: FormState, data: FormData): Promise<FormState> => {
      const result = await reprintSlipsAction(null, data);
      if (!result.ok) return { result, slips: previous.slips };
      const names = new Set(result.students.map((student) => student.name));
      return { result, slips: [...previous.slips.filter((slip) => !names.has(slip.name)), ...result.students] };
    },
    { result: null, slips: [] },
  );
  const failure: ActionResult | null = state.result && !state.result.ok ? state.result : null;
  const tickAll = (checked: boolean) => {
    for (const box of form.current?.querySelectorAll<HTMLInputElement>('input[name="studentIds"]') ?? []) box.checked = checked;
  };
  return (
    <>
      <form ref={form} action={formAction} className="card space-y-4 print:hidden" noValidate>
        <input type="hidden" name="classId" value={classId} />
        <input type="hidden" name="locale" value={locale} />
        <fieldset>
          <legend className="font-medium">{t("reprint.legend")}</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            <button type="button" onClick={() => tickAll(true)} className={SECONDARY_BUTTON}>
              {t("reprint.tickAll")}
            </button>
            <button type="button" onClick={() => tickAll(false)} className={SECONDARY_BUTTON}>
              {t("reprint.untickAll")}
            </button>
          </div>
          <TickList name="studentIds" items={students} ticked={chosen ? [chosen] : []} />
        </fieldset>
        <p className="text-sm font-medium text-warn">{t("reprint.warning")}</p>
        <FormAlert state={failure} />
        <SubmitButton pending={t("working")}>{t("reprint.submit")}</SubmitButton>
      </form>
      {state.slips.length > 0 && <CredentialsSheet className={className} code={code} address={address} students={state.slips} />}
    </>
  );
}
