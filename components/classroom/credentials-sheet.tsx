"use client";

import { useTranslations } from "next-intl";
import { PRIMARY_BUTTON } from "@/components/forms/buttons";
import type { Credentials } from "@/lib/classes/roster-actions";

type Props = Readonly<{ className: string; code: string; address: string; students: readonly Credentials[] }>;

/**
 * The slips to print and cut, one per student: address, class code, name, password. Shown once,
 * straight from the action's result; print CSS (app/globals.css .print-sheet) keeps only the slips.
 */
export function CredentialsSheet({ className, code, address, students }: Props) {
  const t = useTranslations("teach");
  return (
    <section aria-labelledby="sheet-title" className="print-sheet mt-8">
      <div className="print:hidden">
        <h2 id="sheet-title" className="text-xl font-semibold">
          {t("sheetTitle")}
        </h2>
        <p role="status" className="mt-2 max-w-2xl">
          {t("sheetIntro")}
        </p>
        <button type="button" onClick={() => window.print()} className={`${PRIMARY_BUTTON} mt-3`}>
          {t("print")}
        </button>
      </div>
      <ul className="mt-6 grid gap-3 sm:grid-cols-2 print:mt-0 print:grid-cols-2 print:gap-0">
        {students.map((student) => (
          <li key={student.name} className="slip rounded-md border border-dashed border-ink p-4 print:rounded-none">
            <p className="text-sm font-semibold">Récits croisés · {className}</p>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-muted">{t("slipAddress")}</dt>
              <dd className="font-mono break-all">{address}</dd>
              <dt className="text-muted">{t("slipCode")}</dt>
              <dd className="font-mono font-semibold">{code}</dd>
              <dt className="text-muted">{t("slipName")}</dt>
              <dd className="font-semibold">{student.name}</dd>
              <dt className="text-muted">{t("slipPassword")}</dt>
              <dd className="font-mono text-base font-semibold">{student.password}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
