"use client";

import { useEffect } from "react";
import { LOCAL_KEY_PREFIX } from "@/lib/autosave/engine";

/**
 * Once an account or a guest's work is deleted, nothing of it stays on this device either: removes
 * what the app keeps in the browser's storage (unsent answers and comments, when a guest was
 * given). Rendered only for a browser with no session left, so a visit by someone signed in
 * loses nothing. Shows nothing.
 */
export function ForgetLocalWork() {
  useEffect(() => {
    for (const key of Object.keys(window.localStorage)) if (key.startsWith(LOCAL_KEY_PREFIX)) window.localStorage.removeItem(key);
  }, []);
  return null;
}
