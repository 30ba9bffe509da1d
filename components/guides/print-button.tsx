"use client";

import { SECONDARY_BUTTON } from "@/components/forms/buttons";

/** Prints the page (the print stylesheet leaves out the site's bars and this button). Without JavaScript, the browser's own Print does the same. */
export function PrintButton({ label }: Readonly<{ label: string }>) {
  return (
    <button type="button" onClick={() => window.print()} className={`${SECONDARY_BUTTON} print:hidden`}>
      {label}
    </button>
  );
}
