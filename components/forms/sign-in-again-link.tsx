"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { signInPath } from "@/lib/auth/return-path";
import type { AppLocale } from "@/lib/config";

const subscribeNever = () => () => {};
const here = () => `${window.location.pathname}${window.location.search}`;

/** "Sign in again", coming back to this very page: where a session ended under someone's work. */
export function SignInAgainLink({ who }: Readonly<{ who: "student" | "teacher" }>) {
  const t = useTranslations("autosave");
  const locale = useLocale() as AppLocale;
  const returnTo = useSyncExternalStore(subscribeNever, here, () => null);
  return (
    <a href={signInPath(locale, who, returnTo)} className="font-semibold underline">
      {t("signInAgain")}
    </a>
  );
}
