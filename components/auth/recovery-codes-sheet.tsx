"use client";

import { useFormatter, useTranslations } from "next-intl";
import { PRIMARY_BUTTON, SECONDARY_LINK } from "@/components/forms/buttons";

type Props = Readonly<{ codes: readonly string[]; email: string; createdAt: string }>;

const focusOnMount = (element: HTMLElement | null) => element?.focus();

/**
 * A teacher's recovery codes, shown once (straight from the action that made them): what they are
 * for, the codes, and two ways to keep them, printed (print CSS in app/globals.css keeps only this
 * sheet, `.print-alone`) or as a text file (a data: link, which works without JavaScript too).
 */
export function RecoveryCodesSheet({ codes, email, createdAt }: Props) {
  const t = useTranslations("auth.recovery");
  const format = useFormatter();
  const date = format.dateTime(new Date(createdAt), { dateStyle: "long" });
  const text = [
    t("fileTitle"),
    t("fileAccount", { email }),
    t("fileDate", { date }),
    "",
    t("fileHowTo"),
    "",
    ...codes.map((code, index) => `${String(index + 1).padStart(2, " ")}. ${code}`),
    "",
  ].join("\n");
  return (
    <section aria-labelledby="recovery-codes-title" className="print-alone space-y-3">
      <h2 id="recovery-codes-title" tabIndex={-1} ref={focusOnMount} className="text-xl font-semibold">
        {t("sheetTitle")}
      </h2>
      <p className="hidden text-sm print:block">
        {t("fileAccount", { email })} · {t("fileDate", { date })}
      </p>
      <p>{t("sheetWhy")}</p>
      <p className="font-medium">{t("sheetOnce")}</p>
      <ol aria-label={t("listLabel")} className="grid grid-cols-1 gap-x-6 gap-y-1 rounded-md border border-dashed border-ink p-4 sm:grid-cols-2">
        {codes.map((code) => (
          <li key={code} className="font-mono text-lg font-semibold tracking-wider">
            {code}
          </li>
        ))}
      </ol>
      <p className="text-sm text-muted">{t("sheetHowTo")}</p>
      <div className="flex flex-wrap items-center gap-3 print:hidden">
        <button type="button" onClick={() => window.print()} className={PRIMARY_BUTTON}>
          {t("print")}
        </button>
        <a href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`} download={t("fileName")} className={SECONDARY_LINK}>
          {t("download")}
        </a>
      </div>
    </section>
  );
}
