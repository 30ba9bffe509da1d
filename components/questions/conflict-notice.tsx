"use client";

import { useFormatter, useTranslations } from "next-intl";

/** Two versions of one answer: the learner sees both and chooses; nothing is dropped silently. */
export function ConflictNotice({ theirs, savedAt, onResolve }: Readonly<{ theirs: string; savedAt: string; onResolve: (keep: "mine" | "theirs") => void }>) {
  const t = useTranslations("autosave");
  const format = useFormatter();
  const when = savedAt ? format.dateTime(new Date(savedAt), { hour: "2-digit", minute: "2-digit" }) : "";
  return (
    <div role="alert" className="mt-3 rounded-md border border-danger/40 bg-danger-soft p-3 text-sm">
      <p className="font-semibold">{t("conflictTitle")}</p>
      <p className="mt-1">{t("conflictBody", { time: when })}</p>
      <blockquote className="mt-2 max-h-40 overflow-y-auto rounded border border-line bg-surface p-2 whitespace-pre-wrap">
        {theirs || t("conflictEmpty")}
      </blockquote>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" onClick={() => onResolve("mine")} className="rounded-md bg-accent px-3 py-1.5 font-medium text-on-accent hover:bg-accent-strong">
          {t("keepMine")}
        </button>
        <button
          type="button"
          onClick={() => onResolve("theirs")}
          className="rounded-md border border-accent px-3 py-1.5 font-medium text-accent hover:bg-accent-soft"
        >
          {t("keepTheirs")}
        </button>
      </div>
    </div>
  );
}
