import type { ReactNode } from "react";

export type PanelId = "questions" | "claims" | "background";

/** One tab's panel. On a laptop only the active one shows; on a phone they all stack under the text. */
export function SidePanel({ id, active, children }: Readonly<{ id: PanelId; active: boolean; children: ReactNode }>) {
  return (
    <section id={`panel-${id}`} role="tabpanel" aria-labelledby={`tab-${id}`} tabIndex={-1} className={`mb-10 focus:outline-none ${active ? "" : "lg:hidden"}`}>
      {/* Anchor for the phone switcher and for links from the text. */}
      <span id={id} className="block" />
      {children}
    </section>
  );
}
