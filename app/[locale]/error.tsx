"use client";

import { useTranslations } from "next-intl";

/** A page that failed to render: say so plainly, keep the learner's saved work reassuring, offer a retry. */
export default function ErrorPage({ reset }: Readonly<{ error: Error & { digest?: string }; reset: () => void }>) {
  const t = useTranslations("errors");
  return (
    <div role="alert" className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="font-serif text-3xl font-semibold">{t("title")}</h1>
      <p className="mt-3">{t("body")}</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-accent px-4 py-2 font-medium text-on-accent hover:bg-accent-strong">
        {t("retry")}
      </button>
    </div>
  );
}
