"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { usePathname } from "@/i18n/navigation";
import type { SignedIn } from "@/lib/auth/signed-in";

const NAV_LINK = "text-accent underline-offset-4 hover:underline";

/**
 * The header's last link: "Connexion" in the page's HTML (the same for everyone, so the page stays
 * static), then, once the browser has asked who is signed in, their name leading to their classes
 * (a teacher) or their work (a student). The slot keeps its width, so nothing moves.
 */
export function AccountLink() {
  const t = useTranslations("layout");
  const locale = useLocale();
  const [who, setWho] = useState<SignedIn["signedIn"]>(null);
  // Asked again on every navigation: signing in or out moves to another page without reloading this header.
  const pathname = usePathname();
  useEffect(() => {
    const controller = new AbortController();
    const ask = () => {
      void fetch("/api/session", { credentials: "same-origin", cache: "no-store", signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<SignedIn>) : null))
        .then((body) => body && setWho(body.signedIn))
        .catch(() => undefined);
    };
    ask();
    // And when the tab comes back: signing in or out may have happened in another one.
    window.addEventListener("focus", ask);
    return () => {
      controller.abort();
      window.removeEventListener("focus", ask);
    };
  }, [pathname]);
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
