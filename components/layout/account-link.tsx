"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSignedIn } from "./use-signed-in";

const NAV_LINK = "text-accent underline-offset-4 hover:underline";

/**
 * The header's last link: "Connexion" in the page's HTML (the same for everyone, so the page stays
 * static), then, once the browser has asked who is signed in, their name leading to their classes
 * (a teacher) or their work (a student). The slot keeps its width, so nothing moves.
 */
export function AccountLink() {
  const t = useTranslations("layout");
  const locale = useLocale();
  const who = useSignedIn();
  const href = who ? `/${locale}${who.role === "teacher" ? "/teach" : "/my-work"}` : `/${locale}/sign-in`;
  return (
    <span className="inline-block w-24 truncate text-right sm:w-32">
      <a href={href} className={NAV_LINK} data-account={who?.role ?? "none"}>
        {who ? (
          <>
            <span className="sr-only">{who.role === "teacher" ? t("signedInTeacher") : t("signedInStudent")} </span>
            {who.name}
          </>
        ) : (
          t("signIn")
        )}
      </a>
    </span>
  );
}
