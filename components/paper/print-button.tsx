"use client";

import { PRIMARY_BUTTON } from "@/components/forms/buttons";
import { useHydrated } from "@/components/shared/use-hydrated";

/** Opens the browser's print dialog; absent until the page's script runs (without it, the browser's own Print does the same). */
export function PrintButton({ label }: Readonly<{ label: string }>) {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <button type="button" onClick={() => window.print()} className={PRIMARY_BUTTON}>
      {label}
    </button>
  );
}
