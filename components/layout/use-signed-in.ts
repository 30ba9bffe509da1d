"use client";

import { useEffect, useState } from "react";
import { usePathname } from "@/i18n/navigation";
import type { SignedIn } from "@/lib/auth/signed-in";

type Who = SignedIn["signedIn"];

let pending: Promise<Who | undefined> | undefined;

/** GET /api/session, once for every component asking at the same moment (the header's name, the reader's teacher link). Undefined when it could not say. */
function askServer(): Promise<Who | undefined> {
  pending ??= fetch("/api/session", { credentials: "same-origin", cache: "no-store" })
    .then((response) => (response.ok ? (response.json() as Promise<SignedIn>) : null))
    .then((body) => (body ? body.signedIn : undefined))
    .catch(() => undefined)
    .finally(() => {
      pending = undefined;
    });
  return pending;
}

/**
 * Who is signed in, for pages that are the same for everyone (prerendered): nobody in the HTML,
 * then, once the browser has asked, their name and role. Asked again on every navigation (signing
 * in or out moves to another page without reloading the header) and when the tab comes back
 * (it may have happened in another one).
 */
export function useSignedIn(): Who {
  const [who, setWho] = useState<Who>(null);
  const pathname = usePathname();
  useEffect(() => {
    let live = true;
    const ask = () => {
      void askServer().then((answer) => {
        if (live && answer !== undefined) setWho(answer);
      });
    };
    ask();
    window.addEventListener("focus", ask);
    return () => {
      live = false;
      window.removeEventListener("focus", ask);
    };
  }, [pathname]);
  return who;
}
